#pragma once

#include "protocol/course.h"

#include <QObject>
#include <QTimer>
#include <QUrl>

namespace guild::models {
class CourseListModel;
class SyllabusModel;
} // namespace guild::models

namespace guild::app {

class ApiClient;
class LocalCache;
class WriteOutbox;

/// Courses for the UI, offline first: the catalogue, course pages and lessons come from the cache at
/// once and are refreshed from the server; progress is written to the cache before it is sent (so
/// learning offline counts, and survives a restart), then sent in batches whenever the server answers.
/// Quiz answers and homework go through the write outbox: handed in offline, they reach the server later.
class CourseService final : public QObject
{
    Q_OBJECT
public:
    CourseService(ApiClient &api, LocalCache &cache, WriteOutbox &outbox, models::CourseListModel &courses,
                  models::SyllabusModel &syllabus, QObject *parent = nullptr);

    /// Shows the cached catalogue, then asks the server for the current one (and sends waiting progress).
    void refresh();
    /// Shows the cached catalogue as it is now (the lease closed some courses), and the open course again.
    void reloadCached();
    void openCourse(qint64 courseId);
    qint64 openCourseId() const;
    void openLesson(qint64 lessonId);
    void enroll(qint64 courseId);
    /// Opens a checkout for a course sold on its own; the payment page comes back in checkoutReady.
    void buyCourse(qint64 courseId);
    /// Progress made here on a lesson of the open course (clientTs 0: now).
    void recordProgress(qint64 courseId, protocol::course::LessonProgress progress);
    /// Sends the progress waiting in the cache; safe to call any time.
    void flushProgress();
    void answerQuiz(qint64 lessonId, const QList<QList<int>> &answers);
    void submitHomework(qint64 lessonId, const QString &body);
    void loadHomework(qint64 lessonId);
    /// Asks for the member's notifications (homework reviews); unread ones arrive with notificationsArrived.
    void fetchNotifications();
    void markNotificationsRead(const QList<qint64> &ids);
    /// The certificate as the server vouches for it (for the PDF); answers with certificateReady.
    void fetchCertificate(const QString &id);
    /// Where anyone can check a certificate.
    QUrl certificateUrl(const QString &id) const;
    /// A streaming URL for a video lesson (signed by the server, valid for an hour).
    void requestVideoUrl(qint64 lessonId);

Q_SIGNALS:
    void catalogueLoaded();
    void courseOpened(const guild::protocol::course::Course &course);
    void courseUnavailable(qint64 courseId, const QString &message);
    void lessonOpened(const guild::protocol::course::Lesson &lesson);
    void lessonUnavailable(qint64 lessonId, const QString &message);
    void quizGraded(qint64 lessonId, const guild::protocol::course::QuizResult &result);
    void homeworkLoaded(qint64 lessonId, const QList<guild::protocol::course::Homework> &homework);
    void homeworkSubmitted(const guild::protocol::course::Homework &homework);
    /// Quiz answers or homework for `lessonId` are kept and go when the server can be reached.
    void handedInOffline(qint64 lessonId, const QString &message);
    void notificationsArrived(const QList<guild::protocol::course::Notification> &unread);
    /// The newest notifications, read or not (the notification centre's list).
    void notificationsLoaded(const QList<guild::protocol::course::Notification> &notifications);
    void videoUrlReady(qint64 lessonId, const QUrl &url);
    /// The provider's page to pay for `courseId`, for the system browser.
    void checkoutReady(qint64 courseId, const QUrl &url);
    void certificateReady(const guild::protocol::course::Certificate &certificate);
    /// All waiting progress reached the server.
    void progressFlushed();
    /// The member finished a lesson here (it was not done before).
    void lessonCompleted(qint64 lessonId);
    void requestFailed(const QString &message);

private:
    void showCourse(const protocol::course::Course &course);
    void storeCourse(const protocol::course::Course &course);

    ApiClient &m_api;
    WriteOutbox &m_outbox;
    LocalCache &m_cache;
    models::CourseListModel &m_courses;
    models::SyllabusModel &m_syllabus;
    qint64 m_openingLesson = 0;
    bool m_flushing = false;
    bool m_flushAgain = false;
    QTimer m_flushDebounce;
};

} // namespace guild::app
