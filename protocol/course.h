#pragma once

#include "tier.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <optional>

// Courses and learning: the values of /api/v1/courses and friends. api.md documents each field.
namespace guild::protocol::course {

enum class LessonKind
{
    Text,
    Video,
    Quiz
};
QString lessonKindCode(LessonKind kind);
std::optional<LessonKind> lessonKindFromCode(const QString &code);

/// Why a viewer may or may not open a course's lessons.
enum class Access
{
    Open,
    MembershipRequired, ///< the course needs a higher tier
    PurchaseRequired    ///< the course is sold on its own and the viewer has not bought it
};
QString accessCode(Access access);
Access accessFromCode(const QString &code);

/// One member's progress in one lesson. Writes carry the device's clock (`clientTs`, ms since the
/// epoch): the newest write wins for position and last opened; `done` never goes back.
struct LessonProgress
{
    qint64 lessonId = 0;
    bool done = false;
    double positionSeconds = 0;
    QDateTime lastOpenedAt;
    qint64 clientTs = 0;

    QJsonObject toJson() const;
    static std::optional<LessonProgress> fromJson(const QJsonObject &json);
    bool operator==(const LessonProgress &) const = default;
};

/// A lesson as the syllabus lists it (no body).
struct LessonSummary
{
    qint64 id = 0;
    qint64 sectionId = 0;
    QString title;
    LessonKind kind = LessonKind::Text;
    int durationSeconds = 0;
    qint64 videoBytes = 0;
    bool freePreview = false;
    bool hasHomework = false;
    /// The viewer cannot open it (see Course::access); a free preview never is.
    bool locked = false;
    std::optional<LessonProgress> progress;

    QJsonObject toJson() const;
    static std::optional<LessonSummary> fromJson(const QJsonObject &json);
};

struct Section
{
    qint64 id = 0;
    QString title;
    QList<LessonSummary> lessons;

    QJsonObject toJson() const;
    static std::optional<Section> fromJson(const QJsonObject &json);
};

struct Course
{
    qint64 id = 0;
    QString title;
    QString description;
    QString authorName;
    Tier requiredTier = Tier::Free;
    /// Sold on its own when > 0 (then bought once, whatever the tier).
    qint64 priceCents = 0;
    QString currency;
    /// "#rrggbb" for the cover tile.
    QString coverColor;
    /// A cover picture is set (GET /courses/{id}/cover); without one the tile shows coverColor.
    bool hasCover = false;
    /// False for a draft: only its author and admins see it.
    bool published = true;
    /// The viewer may change it (its author, an admin).
    bool editable = false;
    int lessonCount = 0;
    qint64 totalVideoBytes = 0;
    Access access = Access::Open;
    bool enrolled = false;
    int completedLessons = 0;
    int progressPercent = 0;
    /// The lesson the member opened last (0: none): "continue where you left off".
    qint64 lastLessonId = 0;
    /// Issued on completion; anyone can verify it.
    QString certificateId;
    /// Only in a course's own page, not in the list.
    QList<Section> sections;

    bool isFree() const { return priceCents == 0 && requiredTier == Tier::Free; }
    QJsonObject toJson() const;
    static std::optional<Course> fromJson(const QJsonObject &json);
};

struct QuizQuestion
{
    qint64 id = 0;
    QString prompt;
    bool multiple = false;
    QStringList options;
    /// For the course's author and admins only (editing the quiz); empty for members.
    QList<int> answer = {};
    QString explanation = {};

    QJsonObject toJson() const;
    static std::optional<QuizQuestion> fromJson(const QJsonObject &json);
};

/// A lesson with its content. `videoBytes` > 0 for a video lesson, fetched separately (Range requests).
struct Lesson
{
    qint64 id = 0;
    qint64 courseId = 0;
    QString title;
    LessonKind kind = LessonKind::Text;
    QString body;
    int durationSeconds = 0;
    qint64 videoBytes = 0;
    QString homeworkPrompt;
    QList<QuizQuestion> questions;

    QJsonObject toJson() const;
    static std::optional<Lesson> fromJson(const QJsonObject &json);
};

struct QuestionResult
{
    qint64 questionId = 0;
    bool correct = false;
    QList<int> correctOptions;
    QString explanation;
};

struct QuizResult
{
    int correct = 0;
    int total = 0;
    bool passed = false;
    QList<QuestionResult> questions;

    QJsonObject toJson() const;
    static std::optional<QuizResult> fromJson(const QJsonObject &json);
};

enum class HomeworkStatus
{
    Submitted,
    Passed,
    Revise
};
QString homeworkStatusCode(HomeworkStatus status);
std::optional<HomeworkStatus> homeworkStatusFromCode(const QString &code);

struct Homework
{
    qint64 id = 0;
    qint64 lessonId = 0;
    qint64 courseId = 0;
    QString memberName;
    QString lessonTitle;
    QString body;
    HomeworkStatus status = HomeworkStatus::Submitted;
    QString reviewComment;
    QDateTime submittedAt;
    QDateTime reviewedAt;

    QJsonObject toJson() const;
    static std::optional<Homework> fromJson(const QJsonObject &json);
};

struct Certificate
{
    QString id;
    QString memberName;
    QString courseTitle;
    qint64 courseId = 0;
    QDateTime issuedAt;

    QJsonObject toJson() const;
    static std::optional<Certificate> fromJson(const QJsonObject &json);
};

/// Where a notification opens: the exact thing it is about, resolved by the server when it answers.
struct NotificationTarget
{
    /// "lesson" (in course `containerId`), "article", "question", "feedback", "message" (`id` is its
    /// seq in channel `containerId`), or empty when there is nothing to open (it was deleted since).
    QString kind;
    qint64 id = 0;
    qint64 containerId = 0;
};

/// Something the member should hear about: a homework review, an answered feedback, something of
/// theirs a moderator hid.
struct Notification
{
    qint64 id = 0;
    QString kind;
    QString text;
    qint64 subjectId = 0;
    QDateTime createdAt;
    bool read = false;
    NotificationTarget target;

    QJsonObject toJson() const;
    static std::optional<Notification> fromJson(const QJsonObject &json);
};

} // namespace guild::protocol::course
