#include "courseroutes.h"

#include "domain/courseservice.h"
#include "domain/mediasigner.h"
#include "http/byterange.h"
#include "http/handle.h"
#include "protocol/endpoints/courses.h"
#include "protocol/errorcodes.h"
#include "protocol/limits.h"

#include <QDateTime>
#include <QFile>

using namespace Qt::StringLiterals;

namespace guild::server {

using namespace protocol;
using namespace protocol::course;

namespace {

Reply rangeNotSatisfiable(const QString &message, qint64 size)
{
    Reply error = Reply::error(ApiError{416, QString(errors::RangeNotSatisfiable), message});
    error.headers.emplaceBack(QByteArray("Content-Range"), "bytes */" + QByteArray::number(size));
    return error;
}

Reply mediaReply(const MediaFile &file, const Request &request)
{
    const ByteRange range = ByteRange::parse(request.headers.value("range"), file.size, limits::MediaChunkMax);
    if (range.kind == ByteRange::Kind::Unsatisfiable) {
        return rangeNotSatisfiable(u"The requested range is not within the file's %1 bytes."_s.arg(file.size),
                                   file.size);
    }
    if (range.kind == ByteRange::Kind::Whole && file.size > limits::MediaChunkMax * 8) {
        // Too big to send in one piece: ask for it in ranges (every media player does).
        return rangeNotSatisfiable(
            u"This file is only served in ranges of up to %1 bytes."_s.arg(limits::MediaChunkMax), file.size);
    }
    QFile f(file.path);
    if (!f.open(QIODevice::ReadOnly)) {
        throw std::runtime_error("cannot open media file " + file.path.toStdString());
    }
    Reply reply;
    reply.contentType = "video/mp4";
    reply.headers.emplaceBack(QByteArray("Accept-Ranges"), "bytes");
    if (range.kind == ByteRange::Kind::Whole) {
        reply.body = f.readAll();
        return reply;
    }
    f.seek(range.first);
    reply.status = 206;
    reply.body = f.read(range.length());
    reply.headers.emplaceBack(QByteArray("Content-Range"), "bytes " + QByteArray::number(range.first) + '-' +
                                                               QByteArray::number(range.first + reply.body.size() - 1) +
                                                               '/' + QByteArray::number(file.size));
    return reply;
}

} // namespace

CourseRoutes::CourseRoutes(CourseService &courses, const MediaSigner &signer)
    : m_courses(courses)
    , m_signer(signer)
{}

void CourseRoutes::attach(ApiServer &server)
{
    handle(server, endpoints::ListCourses,
           [this](const Call &call) { return Result<QList<Course>>(m_courses.catalogue(call.user())); });
    handle(server, endpoints::GetCourse, [this](const Call &call) { return m_courses.course(call.user(), call.id); });
    handle(server, endpoints::Enroll, [this](const Call &call) { return m_courses.enroll(call.user(), call.id); });
    handle(server, endpoints::SaveProgress, [this](const Call &call, const ProgressBatch &r) {
        return m_courses.saveProgress(call.user(), call.id, r.items);
    });
    handle(server, endpoints::GrantCourse, [this](const Call &call, const GrantCourseRequest &r) {
        return m_courses.grant(call.user(), call.id, r.username);
    });
    handle(server, endpoints::GetLesson, [this](const Call &call) { return m_courses.lesson(call.user(), call.id); });
    handle(server, endpoints::AnswerQuiz, [this](const Call &call, const QuizAnswers &r) {
        return m_courses.answerQuiz(call.user(), call.id, r.answers);
    });
    handle(server, endpoints::VideoLink, [this](const Call &call) -> Result<MediaLink> {
        const Result<MediaFile> file = m_courses.video(call.user(), call.id);
        if (!file.ok()) {
            return file.error();
        }
        const qint64 expires = QDateTime::currentSecsSinceEpoch() + MediaSigner::LifetimeSecs - 60;
        const qint64 user = call.user().id;
        const MediaSignature signature{user, expires, m_signer.sign(call.id, user, expires)};
        return MediaLink{endpoints::LessonMedia.url(call.id) + u'?' + signature.toQuery().toString(QUrl::FullyEncoded),
                         file.value().size, QDateTime::fromSecsSinceEpoch(expires, Qt::UTC)};
    });
    // The one route without a bearer token: media players cannot send one, so the link is signed.
    handle(server, endpoints::LessonMedia, [this](const Call &call, const MediaSignature &r) {
        if (!m_signer.verify(call.id, r.user, r.expires, r.signature, QDateTime::currentSecsSinceEpoch())) {
            return Reply::error(
                ApiError::forbidden(errors::Forbidden, u"This video link has expired or is not valid."_s));
        }
        const Result<MediaFile> file = m_courses.videoFile(call.id);
        return file.ok() ? mediaReply(file.value(), call.http) : Reply::error(file.error());
    });
    handle(server, endpoints::VerifyCertificate, [this](const Call &call) -> Result<CertificateCheck> {
        const Result<Certificate> certificate = m_courses.certificate(call.key.toUpper());
        if (!certificate.ok()) {
            return certificate.error();
        }
        return CertificateCheck{certificate.value(), true};
    });
}

} // namespace guild::server
