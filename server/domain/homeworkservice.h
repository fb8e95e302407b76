#pragma once

#include "authuser.h"
#include "protocol/course.h"
#include "result.h"

namespace guild::server {

class CourseService;
class Database;

/// Homework (作业): members hand in text or code for a lesson that asks for it; the course's author
/// (or an admin) reviews it with a comment, pass or revise, and the member is notified.
class HomeworkService final
{
public:
    HomeworkService(Database &database, CourseService &courses);

    Result<protocol::course::Homework> submit(const AuthUser &member, qint64 lessonId, const QString &body);
    Result<QList<protocol::course::Homework>> mine(const AuthUser &member, qint64 lessonId);
    /// What waits for review: the reviewer's own courses, or every course for admins.
    Result<QList<protocol::course::Homework>> queue(const AuthUser &reviewer);
    Result<protocol::course::Homework> review(const AuthUser &reviewer, qint64 homeworkId,
                                              protocol::course::HomeworkStatus verdict, const QString &comment);
    QList<protocol::course::Notification> notifications(const AuthUser &member);
    void markRead(const AuthUser &member, const QList<qint64> &ids);

private:
    Database &m_database;
    CourseService &m_courses;
};

} // namespace guild::server
