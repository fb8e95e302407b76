#pragma once

#include "protocol/contract.h"
#include "protocol/course.h"

// Bodies of the course routes: progress, quizzes, video links, homework, notifications, certificates.
namespace guild::protocol {

/// Progress on several lessons of one course, saved together (newest client time wins).
struct ProgressBatch
{
    QList<course::LessonProgress> items;

    QJsonObject toJson() const;
    static std::optional<ProgressBatch> fromJson(const QJsonObject &json, ApiError *error);
};

/// An admin gives a member a course sold on its own.
struct GrantCourseRequest
{
    QString username;

    QJsonObject toJson() const;
    static std::optional<GrantCourseRequest> fromJson(const QJsonObject &json, ApiError *error);
};

/// One list of chosen option indexes per quiz question.
struct QuizAnswers
{
    QList<QList<int>> answers;

    QJsonObject toJson() const;
    static std::optional<QuizAnswers> fromJson(const QJsonObject &json, ApiError *error);
};

/// A signed, short-lived link to a lesson's video.
struct MediaLink
{
    QString url; ///< a path on this server with its signature
    qint64 bytes = 0;
    QDateTime expiresAt;

    QJsonObject toJson() const;
    static std::optional<MediaLink> fromJson(const QJsonObject &json);
};

/// What makes a video link valid without a bearer token (media players cannot send one): whose it
/// is, until when, and the server's signature over both and the lesson.
struct MediaSignature
{
    qint64 user = 0;
    qint64 expires = 0; ///< seconds since the epoch
    QString signature;

    QUrlQuery toQuery() const;
    /// Absent fields read as 0 or empty (the signature check then refuses the link).
    static std::optional<MediaSignature> fromQuery(const QUrlQuery &query, ApiError *error);
};

struct HomeworkRequest
{
    QString body;

    QJsonObject toJson() const;
    static std::optional<HomeworkRequest> fromJson(const QJsonObject &json, ApiError *error);
};

/// An author's verdict on handed-in homework.
struct HomeworkReview
{
    bool pass = false; ///< false: to be revised
    QString comment;

    QJsonObject toJson() const;
    static std::optional<HomeworkReview> fromJson(const QJsonObject &json, ApiError *error);
};

struct MarkReadRequest
{
    QList<qint64> ids;

    QJsonObject toJson() const;
    static std::optional<MarkReadRequest> fromJson(const QJsonObject &json, ApiError *error);
};

/// A certificate as anyone may check it.
struct CertificateCheck
{
    course::Certificate certificate;
    bool valid = false;

    QJsonObject toJson() const;
    static std::optional<CertificateCheck> fromJson(const QJsonObject &json);
};

using CourseList = ListOf<course::Course, "courses">;
using CourseReply = One<course::Course, "course">;
using LessonReply = One<course::Lesson, "lesson">;
using QuizResultReply = One<course::QuizResult, "result">;
using HomeworkReply = One<course::Homework, "homework">;
using HomeworkList = ListOf<course::Homework, "homework">;
using NotificationList = ListOf<course::Notification, "notifications">;

} // namespace guild::protocol
