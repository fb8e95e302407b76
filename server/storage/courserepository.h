#pragma once

#include "protocol/course.h"

#include <QHash>
#include <QSqlDatabase>

#include <optional>

namespace guild::server {

/// A course row with what the catalogue shows, before any viewer's state is added.
struct CourseRow
{
    protocol::course::Course course; // access and member state left at their defaults
    qint64 authorId = 0;
};

/// A lesson with what only the server sees: where its video is, the quiz answers.
struct LessonRow
{
    protocol::course::Lesson lesson;
    qint64 sectionId = 0;
    bool freePreview = false;
    QString videoFile;
};

struct QuizKey
{
    qint64 questionId = 0;
    bool multiple = false;
    int optionCount = 0;
    QList<int> answer;
    QString explanation;
};

/// The catalogue (courses, sections, lessons, quizzes) and each member's place in it (entitlements,
/// enrollments, progress, certificates).
class CourseRepository final
{
public:
    explicit CourseRepository(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    QList<CourseRow> courses();
    std::optional<CourseRow> course(qint64 id);
    /// Sections with their lessons in order (no member state).
    QList<protocol::course::Section> syllabus(qint64 courseId);
    std::optional<LessonRow> lesson(qint64 id);
    QList<protocol::course::QuizQuestion> questions(qint64 lessonId);
    QList<QuizKey> quizKeys(qint64 lessonId);

    bool hasEntitlement(qint64 userId, qint64 courseId);
    void grantEntitlement(qint64 userId, qint64 courseId, const QString &source, qint64 now);
    bool isEnrolled(qint64 userId, qint64 courseId);
    QSet<qint64> enrolledCourses(qint64 userId);
    void enroll(qint64 userId, qint64 courseId, qint64 now);

    QHash<qint64, protocol::course::LessonProgress> progress(qint64 userId, qint64 courseId);
    /// Done lessons per course, for the catalogue.
    QHash<qint64, int> doneCounts(qint64 userId);
    /// Per course, the lesson opened most recently.
    QHash<qint64, qint64> lastOpened(qint64 userId);
    /// Newest client timestamp wins for position and last opened; done stays done. True if stored.
    bool mergeProgress(qint64 userId, qint64 courseId, const protocol::course::LessonProgress &p, qint64 now);
    void recordQuizAttempt(qint64 userId, qint64 lessonId, const QString &answers, int correct, int total, qint64 now);

    std::optional<protocol::course::Certificate> certificate(const QString &id);
    /// Per course, the member's certificate id.
    QHash<qint64, QString> certificateIds(qint64 userId);
    /// Issues the member's certificate for the course once; returns it (the existing one if any).
    protocol::course::Certificate issueCertificate(qint64 userId, qint64 courseId, const QString &memberName,
                                                   const QString &courseTitle, qint64 now);

    QSqlDatabase &database() { return m_db; }

private:
    QSqlDatabase m_db;
};

} // namespace guild::server
