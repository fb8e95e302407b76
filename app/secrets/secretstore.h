#pragma once

#include <QHash>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace guild::app {

/// Where the client keeps its one secret, the refresh token. Asynchronous because OS keychains are.
/// Errors are plain text for the member; there is deliberately no plaintext-file implementation.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(const QString &error)>;
    using Read = std::function<void(const std::optional<QString> &secret, const QString &error)>;

    using QObject::QObject;
    ~SecretStore() override = default;

    virtual void write(const QString &key, const QString &secret, Done done) = 0;
    /// nullopt with an empty error: nothing stored under `key`.
    virtual void read(const QString &key, Read done) = 0;
    virtual void remove(const QString &key, Done done) = 0;
};

/// Keeps secrets for this run only: the fallback when no keychain is reachable, and for unit tests.
class MemorySecretStore final : public SecretStore
{
    Q_OBJECT
public:
    using SecretStore::SecretStore;
    void write(const QString &key, const QString &secret, Done done) override;
    void read(const QString &key, Read done) override;
    void remove(const QString &key, Done done) override;

private:
    QHash<QString, QString> m_secrets;
};

/// The OS keychain through QtKeychain (Secret Service on Linux, Keychain on macOS, Credential Manager on Windows).
class KeychainSecretStore final : public SecretStore
{
    Q_OBJECT
public:
    explicit KeychainSecretStore(const QString &service, QObject *parent = nullptr);
    void write(const QString &key, const QString &secret, Done done) override;
    void read(const QString &key, Read done) override;
    void remove(const QString &key, Done done) override;

private:
    QString m_service;
};

} // namespace guild::app
