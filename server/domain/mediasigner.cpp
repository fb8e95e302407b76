#include "mediasigner.h"

#include "storage/database.h"
#include "storage/secretrepository.h"

#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

#include <sodium.h>

using namespace Qt::StringLiterals;

namespace guild::server {

MediaSigner::MediaSigner(Database &database)
    : m_database(database)
{}

const QByteArray &MediaSigner::key() const
{
    std::call_once(m_loaded, [this] {
        quint32 words[8];
        QRandomGenerator::system()->fillRange(words);
        const QByteArray fresh(reinterpret_cast<const char *>(words), sizeof(words));
        m_key = SecretRepository(m_database.connection()).getOrCreate(u"media_key"_s, fresh);
    });
    return m_key;
}

QString MediaSigner::sign(qint64 lessonId, qint64 userId, qint64 expiresAtSecs) const
{
    const QByteArray message = "media:" + QByteArray::number(lessonId) + ':' + QByteArray::number(userId) + ':' +
                               QByteArray::number(expiresAtSecs);
    return QString::fromLatin1(QMessageAuthenticationCode::hash(message, key(), QCryptographicHash::Sha256)
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

bool MediaSigner::verify(qint64 lessonId, qint64 userId, qint64 expiresAtSecs, const QString &signature,
                         qint64 nowSecs) const
{
    if (expiresAtSecs < nowSecs || expiresAtSecs > nowSecs + LifetimeSecs) {
        return false;
    }
    const QByteArray expected = sign(lessonId, userId, expiresAtSecs).toLatin1();
    const QByteArray given = signature.toLatin1();
    // Constant time: how much of a guess matched must not show in the timing.
    return given.size() == expected.size() &&
           sodium_memcmp(given.constData(), expected.constData(), static_cast<size_t>(expected.size())) == 0;
}

} // namespace guild::server
