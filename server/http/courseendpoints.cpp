#include "byterange.h"
#include "domain/courseservice.h"
#include "domain/homeworkservice.h"
#include "domain/mediasigner.h"
#include "endpoints.h"
#include "protocol/endpoints.h"
#include "protocol/errorcodes.h"
#include "protocol/jsonreader.h"
#include "protocol/limits.h"
#include "protocol/types.h"
#include "replyhelpers.h"

#include <QDateTime>
#include <QFile>

using namespace Qt::StringLiterals;

namespace guild::server {

using namespace protocol;
using namespace protocol::course;
using Method = QHttpServerRequest::Method;

namespace {

QJsonObject courseJson(const Course &c)
{
    return {{u"course"_s, c.toJson()}};
}

ApiError invalid(const QString &message)
{
    return ApiError::badRequest(errors::InvalidField, message);
}

/// {"items": [{"lessonId", "done", "positionSeconds", "lastOpenedAt"?, "clientTs"}]}, strictly typed.
std::optional<QList<LessonProgress>> readProgress(const QJsonObject &json, ApiError *error)
{
    const QJsonValue items = json.value(u"items"_s);
    if (!items.isArray() || items.toArray().isEmpty()) {
        *error = invalid(u"'items' must be a non-empty array of progress records."_s);
        return std::nullopt;
    }
    QList<LessonProgress> list;
    for (const QJsonValue &v : items.toArray()) {
        const QJsonObject o = v.toObject();
        const QJsonValue opened = o.value(u"lastOpenedAt"_s);
        if (!v.isObject() || !isInteger(o.value(u"lessonId"_s)) || !o.value(u"done"_s).isBool() ||
            !o.value(u"positionSeconds"_s).isDouble() || !isInteger(o.value(u"clientTs"_s)) ||
            (!opened.isUndefined() && !opened.isString())) {
            *error = invalid(u"Each item needs lessonId (integer), done (boolean), positionSeconds (number), "
                             "clientTs (integer ms) and optionally lastOpenedAt (ISO time)."_s);
            return std::nullopt;
        }
        LessonProgress p{o.value(u"lessonId"_s).toInteger(),
                         o.value(u"done"_s).toBool(),
                         o.value(u"positionSeconds"_s).toDouble(),
                         {},
                         o.value(u"clientTs"_s).toInteger()};
        if (opened.isString()) {
            p.lastOpenedAt = fromIsoUtc(opened.toString());
            if (!p.lastOpenedAt.isValid()) {
                *error = invalid(u"'lastOpenedAt' must be an ISO 8601 time."_s);
                return std::nullopt;
            }
        }
        list.append(p);
    }
    return list;
}

/// {"answers": [[option, ...], ...]}
std::optional<QList<QList<int>>> readAnswers(const QJsonObject &json, ApiError *error)
{
    const QJsonValue answers = json.value(u"answers"_s);
    if (!answers.isArray() || answers.toArray().size() > 100) {
        *error = invalid(u"'answers' must be an array with one array of option indices per question."_s);
        return std::nullopt;
    }
    QList<QList<int>> list;
    for (const QJsonValue &one : answers.toArray()) {
        if (!one.isArray() || one.toArray().size() > 32) {
            *error = invalid(u"Each answer is an array of option indices."_s);
            return std::nullopt;
        }
        QList<int> chosen;
        for (const QJsonValue &o : one.toArray()) {
            if (!isInteger(o) || o.toInteger() < 0 || o.toInteger() > 1000) {
                *error = invalid(u"Option indices are small non-negative integers."_s);
                return std::nullopt;
            }
            chosen.append(static_cast<int>(o.toInteger()));
        }
        list.append(chosen);
    }
    return list;
}

Reply mediaReply(const MediaFile &file, const Request &request)
{
    const ByteRange range = ByteRange::parse(request.headers.value("range"), file.size, limits::MediaChunkMax);
    Reply reply;
    reply.contentType = "video/mp4";
    reply.headers.emplaceBack(QByteArray("Accept-Ranges"), "bytes");
    if (range.kind == ByteRange::Kind::Unsatisfiable) {
        Reply error =
            Reply::error(ApiError{416, QString(errors::RangeNotSatisfiable),
                                  u"The requested range is not within the file's %1 bytes."_s.arg(file.size)});
        error.headers.emplaceBack(QByteArray("Content-Range"), "bytes */" + QByteArray::number(file.size));
        return error;
    }
    QFile f(file.path);
    if (!f.open(QIODevice::ReadOnly)) {
        throw std::runtime_error("cannot open media file " + file.path.toStdString());
    }
    if (range.kind == ByteRange::Kind::Whole) {
        if (file.size > limits::MediaChunkMax * 8) {
            // Too big to send in one piece: ask for it in ranges (every media player does).
            Reply error = Reply::error(
                ApiError{416, QString(errors::RangeNotSatisfiable),
                         u"This file is only served in ranges of up to %1 bytes."_s.arg(limits::MediaChunkMax)});
            error.headers.emplaceBack(QByteArray("Content-Range"), "bytes */" + QByteArray::number(file.size));
            return error;
        }
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

void registerCourseRoutes(ApiServer &server, CourseService &courses, HomeworkService &homework,
                          const MediaSigner &signer)
{

    server.route(endpoints::ListCourses, [&server, &courses](const Request &request) {
        return withUser(server, request, [&](const AuthUser &user) {
            return Reply::json(listJson(u"courses"_s, courses.catalogue(user)));
        });
    });
    server.routeWithId(endpoints::GetCourse, [&server, &courses](qint64 id, const Request &request) {
        return withUser(server, request,
                        [&](const AuthUser &user) { return toReply(courses.course(user, id), courseJson); });
    });
    server.routeWithId(endpoints::Enroll, [&server, &courses](qint64 id, const Request &request) {
        return withUser(server, request,
                        [&](const AuthUser &user) { return toReply(courses.enroll(user, id), courseJson); });
    });
    server.routeWithId(endpoints::SaveProgress, [&server, &courses](qint64 id, const Request &request) {
        return withUser(server, request, [&](const AuthUser &user) {
            ApiError error;
            const auto json = request.jsonBody(&error);
            const auto items = json ? readProgress(*json, &error) : std::nullopt;
            return items ? toReply(courses.saveProgress(user, id, *items), courseJson) : Reply::error(error);
        });
    });
    server.routeWithId(endpoints::GrantCourse, [&server, &courses](qint64 id, const Request &request) {
        return withUserAndJson(server, request, [&](const AuthUser &user, const QJsonObject &json) {
            JsonReader reader(json);
            const QString username = reader.requiredString("username"_L1, 1, limits::UsernameMax);
            return reader.ok() ? toReply(courses.grant(user, id, username), courseJson) : Reply::error(reader.error());
        });
    });

    server.routeWithId(endpoints::GetLesson, [&server, &courses](qint64 id, const Request &request) {
        return withUser(server, request, [&](const AuthUser &user) {
            return toReply(courses.lesson(user, id), [](const Lesson &l) {
                return QJsonObject{{u"lesson"_s, l.toJson()}};
            });
        });
    });
    server.routeWithId(endpoints::AnswerQuiz, [&server, &courses](qint64 id, const Request &request) {
        return withUser(server, request, [&](const AuthUser &user) {
            ApiError error;
            const auto json = request.jsonBody(&error);
            const auto answers = json ? readAnswers(*json, &error) : std::nullopt;
            return answers ? toReply(courses.answerQuiz(user, id, *answers),
                                     [](const QuizResult &r) {
                                         return QJsonObject{{u"result"_s, r.toJson()}};
                                     })
                           : Reply::error(error);
        });
    });
    server.routeWithId(endpoints::VideoLink, [&server, &courses, &signer](qint64 id, const Request &request) {
        return withUser(server, request, [&](const AuthUser &user) {
            const Result<MediaFile> file = courses.video(user, id);
            if (!file.ok()) {
                return Reply::error(file.error());
            }
            const qint64 expires = QDateTime::currentSecsSinceEpoch() + MediaSigner::LifetimeSecs - 60;
            const QString url = endpoints::LessonMedia.url(id) + u"?u=%1&exp=%2&sig=%3"_s.arg(user.id).arg(expires).arg(
                                                                     signer.sign(id, user.id, expires));
            return Reply::json(
                QJsonObject{{u"url"_s, url},
                            {u"bytes"_s, file.value().size},
                            {u"expiresAt"_s, toIsoUtc(QDateTime::fromSecsSinceEpoch(expires, Qt::UTC))}});
        });
    });
    // The one route without a bearer token: media players cannot send one, so the link is signed.
    server.routeWithId(endpoints::LessonMedia, [&courses, &signer](qint64 id, const Request &request) {
        bool userOk = false;
        bool expOk = false;
        const qint64 user = request.param(u"u"_s).toLongLong(&userOk);
        const qint64 expires = request.param(u"exp"_s).toLongLong(&expOk);
        if (!userOk || !expOk ||
            !signer.verify(id, user, expires, request.param(u"sig"_s), QDateTime::currentSecsSinceEpoch())) {
            return Reply::error(
                ApiError::forbidden(errors::Forbidden, u"This video link has expired or is not valid."_s));
        }
        const Result<MediaFile> file = courses.videoFile(id);
        return file.ok() ? mediaReply(file.value(), request) : Reply::error(file.error());
    });

    server.routeWithId(endpoints::MyHomework, [&server, &homework](qint64 id, const Request &request) {
        return withUser(server, request, [&](const AuthUser &user) {
            return toReply(homework.mine(user, id),
                           [](const QList<Homework> &list) { return listJson(u"homework"_s, list); });
        });
    });
    server.routeWithId(endpoints::SubmitHomework, [&server, &homework](qint64 id, const Request &request) {
        return withUserAndJson(server, request, [&](const AuthUser &user, const QJsonObject &json) {
            const QJsonValue body = json.value(u"body"_s);
            if (!body.isString()) {
                return Reply::error(invalid(u"'body' must be a string."_s));
            }
            return toReply(
                homework.submit(user, id, body.toString()),
                [](const Homework &h) {
                    return QJsonObject{{u"homework"_s, h.toJson()}};
                },
                201);
        });
    });
    server.route(endpoints::HomeworkToReview, [&server, &homework](const Request &request) {
        return withUser(server, request, [&](const AuthUser &user) {
            return toReply(homework.queue(user),
                           [](const QList<Homework> &list) { return listJson(u"homework"_s, list); });
        });
    });
    server.routeWithId(endpoints::ReviewHomework, [&server, &homework](qint64 id, const Request &request) {
        return withUserAndJson(server, request, [&](const AuthUser &user, const QJsonObject &json) {
            JsonReader reader(json);
            const QString verdict = reader.requiredString("verdict"_L1, 1, 16);
            const QString comment = reader.optionalString("comment"_L1, limits::ReviewCommentMax).value_or(QString());
            const auto status = homeworkStatusFromCode(verdict == u"pass"_s     ? u"passed"_s
                                                       : verdict == u"revise"_s ? verdict
                                                                                : QString());
            if (!reader.ok()) {
                return Reply::error(reader.error());
            }
            if (!status) {
                return Reply::error(invalid(u"'verdict' is pass or revise."_s));
            }
            return toReply(homework.review(user, id, *status, comment), [](const Homework &h) {
                return QJsonObject{{u"homework"_s, h.toJson()}};
            });
        });
    });
    server.route(endpoints::MyNotifications, [&server, &homework](const Request &request) {
        return withUser(server, request, [&](const AuthUser &user) {
            return Reply::json(listJson(u"notifications"_s, homework.notifications(user)));
        });
    });
    server.route(endpoints::MarkNotificationsRead, [&server, &homework](const Request &request) {
        return withUserAndJson(server, request, [&](const AuthUser &user, const QJsonObject &json) {
            QList<qint64> ids;
            const QJsonValue list = json.value(u"ids"_s);
            for (const QJsonValue &v : list.toArray()) {
                if (!isInteger(v)) {
                    return Reply::error(invalid(u"'ids' must be an array of notification ids."_s));
                }
                ids.append(v.toInteger());
            }
            if (!list.isArray() || ids.size() > 500) {
                return Reply::error(invalid(u"'ids' must be an array of at most 500 notification ids."_s));
            }
            homework.markRead(user, ids);
            return Reply::noContent();
        });
    });
    server.routeWithKey(endpoints::VerifyCertificate, [&courses](const QString &id, const Request &) {
        return toReply(courses.certificate(id.toUpper()), [](const Certificate &c) {
            return QJsonObject{{u"certificate"_s, c.toJson()}, {u"valid"_s, true}};
        });
    });
}

} // namespace guild::server
