#pragma once

#include <QByteArray>
#include <QSemaphore>
#include <QString>

#include <optional>

namespace guild::server {

/// argon2id password hashing (libsodium) with a cap on how many hashes run at once, so a burst of
/// logins costs bounded memory and CPU instead of starving every other request.
class PasswordHasher final
{
public:
    /// Memory in bytes and iterations: the default is the OWASP minimum, m = 19 MiB, t = 2, p = 1.
    explicit PasswordHasher(int maxConcurrent = 2, size_t memoryBytes = 19u * 1024u * 1024u,
                            unsigned long long iterations = 2);
    Q_DISABLE_COPY_MOVE(PasswordHasher)

    /// Returns the encoded hash, or nullopt when no hashing slot became free in time (server busy).
    std::optional<QString> hash(const QString &password);
    /// nullopt: busy; false: wrong password or malformed hash; true: match.
    std::optional<bool> verify(const QString &encodedHash, const QString &password);
    /// Spends the same effort as a real verify, so unknown usernames do not answer faster.
    void verifyDummy(const QString &password);

private:
    QSemaphore m_slots;
    size_t m_memory;
    unsigned long long m_iterations;
    QString m_dummyHash;
};

} // namespace guild::server
