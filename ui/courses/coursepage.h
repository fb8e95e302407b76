#pragma once

#include "protocol/course.h"

#include <QUrl>
#include <QWidget>

class QLabel;
class QListView;
class QProgressBar;
class QPushButton;

namespace guild::app {
class CourseService;
class DownloadService;
} // namespace guild::app
namespace guild::models {
class SyllabusModel;
}

namespace guild::ui {

class LessonView;

/// One course: what it is and costs, the member's progress, Enroll / Continue, offline download with
/// its progress (pause, resume, remove), the certificate once earned, the syllabus with each lesson's
/// state, and the lesson being studied beside it.
class CoursePage final : public QWidget
{
    Q_OBJECT
public:
    CoursePage(app::CourseService &courses, app::DownloadService &downloads, models::SyllabusModel &syllabus,
               QWidget *parent = nullptr);

    void showCourse(const protocol::course::Course &course);
    qint64 courseId() const { return m_course.id; }
    void openLesson(qint64 lessonId);
    QListView *syllabusList() const { return m_syllabusList; }
    LessonView *lessonView() const { return m_lesson; }
    QPushButton *enrollButton() const { return m_enroll; }
    QPushButton *buyButton() const { return m_buy; }
    QPushButton *continueButton() const { return m_continue; }
    QPushButton *downloadButton() const { return m_download; }
    QPushButton *pauseButton() const { return m_pause; }
    QPushButton *certificateButton() const { return m_certificate; }
    QProgressBar *downloadBar() const { return m_downloadBar; }

Q_SIGNALS:
    void backRequested();
    /// A page for the system browser (the payment provider's checkout).
    void openUrlRequested(const QUrl &url);
    /// A notice for the status bar (certificate saved, a request refused).
    void notice(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateDownload();
    void exportCertificate(const protocol::course::Certificate &certificate);

    app::CourseService &m_courses;
    app::DownloadService &m_downloads;
    models::SyllabusModel &m_syllabus;
    protocol::course::Course m_course;
    QPushButton *m_back;
    QLabel *m_title;
    QLabel *m_meta;
    QLabel *m_description;
    QProgressBar *m_progress;
    QPushButton *m_enroll;
    QPushButton *m_buy;
    QPushButton *m_continue;
    QPushButton *m_download;
    QPushButton *m_pause;
    QPushButton *m_remove;
    QPushButton *m_certificate;
    QProgressBar *m_downloadBar;
    QLabel *m_downloadText;
    QListView *m_syllabusList;
    LessonView *m_lesson;
    QString m_certificatePath;
    /// A checkout was opened for this course: coming back to the window looks whether it is paid.
    qint64 m_awaitingPurchase = 0;
};

} // namespace guild::ui
