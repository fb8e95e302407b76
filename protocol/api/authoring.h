#pragma once

#include "protocol/api/courses.h"
#include "protocol/contract.h"
#include "protocol/course.h"

#include <QByteArray>

// Making courses (authors and admins): the course, its sections and lessons, quizzes, their order, and
// videos uploaded in resumable pieces. docs/api.md, "Authoring courses".
namespace guild::protocol {

/// A course's own fields. New courses start as drafts; `published` shows one to members.
struct CourseInput
{
    QString title;
    QString description;
    Tier requiredTier = Tier::Free;
    qint64 priceCents = 0; ///< > 0: also sold on its own, in the community's currency
    QString coverColor;    ///< "#rrggbb" or empty
    bool published = false;

    QJsonObject toJson() const;
    static std::optional<CourseInput> fromJson(const QJsonObject &json, ApiError *error);
};

struct SectionInput
{
    QString title;

    QJsonObject toJson() const;
    static std::optional<SectionInput> fromJson(const QJsonObject &json, ApiError *error);
};

/// One quiz question as its author writes it, with the right answer (never sent to members).
struct QuizItemInput
{
    QString prompt;
    QStringList options;
    QList<int> answer; ///< indexes into options; more than one makes it a multiple-choice question
    QString explanation;

    QJsonObject toJson() const;
};

/// A lesson: text (Markdown), a quiz, or a video (the file comes by upload, afterwards).
struct LessonInput
{
    qint64 sectionId = 0; ///< where a new lesson goes (ignored when editing)
    QString title;
    course::LessonKind kind = course::LessonKind::Text;
    QString body;
    bool freePreview = false;
    QString homeworkPrompt;
    QList<QuizItemInput> questions; ///< quizzes only, 1…50

    QJsonObject toJson() const;
    static std::optional<LessonInput> fromJson(const QJsonObject &json, ApiError *error);
};

/// A course's whole order: every section once, each with every one of its lessons once (a lesson
/// may move to another section).
struct CourseOrder
{
    struct SectionOrder
    {
        qint64 id = 0;
        QList<qint64> lessons;
    };
    QList<SectionOrder> sections;

    QJsonObject toJson() const;
    static std::optional<CourseOrder> fromJson(const QJsonObject &json, ApiError *error);
};

/// Announces a lesson's video before its pieces: its size, its SHA-256 (checked when the last piece
/// arrives) and its type.
struct UploadRequest
{
    qint64 bytes = 0;
    QString sha256;      ///< 64 hex digits
    QString contentType; ///< video/mp4 or video/webm
    int durationSeconds = 0;

    QJsonObject toJson() const;
    static std::optional<UploadRequest> fromJson(const QJsonObject &json, ApiError *error);
};

/// A picture kept on the server for what a member writes: `id` names it in Markdown as
/// `![words](guild-image:ID)` (a number below 2^53, so JSON carries it exactly).
struct ImageReply
{
    qint64 id = 0;

    QJsonObject toJson() const;
    static std::optional<ImageReply> fromJson(const QJsonObject &json);
};

/// Where an upload stands: the next piece starts at `received`; `complete` once the file is checked
/// and the lesson plays it.
struct UploadStatus
{
    QString id;
    qint64 lessonId = 0;
    qint64 bytes = 0;
    qint64 received = 0;
    bool complete = false;

    QJsonObject toJson() const;
    static std::optional<UploadStatus> fromJson(const QJsonObject &json);
};

/// The longest piece of an upload: the server's body limit less room for nothing else.
inline constexpr qint64 UploadPieceMax = 1024 * 1024;
/// The largest video a lesson may have.
inline constexpr qint64 VideoBytesMax = 4LL * 1024 * 1024 * 1024;

using LessonSummaryReply = One<course::LessonSummary, "lesson">;

} // namespace guild::protocol
