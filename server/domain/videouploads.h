#pragma once

#include "authuser.h"
#include "protocol/api/authoring.h"
#include "result.h"

#include <QMutex>

namespace guild::server {

class CourseAuthoring;
class Database;

/// Lesson videos uploaded in pieces that resume after a lost connection: the upload is announced
/// with its size and SHA-256, each piece says where it goes (Content-Range) and must start where
/// the last one ended, the type is checked on the first piece and the hash on the last; only then
/// does the file move next to the other media and the lesson play it. The server's 1 MiB body limit
/// holds for every piece.
class VideoUploads final
{
public:
    VideoUploads(Database &database, CourseAuthoring &authoring, QString mediaDir);

    Result<protocol::UploadStatus> start(const AuthUser &author, qint64 lessonId,
                                         const protocol::UploadRequest &request);
    /// `contentRange`: "bytes FIRST-LAST/TOTAL" for `body`.
    Result<protocol::UploadStatus> piece(const AuthUser &author, const QString &uploadId,
                                         const QByteArray &contentRange, const QByteArray &body);
    Result<protocol::UploadStatus> status(const AuthUser &author, const QString &uploadId);

private:
    QString partPath(const QString &uploadId) const;

    Database &m_database;
    CourseAuthoring &m_authoring;
    QString m_mediaDir;
    /// Pieces of one upload are appended one at a time (handlers run on several threads).
    QMutex m_pieces;
};

} // namespace guild::server
