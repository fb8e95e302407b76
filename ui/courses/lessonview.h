#pragma once

#include "protocol/course.h"

#include <QWidget>

class QHBoxLayout;
class QLabel;
class QPushButton;

namespace guild::app {
class CourseService;
class DownloadService;
} // namespace guild::app
namespace guild::models {
class SyllabusModel;
}

namespace guild::ui {

class HomeworkBox;
class QuizView;
class SafeTextBrowser;
class VideoPlayer;

/// One lesson: its Markdown text, its video (the downloaded file when there is one, else a signed
/// stream) resuming where the member stopped, its quiz, its homework; progress is recorded as the
/// member goes (opened, position, done).
class LessonView final : public QWidget
{
    Q_OBJECT
public:
    LessonView(app::CourseService &courses, app::DownloadService &downloads, models::SyllabusModel &syllabus,
               QWidget *parent = nullptr);

    void showLesson(const protocol::course::Lesson &lesson);
    void showUnavailable(const QString &message);
    /// Stops the video (leaving the lesson), saving where it was.
    void leave();
    qint64 lessonId() const { return m_lesson.id; }
    VideoPlayer *player() const { return m_player; }
    QuizView *quiz() const { return m_quiz; }
    HomeworkBox *homework() const { return m_homework; }
    SafeTextBrowser *body() const { return m_body; }
    QPushButton *doneButton() const { return m_done; }
    /// The lesson shown (id 0 when none), with its text.
    const protocol::course::Lesson &shownLesson() const { return m_lesson; }
    /// A tool of someone else's in the row of buttons under the lesson (bookmark, export).
    void addActionWidget(QWidget *widget);

Q_SIGNALS:
    void openLessonRequested(qint64 lessonId);
    /// A lesson is now shown (its text laid out in body()).
    void lessonShown(const guild::protocol::course::Lesson &lesson);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void record(bool done, std::optional<double> position);

    app::CourseService &m_courses;
    app::DownloadService &m_downloads;
    models::SyllabusModel &m_syllabus;
    protocol::course::Lesson m_lesson;
    QLabel *m_title;
    QLabel *m_notice;
    SafeTextBrowser *m_body;
    VideoPlayer *m_player;
    QuizView *m_quiz;
    HomeworkBox *m_homework;
    QPushButton *m_done;
    QPushButton *m_next;
    QHBoxLayout *m_buttons;
};

} // namespace guild::ui
