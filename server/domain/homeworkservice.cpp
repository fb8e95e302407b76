#include "homeworkservice.h"

#include "clock.h"
#include "courseservice.h"
#include "protocol/errorcodes.h"
#include "protocol/limits.h"
#include "storage/courserepository.h"
#include "storage/database.h"
#include "storage/homeworkrepository.h"
#include "storage/notificationrepository.h"
#include "storage/sql.h"

using namespace Qt::StringLiterals;

namespace guild::server {

using namespace protocol;
using namespace protocol::course;

HomeworkService::HomeworkService(Database &database, CourseService &courses)
    : m_database(database)
    , m_courses(courses)
{}

Result<Homework> HomeworkService::submit(const AuthUser &member, qint64 lessonId, const QString &body)
{
    if (body.trimmed().isEmpty() || body.size() > limits::HomeworkMax) {
        return ApiError::badRequest(errors::InvalidField,
                                    u"Homework must be 1 to %1 characters."_s.arg(limits::HomeworkMax));
    }
    const Result<Lesson> lesson = m_courses.lesson(member, lessonId);
    if (!lesson.ok()) {
        return lesson.error();
    }
    if (lesson.value().homeworkPrompt.isEmpty()) {
        return ApiError::badRequest(errors::InvalidField, u"This lesson asks for no homework."_s);
    }
    QSqlDatabase db = m_database.connection();
    HomeworkRepository repo(db);
    sql::Transaction tx(db);
    for (const Homework &h : repo.mine(member.id, lessonId)) {
        if (h.status == HomeworkStatus::Submitted) {
            return ApiError::conflict(errors::Conflict, u"Your last submission is still waiting for review."_s);
        }
    }
    const qint64 id = repo.submit(member.id, lessonId, lesson.value().courseId, body, nowMs());
    tx.commit();
    return *repo.find(id);
}

Result<QList<Homework>> HomeworkService::mine(const AuthUser &member, qint64 lessonId)
{
    if (const Result<Lesson> lesson = m_courses.lesson(member, lessonId); !lesson.ok()) {
        return lesson.error();
    }
    return HomeworkRepository(m_database.connection()).mine(member.id, lessonId);
}

Result<QList<Homework>> HomeworkService::queue(const AuthUser &reviewer)
{
    if (!reviewer.canPublish()) {
        return ApiError::forbidden(errors::Forbidden, u"Only authors and admins review homework."_s);
    }
    return HomeworkRepository(m_database.connection()).queue(reviewer.isAdmin() ? 0 : reviewer.id, 200);
}

Result<Homework> HomeworkService::review(const AuthUser &reviewer, qint64 homeworkId, HomeworkStatus verdict,
                                         const QString &comment)
{
    if (verdict == HomeworkStatus::Submitted) {
        return ApiError::badRequest(errors::InvalidField, u"'verdict' is pass or revise."_s);
    }
    if (comment.size() > limits::ReviewCommentMax) {
        return ApiError::badRequest(errors::InvalidField,
                                    u"'comment' must be at most %1 characters."_s.arg(limits::ReviewCommentMax));
    }
    QSqlDatabase db = m_database.connection();
    HomeworkRepository repo(db);
    const auto homework = repo.find(homeworkId);
    if (!homework) {
        return ApiError::notFound(u"No such homework."_s);
    }
    const auto course = CourseRepository(db).course(homework->courseId);
    if (!reviewer.isAdmin() && (!course || course->authorId != reviewer.id)) {
        return ApiError::forbidden(errors::Forbidden, u"Only the course's author or an admin reviews this."_s);
    }
    const qint64 member = repo.ownerOf(homeworkId);
    sql::Transaction tx(db);
    if (!repo.review(homeworkId, reviewer.id, verdict, comment, nowMs())) {
        return ApiError::conflict(errors::Conflict, u"This homework has been reviewed already."_s);
    }
    // The text is the lesson's title; the client words the message in the member's language.
    NotificationRepository(db).notify(member,
                                      verdict == HomeworkStatus::Passed ? u"homework.passed"_s : u"homework.revise"_s,
                                      homework->lessonTitle, homeworkId, nowMs());
    tx.commit();
    if (verdict == HomeworkStatus::Passed) {
        m_courses.markDone(member, homework->memberName, homework->courseId, homework->lessonId);
    }
    return *repo.find(homeworkId);
}

QList<Notification> HomeworkService::notifications(const AuthUser &member)
{
    return NotificationRepository(m_database.connection()).latest(member.id, 100);
}

void HomeworkService::markRead(const AuthUser &member, const QList<qint64> &ids)
{
    NotificationRepository(m_database.connection()).markRead(member.id, ids, nowMs());
}

} // namespace guild::server
