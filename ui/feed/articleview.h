#pragma once

#include "protocol/types.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QFrame;
class QSplitter;
class QToolButton;

namespace guild::ui {

class CommentsView;
class PollView;
class SafeTextBrowser;

/// The reader: title, byline, tags, like and comments, and the Markdown body; a locked article shows its
/// tier and a way to upgrade.
class ArticleView final : public QWidget
{
    Q_OBJECT
public:
    explicit ArticleView(QWidget *parent = nullptr);

    void showArticle(const protocol::Article &article);
    /// Shows what is known of an article that cannot be read in full, with the reason.
    void showUnavailable(const protocol::Article &article, const QString &reason);
    void clear();
    SafeTextBrowser *browser() const { return m_body; }
    /// The article's poll, shown when it has one; filled by whoever fetches polls.
    PollView *pollView() const { return m_poll; }
    /// The comments under the article, shown when the member opens them (and kept open for the next).
    CommentsView *commentsView() const { return m_comments; }
    QToolButton *likeButton() const { return m_like; }
    QToolButton *commentsButton() const { return m_commentsToggle; }
    QToolButton *editButton() const { return m_edit; }
    /// The table of contents of a long article (hidden for fewer than three headings).
    QToolButton *contentsButton() const { return m_contents; }
    QLabel *metaLabel() const { return m_meta; }
    /// Authors and admins see Edit (the server decides whose articles each may change).
    void setCanPublish(bool canPublish);
    /// A tool of someone else's in the row of actions under the title (bookmark, export).
    void addActionWidget(QWidget *widget);
    /// The article shown and readable (id 0 when none), with its body.
    protocol::Article shownArticle() const;
    /// New counts or like state for the article shown (ignored for any other); the body stays.
    void updateArticle(const protocol::Article &article);
    /// A like could not be changed: the button goes back to what the server last said.
    void showLikeFailed(qint64 articleId);

Q_SIGNALS:
    void upgradeRequested();
    void likeRequested(qint64 articleId, bool liked);
    /// The member scrolled to the end of the article (once per article shown).
    void readToEnd(qint64 articleId);
    /// An author or admin wants to change the article shown (it comes with its body).
    void editRequested(const guild::protocol::Article &article);
    /// The member chose one of the article's tags: browse the feed by it.
    void tagActivated(const QString &tag);
    /// A readable article is now shown (its body laid out in browser()).
    void articleShown(const guild::protocol::Article &article);

protected:
    void changeEvent(QEvent *event) override;

private:
    void showHeader(const protocol::Article &article);
    void showActions(bool show);
    void updateActionTexts();
    void retranslate();

    QLabel *m_title;
    QLabel *m_meta;
    QFrame *m_lockBanner;
    QLabel *m_lockText;
    QPushButton *m_upgrade;
    QWidget *m_actions;
    QToolButton *m_like;
    QToolButton *m_commentsToggle;
    QToolButton *m_edit;
    QToolButton *m_contents;
    QSplitter *m_split;
    SafeTextBrowser *m_body;
    PollView *m_poll;
    CommentsView *m_comments;
    QLabel *m_empty;
    qint64 m_articleId = 0;
    protocol::Article m_shown; ///< counts and like state of the article shown, without the body
    bool m_reachedEnd = false;
    QString m_shownBody; ///< for Edit
    bool m_canPublish = false;
};

} // namespace guild::ui
