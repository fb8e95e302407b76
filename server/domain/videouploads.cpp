#include "videouploads.h"

#include "clock.h"
#include "courseauthoring.h"
#include "protocol/errorcodes.h"
#include "storage/auditrepository.h"
#include "storage/courseeditrepository.h"
#include "storage/database.h"
#include "storage/sql.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace guild::server {

using namespace protocol;

namespace {

struct ContentRange
{
    qint64 first = 0;
    qint64 last = 0;
    qint64 total = 0;
};

std::optional<ContentRange> parseContentRange(const QByteArray &header)
{
    static const QRegularExpression shape(u"^bytes (\\d{1,15})-(\\d{1,15})/(\\d{1,15})$"_s);
    const QRegularExpressionMatch m = shape.match(QString::fromLatin1(header.trimmed()));
    if (!m.hasMatch()) {
        return std::nullopt;
    }
    const ContentRange r{m.captured(1).toLongLong(), m.captured(2).toLongLong(), m.captured(3).toLongLong()};
    return r.first <= r.last && r.last < r.total ? std::optional(r) : std::nullopt;
}

/// MP4 has "ftyp" at offset 4; WebM (Matroska) starts with the EBML magic.
bool looksLike(const QString &contentType, const QByteArray &head)
{
    if (contentType == u"video/mp4"_s) {
        return head.size() >= 8 && head.mid(4, 4) == "ftyp";
    }
    return head.startsWith(QByteArray::fromHex("1a45dfa3"));
}

UploadStatus statusOf(const UploadRow &row)
{
    return {row.id, row.lessonId, row.bytes, row.received, row.complete};
}

ApiError noSuchUpload()
{
    return ApiError::notFound(u"No such upload."_s);
}

} // namespace

VideoUploads::VideoUploads(Database &database, CourseAuthoring &authoring, QString mediaDir)
    : m_database(database)
    , m_authoring(authoring)
    , m_mediaDir(std::move(mediaDir))
{}

QString VideoUploads::partPath(const QString &uploadId) const
{
    return QDir(m_mediaDir).filePath(u".uploads/"_s + uploadId + u".part"_s);
}

Result<UploadStatus> VideoUploads::start(const AuthUser &author, qint64 lessonId, const UploadRequest &request)
{
    if (const Result<qint64> ok = m_authoring.editableLesson(author, lessonId); !ok.ok()) {
        return ok.error();
    }
    if (!QDir().mkpath(QDir(m_mediaDir).filePath(u".uploads"_s))) {
        return ApiError::internal();
    }
    UploadRow row{QUuid::createUuid().toString(QUuid::Id128),
                  author.id,
                  lessonId,
                  request.bytes,
                  request.sha256,
                  request.contentType,
                  request.durationSeconds,
                  0,
                  false};
    QFile part(partPath(row.id));
    if (!part.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        return ApiError::internal();
    }
    CourseEditRepository(m_database.connection()).createUpload(row, nowMs());
    return statusOf(row);
}

Result<UploadStatus> VideoUploads::status(const AuthUser &author, const QString &uploadId)
{
    const auto row = CourseEditRepository(m_database.connection()).upload(uploadId);
    if (!row || (row->userId != author.id && !author.isAdmin())) {
        return noSuchUpload();
    }
    return statusOf(*row);
}

Result<UploadStatus> VideoUploads::piece(const AuthUser &author, const QString &uploadId,
                                         const QByteArray &contentRange, const QByteArray &body)
{
    const QMutexLocker lock(&m_pieces);
    QSqlDatabase db = m_database.connection();
    CourseEditRepository edits(db);
    auto row = edits.upload(uploadId);
    if (!row || (row->userId != author.id && !author.isAdmin())) {
        return noSuchUpload();
    }
    if (row->complete) {
        return ApiError::conflict(errors::Conflict, u"This upload is complete."_s);
    }
    const std::optional<ContentRange> range = parseContentRange(contentRange);
    if (!range || range->total != row->bytes || range->last - range->first + 1 != body.size()) {
        return ApiError::badRequest(
            errors::InvalidField,
            u"Content-Range must be 'bytes FIRST-LAST/%1' and match the body's length."_s.arg(row->bytes));
    }
    if (body.size() > UploadPieceMax) {
        return ApiError{413, QString(errors::PayloadTooLarge), u"A piece is at most 1 MiB."_s};
    }
    if (range->first != row->received) {
        return ApiError::conflict(errors::UploadOffset,
                                  u"The next piece starts at byte %1; resume from there."_s.arg(row->received));
    }
    if (range->first == 0 && !looksLike(row->contentType, body)) {
        return ApiError{415, QString(errors::UnsupportedMediaType),
                        u"This file is not a %1 video."_s.arg(row->contentType)};
    }
    QFile part(partPath(uploadId));
    if (!part.open(QIODevice::ReadWrite)) {
        return ApiError::internal();
    }
    // A piece written before a crash but never recorded is written again.
    if (!part.resize(row->received) || !part.seek(row->received) || part.write(body) != body.size()) {
        return ApiError::internal();
    }
    part.close();
    row->received += body.size();
    if (row->received < row->bytes) {
        edits.setReceived(uploadId, row->received);
        return statusOf(*row);
    }

    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!part.open(QIODevice::ReadOnly) || !hash.addData(&part)) {
        return ApiError::internal();
    }
    part.close();
    if (QString::fromLatin1(hash.result().toHex()) != row->sha256) {
        // Start over: the bytes on disk are not the file that was announced.
        part.resize(0);
        edits.setReceived(uploadId, 0);
        return ApiError{422, QString(errors::ChecksumMismatch),
                        u"The file's SHA-256 does not match the one announced; send it again from the start."_s};
    }
    const QString extension = row->contentType == u"video/webm"_s ? u"webm"_s : u"mp4"_s;
    const QString name = u"lesson-%1-%2.%3"_s.arg(row->lessonId).arg(uploadId, extension);
    if (!QFile::rename(partPath(uploadId), QDir(m_mediaDir).filePath(name))) {
        return ApiError::internal();
    }
    sql::Transaction tx(db);
    edits.setVideo(row->lessonId, name, row->bytes, row->durationSeconds);
    edits.setReceived(uploadId, row->bytes);
    edits.completeUpload(uploadId, nowMs());
    AuditRepository(db).append({0, author.id, author.username, u"upload-video"_s, u"lesson %1"_s.arg(row->lessonId),
                                u"%1 bytes, sha256 %2"_s.arg(row->bytes).arg(row->sha256.left(12)), nowMs()});
    tx.commit();
    row->complete = true;
    return statusOf(*row);
}

} // namespace guild::server
