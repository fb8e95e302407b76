#pragma once

#include <QList>
#include <QObject>
#include <QUrl>

#include <optional>

class QSettings;

namespace guild::app {

/// A community this computer has signed in to: one account on one server.
struct KnownAccount
{
    QUrl server;
    QString username;
    QString name; ///< what the community is called here (the member's display name, then the host)

    /// Names its keychain entry and its cache directory (Session::accountKey).
    QString key() const;
    bool operator==(const KnownAccount &) const = default;
};

/// The communities this computer knows, in the order they were added, and the one open now; kept in
/// the application's settings (no secret: each account's refresh token is in the keychain under its key).
class AccountDirectory final : public QObject
{
    Q_OBJECT
public:
    explicit AccountDirectory(QSettings &settings, QObject *parent = nullptr);

    QList<KnownAccount> accounts() const { return m_accounts; }
    std::optional<KnownAccount> current() const;
    std::optional<KnownAccount> find(const QString &key) const;
    /// Signed in to `account`: added (or its name updated) and made the open one.
    void remember(const KnownAccount &account);
    void setCurrent(const QString &key);
    /// Signed out of it: it leaves the list; another (the first) is open next, if any.
    void forget(const QString &key);

Q_SIGNALS:
    void changed();

private:
    void save();

    QSettings &m_settings;
    QList<KnownAccount> m_accounts;
    QString m_current;
};

} // namespace guild::app
