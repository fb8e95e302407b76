#pragma once

#include "protocol/types.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;

namespace guild::app {
class ImageUploader;
class PictureCache;
class DraftService;
class PublishingService;
} // namespace guild::app
namespace guild::protocol {
struct ArticleInput;
} // namespace guild::protocol

namespace guild::ui {

class DraftBinding;
class PictureInserter;
class SafeTextBrowser;

/// Where authors write a post: title, tags, who may read it, Markdown with a preview, digest and pin
/// flags, publishing now or at a chosen time, and an optional poll. Closes once the server took it;
/// on an error the text stays so nothing is lost and trying again is safe.
class ArticleComposer final : public QDialog
{
    Q_OBJECT
public:
    ArticleComposer(app::PublishingService &publishing, QWidget *parent = nullptr);

    QLineEdit *titleEdit() const { return m_title; }
    QLineEdit *tagsEdit() const { return m_tags; }
    QPlainTextEdit *bodyEdit() const { return m_body; }
    QCheckBox *laterBox() const { return m_later; }
    QDateTimeEdit *publishAtEdit() const { return m_publishAt; }
    QGroupBox *pollBox() const { return m_poll; }
    QLineEdit *pollQuestionEdit() const { return m_pollQuestion; }
    QPlainTextEdit *pollOptionsEdit() const { return m_pollOptions; }
    QPushButton *publishButton() const;
    QLabel *errorLabel() const { return m_error; }
    QListWidget *waitingList() const { return m_waiting; }

    protocol::ArticleInput draft() const;
    /// Edits `article` (with its body) instead of writing a new one: Save sends the changes, and
    /// Delete… is offered.
    void editArticle(const protocol::Article &article);
    /// A new post's title, tags and text are kept as drafts as they are typed, and come back in the next
    /// composer.
    void keepDraft(app::DraftService &drafts);
    /// Offers "Insert picture…": the picture is sent to the server and its Markdown put at the cursor;
    /// the preview shows it from `images`.
    void setImages(app::ImageUploader &uploader, app::PictureCache &images);
    /// Sends the picture at path and puts it at the cursor (what Insert picture… does once chosen).
    void insertPicture(const QString &path);
    QPushButton *pictureButton() const { return m_picture; }
    qint64 editing() const { return m_editId; }
    QPushButton *deleteButton() const { return m_delete; }

private:
    /// What is missing or wrong before asking the server, or empty.
    QString problem() const;
    void submit();
    /// Says why the article cannot go yet (empty: nothing to say).
    void showError(const QString &why);
    void updatePublishText();

    app::PublishingService &m_publishing;
    QLineEdit *m_title;
    QLineEdit *m_tags;
    QComboBox *m_tier;
    QTabWidget *m_tabs;
    QPlainTextEdit *m_body;
    QList<DraftBinding *> m_drafts; ///< a new post's title, tags and body
    SafeTextBrowser *m_preview;
    QCheckBox *m_featured;
    QCheckBox *m_pinned;
    QCheckBox *m_later;
    QDateTimeEdit *m_publishAt;
    QGroupBox *m_poll;
    QLineEdit *m_pollQuestion;
    QPlainTextEdit *m_pollOptions;
    QCheckBox *m_pollMultiple;
    QCheckBox *m_pollCloses;
    QDateTimeEdit *m_pollClosesAt;
    QListWidget *m_waiting;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    QPushButton *m_delete;
    QPushButton *m_picture = nullptr;
    PictureInserter *m_pictures = nullptr;
    qint64 m_editId = 0;
    bool m_hadPoll = false;
    QList<protocol::Article> m_scheduled;
};

} // namespace guild::ui
