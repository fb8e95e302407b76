#pragma once

#include "protocol/api/authoring.h"
#include "protocol/course.h"

#include <QWidget>

#include <array>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace guild::app {
class ImageUploader;
}

namespace guild::ui {

class PictureInserter;

/// One lesson as its author edits it: title, kind, free preview, the Markdown text, homework, a
/// quiz written as plain text (models::QuizText, checked as it is typed), and for a video lesson its
/// upload with progress and a way to cancel.
class LessonForm final : public QWidget
{
    Q_OBJECT
public:
    explicit LessonForm(QWidget *parent = nullptr);

    /// `summary` says what the outline knows (preview, video size); `lesson` the content, once loaded.
    void setLesson(const protocol::course::LessonSummary &summary, const protocol::course::Lesson &lesson);
    qint64 lessonId() const { return m_lessonId; }
    /// The form as the server takes it, or nothing with the reason shown (a quiz that does not read).
    std::optional<protocol::LessonInput> input();

    /// The upload's progress: `total` 0 hides it.
    void showUpload(qint64 received, qint64 total, bool running, const QString &status);

    QLineEdit *titleEdit() const { return m_title; }
    QComboBox *kindBox() const { return m_kind; }
    QPlainTextEdit *bodyEdit() const { return m_body; }
    QPlainTextEdit *quizEdit() const { return m_quiz; }
    QLabel *quizStatus() const { return m_quizStatus; }
    QPushButton *uploadButton() const { return m_upload; }
    QPushButton *cancelUploadButton() const { return m_cancelUpload; }
    QProgressBar *uploadProgress() const { return m_progress; }
    QPushButton *saveButton() const { return m_save; }
    /// Offers "Insert picture…" for the lesson's text, sent through `uploader`.
    void setPictures(app::ImageUploader &uploader);
    PictureInserter *pictures() const { return m_pictures; }
    QPushButton *pictureButton() const { return m_insertPicture; }
    QLabel *pictureStatus() const { return m_pictureStatus; }

Q_SIGNALS:
    void saveRequested();
    /// The author chose a video file for this lesson.
    void uploadRequested(qint64 lessonId, const QString &path);
    void cancelUploadRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildLayout();
    void retranslate();
    void updateKind();
    void checkQuiz();

    qint64 m_lessonId = 0;
    qint64 m_videoBytes = 0;
    QLineEdit *m_title;
    QComboBox *m_kind;
    QCheckBox *m_preview;
    QPlainTextEdit *m_body;
    QLineEdit *m_homework;
    QPlainTextEdit *m_quiz;
    QLabel *m_quizStatus;
    QLabel *m_video;
    QPushButton *m_upload;
    QProgressBar *m_progress;
    QPushButton *m_cancelUpload;
    QPushButton *m_save;
    QPushButton *m_insertPicture;
    QLabel *m_pictureStatus;
    PictureInserter *m_pictures = nullptr;
    std::array<QLabel *, 5> m_labels{};
};

} // namespace guild::ui
