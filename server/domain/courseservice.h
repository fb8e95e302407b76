#pragma once

#include "authuser.h"
#include "protocol/course.h"
#include "result.h"

#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace guild::server {

class CourseRepository;
struct CourseRow;
struct LessonRow;

class Database;

/// A lesson's video file on disk, after access was checked.
struct MediaFile
{
    QString path;
    qint64 size = 0;
};

/// Courses and learning: who may open what (tier, one-off purchase, free preview), enrollment,
/// progress that converges across devices, quiz grading and certificates on completion.
class CourseService final
{
public:
    CourseService(Database &database, QString mediaDir);

    QList<protocol::course::Course> catalogue(const AuthUser &viewer);
    /// The courses `viewer` sees and those whose lessons they may open, without the member's progress:
    /// what their search may find.
    struct Reach
    {
        QList<qint64> visible;
        QList<qint64> open;
    };
    Reach reach(const AuthUser &viewer);
    /// With its syllabus: every lesson with its lock and the viewer's progress.
    Result<protocol::course::Course> course(const AuthUser &viewer, qint64 id);
    /// A lesson's content (quiz questions without their answers).
    Result<protocol::course::Lesson> lesson(const AuthUser &viewer, qint64 lessonId);
    Result<protocol::course::Course> enroll(const AuthUser &viewer, qint64 courseId);
    /// Merges a batch of progress records (idempotent); enrolls, and issues the certificate when
    /// every lesson is done. Returns the course as it now stands.
    Result<protocol::course::Course> saveProgress(const AuthUser &viewer, qint64 courseId,
                                                  const QList<protocol::course::LessonProgress> &items);
    /// `answers[i]`: the chosen option indices of question i. Passing marks the lesson done.
    Result<protocol::course::QuizResult> answerQuiz(const AuthUser &viewer, qint64 lessonId,
                                                    const QList<QList<int>> &answers);
    /// Public: anyone holding a certificate id can check it.
    Result<protocol::course::Certificate> certificate(const QString &id);
    /// Admins: gives `username` the course (a purchase made elsewhere, a gift).
    Result<protocol::course::Course> grant(const AuthUser &admin, qint64 courseId, const QString &username);
    /// The video of a lesson the viewer may watch.
    Result<MediaFile> video(const AuthUser &viewer, qint64 lessonId);
    /// The video for a signed link (the signature was checked; the link names the lesson only).
    Result<MediaFile> videoFile(qint64 lessonId);
    /// Marks a lesson done for a member (passed homework, passed quiz) and completes the course if due.
    void markDone(qint64 userId, const QString &memberName, qint64 courseId, qint64 lessonId);

    /// Called inside the transaction that marks lessons done: (transaction, member, lesson).
    void setOnLessonDone(std::function<void(QSqlDatabase &, qint64, qint64)> hook) { m_onLessonDone = std::move(hook); }

    /// Its author and admins edit a course, and see it while it is a draft.
    static bool mayEdit(const AuthUser &viewer, const CourseRow &row);
    static bool visibleTo(const AuthUser &viewer, const CourseRow &row);

    static protocol::course::Access accessFor(const AuthUser &viewer, const CourseRow &row, CourseRepository &repo);

private:
    /// The lesson, if it exists and the viewer may open it; the course row comes along.
    Result<std::pair<LessonRow, CourseRow>> openLesson(const AuthUser &viewer, qint64 lessonId);
    /// The course, if it exists and the viewer may open its lessons.
    static Result<CourseRow> openCourse(const AuthUser &viewer, qint64 courseId, CourseRepository &repo);
    void completeIfDue(CourseRepository &repo, qint64 userId, const QString &memberName, const CourseRow &row);
    protocol::course::Course withMemberState(const AuthUser &viewer, CourseRow row, CourseRepository &repo,
                                             bool withSyllabus);

    Database &m_database;
    QString m_mediaDir;
    std::function<void(QSqlDatabase &, qint64, qint64)> m_onLessonDone;
};

} // namespace guild::server
