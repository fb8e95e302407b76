#pragma once

#include <QByteArray>
#include <QString>

#include <mutex>

namespace guild::server {

class Database;

/// Signs short-lived links to lesson videos, so a media player (which cannot send our bearer token)
/// can fetch them: HMAC-SHA256 over lesson, member and expiry with a key every server process on the
/// database shares. The link names who it was made for; it is useless after it expires.
class MediaSigner final
{
public:
    /// The key is read from the database (and created there) on first use, after migrations ran.
    explicit MediaSigner(Database &database);

    QString sign(qint64 lessonId, qint64 userId, qint64 expiresAtSecs) const;
    bool verify(qint64 lessonId, qint64 userId, qint64 expiresAtSecs, const QString &signature, qint64 nowSecs) const;

    static constexpr qint64 LifetimeSecs = 3600;

private:
    const QByteArray &key() const;

    Database &m_database;
    mutable std::once_flag m_loaded;
    mutable QByteArray m_key;
};

} // namespace guild::server
