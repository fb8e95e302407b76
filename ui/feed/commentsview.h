#pragma once

#include "models/commentlistmodel.h"

#include <QWidget>

class QLabel;
class QListView;
class QPlainTextEdit;
class QPushButton;

namespace guild::app {
class PictureCache;
}

namespace guild::ui {

/// The comments under an article: the list (Markdown by other people, rendered safely), more on demand,
/// and a box to write one. Loading and sending are asked for with signals; results come back through
/// the show* slots, matched to the article they belong to.
class CommentsView final : public QWidget
{
    Q_OBJECT
public:
    explicit CommentsView(QWidget *parent = nullptr);

    /// Authors' pictures beside their names.
    void setAvatars(app::PictureCache &avatars);
    /// Starts over with the comments of `articleId` (asks for the first page).
    void showFor(qint64 articleId);
    qint64 articleId() const { return m_model.articleId(); }

    void showComments(qint64 articleId, const QList<protocol::Comment> &comments, bool first, bool more);
    void showLoadFailed(qint64 articleId, const QString &message);
    void showPosted(const protocol::Comment &comment);
    void showPostFailed(qint64 articleId, const QString &message);

    const models::CommentListModel &model() const { return m_model; }
    QListView *list() const { return m_list; }
    QPlainTextEdit *editor() const { return m_editor; }
    QPushButton *sendButton() const { return m_send; }
    QPushButton *moreButton() const { return m_more; }
    QLabel *status() const { return m_status; }

Q_SIGNALS:
    void loadRequested(qint64 articleId, qint64 afterId);
    void postRequested(qint64 articleId, const QString &body);

protected:
    void changeEvent(QEvent *event) override;

private:
    void send();
    void updateState();
    void retranslate();

    models::CommentListModel m_model;
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
