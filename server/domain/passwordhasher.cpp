#include "passwordhasher.h"

#include <QSemaphoreReleaser>

#include <sodium.h>

namespace guild::server {

namespace {
constexpr int SlotWaitMs = 10000;
}

PasswordHasher::PasswordHasher(int maxConcurrent, size_t memoryBytes, unsigned long long iterations)
    : m_slots(maxConcurrent)
    , m_memory(memoryBytes)
    , m_iterations(iterations)
{
    if (sodium_init() < 0) {
        qFatal("libsodium failed to initialise");
    }
    m_dummyHash = hash(QStringLiteral("guild-dummy-password")).value_or(QString());
}

std::optional<QString> PasswordHasher::hash(const QString &password)
{
    if (!m_slots.tryAcquire(1, SlotWaitMs)) {
        return std::nullopt;
    }
    const QSemaphoreReleaser release(m_slots);
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(out, utf8.constData(), static_cast<unsigned long long>(utf8.size()), m_iterations,
                              m_memory, crypto_pwhash_ALG_ARGON2ID13) != 0) {
        return std::nullopt; // out of memory: treat like busy
    }
    return QString::fromLatin1(out);
}

std::optional<bool> PasswordHasher::verify(const QString &encodedHash, const QString &password)
{
    if (!m_slots.tryAcquire(1, SlotWaitMs)) {
        return std::nullopt;
    }
    const QSemaphoreReleaser release(m_slots);
    const QByteArray hashBytes = encodedHash.toLatin1();
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(hashBytes.constData(), utf8.constData(),
                                    static_cast<unsigned long long>(utf8.size())) == 0;
}

void PasswordHasher::verifyDummy(const QString &password)
{
    (void)verify(m_dummyHash, password);
}

} // namespace guild::server
