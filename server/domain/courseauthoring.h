#pragma once

#include "authuser.h"
#include "protocol/api/authoring.h"
#include "result.h"

namespace guild::server {

class CourseService;
class Database;

/// Courses as their authors make them: drafts, sections, text/quiz/video lessons, their order,
/// publishing. An author edits their own courses, an admin any; every change is audited.
class CourseAuthoring final
{
public:
    CourseAuthoring(Database &database, CourseService &courses);

    Result<protocol::course::Course> create(const AuthUser &author, const protocol::CourseInput &input);
    Result<protocol::course::Course> update(const AuthUser &author, qint64 courseId,
                                            const protocol::CourseInput &input);
    Result<protocol::course::Course> addSection(const AuthUser &author, qint64 courseId, const QString &title);
    Result<protocol::course::Course> renameSection(const AuthUser &author, qint64 sectionId, const QString &title);
    /// Only an empty section goes: lessons are deleted on their own, so none is lost by accident.
    Result<Done> deleteSection(const AuthUser &author, qint64 sectionId);
    Result<protocol::course::LessonSummary> addLesson(const AuthUser &author, qint64 courseId,
                                                      const protocol::LessonInput &input);
    Result<protocol::course::LessonSummary> editLesson(const AuthUser &author, qint64 lessonId,
                                                       const protocol::LessonInput &input);
    Result<Done> deleteLesson(const AuthUser &author, qint64 lessonId);
    /// A PNG or JPEG (at most CoverBytesMax); empty removes it.
    Result<Done> setCover(const AuthUser &author, qint64 courseId, const QByteArray &image);
    /// The cover of a course `viewer` can see, with its type; 404 when there is none.
    Result<std::pair<QByteArray, QByteArray>> cover(const AuthUser &viewer, qint64 courseId);
    Result<protocol::course::Course> reorder(const AuthUser &author, qint64 courseId,
                                             const protocol::CourseOrder &order);

    /// The course's id if `author` may edit it (404 for a course they cannot see, 403 otherwise).
    Result<qint64> editableCourse(const AuthUser &author, qint64 courseId);
    /// The same, by one of the course's lessons.
    Result<qint64> editableLesson(const AuthUser &author, qint64 lessonId);

private:
    /// The course of a section `author` may edit (404 for a section they cannot see).
    Result<qint64> editableSection(const AuthUser &author, qint64 sectionId);
    /// Runs `edit` (transaction, repository) -> std::optional<ApiError> on a course `author` may edit,
    /// in one transaction committed unless it refuses; answers the course as it now stands.
    template <typename Edit>
    Result<protocol::course::Course> editCourse(const AuthUser &author, qint64 courseId, Edit edit);
    Result<protocol::course::LessonSummary> summaryOf(const AuthUser &author, qint64 courseId, qint64 lessonId);

    Database &m_database;
    CourseService &m_courses;
};

} // namespace guild::server
