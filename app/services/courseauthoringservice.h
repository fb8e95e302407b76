#pragma once

#include "protocol/api/authoring.h"
#include "protocol/course.h"

#include <QObject>

namespace guild::app {

class ApiClient;

/// Making courses from the client (authors and admins): the courses one may edit, a course's
/// outline, its sections and lessons, their order, publishing. Every change answers with the course as
/// it now stands; refusals come back as messages. Online only: an editor works on the server's copy.
class CourseAuthoringService final : public QObject
{
    Q_OBJECT
public:
    explicit CourseAuthoringService(ApiClient &api, QObject *parent = nullptr);

    /// The courses the member may edit, drafts included; answers with coursesLoaded.
    void loadCourses();
    /// A course with its outline; answers with courseLoaded.
    void loadCourse(qint64 courseId);
    /// A lesson with its text and, for a quiz, the questions with their answers; answers with lessonLoaded.
    void loadLesson(qint64 lessonId);

    void createCourse(const protocol::CourseInput &input);
    void updateCourse(qint64 courseId, const protocol::CourseInput &input);
    void addSection(qint64 courseId, const QString &title);
    void renameSection(qint64 courseId, qint64 sectionId, const QString &title);
    void deleteSection(qint64 courseId, qint64 sectionId);
    void addLesson(qint64 courseId, const protocol::LessonInput &input);
    void editLesson(qint64 courseId, qint64 lessonId, const protocol::LessonInput &input);
    void deleteLesson(qint64 courseId, qint64 lessonId);
    void reorder(qint64 courseId, const protocol::CourseOrder &order);
    /// A PNG or JPEG already made small (at most CoverBytesMax); empty removes the cover.
    void setCover(qint64 courseId, const QByteArray &image);

Q_SIGNALS:
    void coursesLoaded(const QList<guild::protocol::course::Course> &courses);
    void courseLoaded(const guild::protocol::course::Course &course);
    void lessonLoaded(const guild::protocol::course::Lesson &lesson);
    /// A lesson was added: the editor selects it.
    void lessonAdded(qint64 courseId, qint64 lessonId);
    void notice(const QString &message, bool ok);
    /// The server took a course's new cover (empty: removed).
    void coverChanged(qint64 courseId, const QByteArray &image);

private:
    /// After a change: the message, then the course (and the list, whose titles and states may change).
    void changed(qint64 courseId, bool ok, const QString &done, const QString &error);

    ApiClient &m_api;
};

} // namespace guild::app
