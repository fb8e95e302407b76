#pragma once

#include "models/commentlistmodel.h"
#include "models/pendingwrite.h"

#include <QWidget>

#include <functional>

class QLabel;
class QListView;
class QPlainTextEdit;
class QPushButton;

namespace guild::app {
class DraftService;
class PictureCache;
} // namespace guild::app

namespace guild::ui {

class DraftBinding;

/// The comments under an article: the list (Markdown by other people, rendered safely), more on demand,
/// and a box to write one. Loading and sending are asked for with signals; results come back through
/// the show* slots, matched to the article they belong to. The member's own comments show at once, as
/// sending (offline too), and a refused one says why and offers to send it again or discard it.
class CommentsView final : public QWidget
{
    Q_OBJECT
public:
    explicit CommentsView(QWidget *parent = nullptr);

    /// Authors' pictures beside their names.
    void setAvatars(app::PictureCache &avatars);
    /// Comments show the community's pictures, as thumbnails.
    void setImages(app::PictureCache &images);
    /// What the member types is kept as a draft per article.
    void setDrafts(app::DraftService &drafts);
    /// Starts over with the comments of `articleId` (asks for the first page).
    void showFor(qint64 articleId);
    qint64 articleId() const { return m_model.articleId(); }

    void showComments(qint64 articleId, const QList<protocol::Comment> &comments, bool first, bool more);
    /// Offline: the comments shown are the kept ones, as of when `note` says.
    void showKept(qint64 articleId, const QString &note);
    void showLoadFailed(qint64 articleId, const QString &message);
    /// Where the member's comments still on their way come from (DiscussionService::pendingComments).
    void setPendingLookup(std::function<QList<models::PendingWrite>(qint64 articleId)> lookup);
    void showQueued(qint64 articleId, const models::PendingWrite &write);
    void showPosted(const protocol::Comment &comment, qint64 writeId);
    /// `writeId` 0: the comment was not accepted for sending at all (its text stays in the box).
    void showPostFailed(qint64 articleId, const QString &message, qint64 writeId);
    void showDiscarded(qint64 articleId, qint64 writeId);

    const models::CommentListModel &model() const { return m_model; }
    QListView *list() const { return m_list; }
    QPlainTextEdit *editor() const { return m_editor; }
    QPushButton *sendButton() const { return m_send; }
    QPushButton *moreButton() const { return m_more; }
    QLabel *status() const { return m_status; }

Q_SIGNALS:
    void loadRequested(qint64 articleId, qint64 afterId);
    void postRequested(qint64 articleId, const QString &body);
    void retryRequested(qint64 writeId);
    void discardRequested(qint64 writeId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void send();
    void updateState();
    void retranslate();
    /// A comment's menu: copy its text or code; for the member's own refused one, send again or discard.
    void showRowMenu(const QPoint &at);
    void reloadPending();

    models::CommentListModel m_model;
    DraftBinding *m_draft;
    std::function<QList<models::PendingWrite>(qint64)> m_pendingLookup;
    QLabel *m_empty;
    QListView *m_list;
    QPushButton *m_more;
    QPlainTextEdit *m_editor;
    QPushButton *m_send;
    QLabel *m_status;
    bool m_loading = false;
    bool m_sending = false;
    bool m_tooLong = false;
    QString m_loadError;
};

} // namespace guild::ui
