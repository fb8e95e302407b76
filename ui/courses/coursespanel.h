#pragma once

#include <QUrl>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QStackedWidget;

namespace guild::app {
class CourseService;
class DownloadService;
class PictureCache;
} // namespace guild::app
namespace guild::models {
class CourseFilterModel;
class CourseListModel;
class SyllabusModel;
} // namespace guild::models

namespace guild::ui {

class CoursePage;

/// The course library: a grid of courses with filters (enrolled, in progress, completed, free,
/// downloaded) and search; opening one shows its page with the syllabus and the lesson player.
class CoursesPanel final : public QWidget
{
    Q_OBJECT
public:
    CoursesPanel(app::CourseService &courses, app::DownloadService &downloads, models::CourseListModel &list,
                 models::SyllabusModel &syllabus, QWidget *parent = nullptr);

    /// Cover pictures on the library's tiles.
    void setCovers(app::PictureCache &covers);
    QListView *library() const { return m_library; }
    QComboBox *filterBox() const { return m_filter; }
    QLineEdit *searchBox() const { return m_search; }
    CoursePage *coursePage() const { return m_page; }
    models::CourseFilterModel *filterModel() const { return m_filtered; }
    void openCourse(qint64 courseId);
    /// Opens the course and, once it is shown, its lesson `lessonId` (from a notification).
    void openLesson(qint64 courseId, qint64 lessonId);

Q_SIGNALS:
    void notice(const QString &message);
    void openUrlRequested(const QUrl &url);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateEmpty();

    app::CourseService &m_courses;
    models::CourseListModel &m_list;
    models::CourseFilterModel *m_filtered;
    QStackedWidget *m_stack;
    QLabel *m_heading;
    QComboBox *m_filter;
    QLineEdit *m_search;
    QListView *m_library;
    QLabel *m_empty;
    CoursePage *m_page;
    qint64 m_pendingLesson = 0; ///< to open once its course is shown
};

} // namespace guild::ui
