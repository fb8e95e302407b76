#include "mediasigner.h"

#include "storage/database.h"
#include "storage/sql.h"

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
        QSqlDatabase db = m_database.connection();
        quint32 words[8];
        QRandomGenerator::system()->fillRange(words);
        const QByteArray fresh = QByteArray(reinterpret_cast<const char *>(words), sizeof(words)).toBase64();
        // Whoever starts first creates the key; everyone then reads the same one.
        sql::exec(db, u"INSERT INTO server_secrets (name, value) VALUES ('media_key', ?) ON CONFLICT DO NOTHING"_s,
                  {QString::fromLatin1(fresh)});
        m_key = QByteArray::fromBase64(
            sql::scalar(db, u"SELECT value FROM server_secrets WHERE name = 'media_key'"_s).toString().toLatin1());
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
