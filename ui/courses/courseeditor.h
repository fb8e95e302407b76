#pragma once

#include "protocol/course.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTreeView;

namespace guild::app {
class ImageUploader;
class CourseAuthoringService;
class PictureCache;
class VideoUploader;
} // namespace guild::app
namespace guild::models {
class CourseOutlineModel;
}

namespace guild::ui {

class CourseForm;
class LessonForm;

/// Where authors make courses: pick one of theirs (or start one), arrange its sections and lessons
/// by drag and drop, edit the course, a section or a lesson beside the outline, upload a lesson's
/// video with progress, and publish. Every change goes to the server at once.
class CourseEditor final : public QWidget
{
    Q_OBJECT
public:
    CourseEditor(app::CourseAuthoringService &authoring, app::VideoUploader &uploader, QWidget *parent = nullptr);

    /// Loads the courses the member may edit.
    void reload();
    /// Where the course form's cover preview comes from.
    void setCovers(app::PictureCache &covers);
    /// Lets authors put pictures into lessons' text.
    void setPictures(app::ImageUploader &uploader);

    QComboBox *courseBox() const { return m_courseBox; }
    QTreeView *outline() const { return m_outline; }
    models::CourseOutlineModel *outlineModel() const { return m_model; }
    CourseForm *courseForm() const { return m_courseForm; }
    LessonForm *lessonForm() const { return m_lessonForm; }
    QPushButton *newCourseButton() const { return m_newCourse; }
    QPushButton *addSectionButton() const { return m_addSection; }
    QPushButton *addLessonButton() const { return m_addLesson; }
    QLabel *noticeLabel() const { return m_notice; }

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void buildLayout();
    void wire();
    void retranslate();
    /// Shows the form for what is selected: the course, a section, or a lesson (loading its content).
    void showSelected();
    void addSection();
    void addLesson();
    void deleteSelected();
    qint64 selectedSectionId() const;

    app::CourseAuthoringService &m_authoring;
    app::VideoUploader &m_uploader;
    app::PictureCache *m_covers = nullptr;
    models::CourseOutlineModel *m_model;
    QComboBox *m_courseBox;
    QPushButton *m_newCourse;
    QTreeView *m_outline;
    QPushButton *m_addSection;
    QPushButton *m_addLesson;
    QPushButton *m_delete;
    QStackedWidget *m_forms;
    QLabel *m_hint;
    CourseForm *m_courseForm;
    QWidget *m_sectionPage;
    QLineEdit *m_sectionTitle;
    QPushButton *m_saveSection;
    LessonForm *m_lessonForm;
    QLabel *m_notice;
    protocol::course::Course m_course;
    /// A lesson to select once the course comes back (one just added).
    qint64 m_selectLesson = 0;
};

} // namespace guild::ui
