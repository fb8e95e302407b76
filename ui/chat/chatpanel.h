#pragma once

#include <QPlainTextEdit>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;
class QPushButton;

namespace guild::app {
class PictureCache;
class ChatService;
} // namespace guild::app
namespace guild::models {
class ChannelListModel;
class ChatMessageModel;
class ChatSearchModel;
} // namespace guild::models

namespace guild::ui {

class MessageActions;
class NewestFollower;
class StickyRunHeader;
class ThreadView;

/// The message box: Enter sends, Shift+Enter starts a new line, pasted code keeps its layout.
class ComposerEdit final : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit ComposerEdit(QWidget *parent = nullptr);

Q_SIGNALS:
    void submitted();
    void cancelled();

protected:
    void keyPressEvent(QKeyEvent *event) override;
};

/// Chat: channels with unread badges on the left, the conversation and the composer on the right.
class ChatPanel final : public QWidget
{
    Q_OBJECT
public:
    ChatPanel(app::ChatService &chat, models::ChannelListModel &channels, models::ChatMessageModel &messages,
              QWidget *parent = nullptr);

    QListView *channelList() const { return m_channelList; }
    QListView *messageList() const { return m_messageList; }
    ComposerEdit *composer() const { return m_composer; }
    /// Starts a reply to the message at `row` of the conversation (as its context menu does).
    void replyToRow(int row);
    qint64 replyingTo() const { return m_replyTo; }
    /// Puts the member's message at `row` into the composer for editing (as its context menu does).
    void editRow(int row);
    qint64 editing() const { return m_editing; }
    /// Senders' pictures beside their names, here and in threads.
    void setAvatars(app::PictureCache &avatars);
    /// Messages show the community's pictures, as thumbnails.
    void setImages(app::PictureCache &images);
    /// Who the member is: decides which message actions are offered.
    void setMember(qint64 userId, bool canPublish, bool isAdmin);
    MessageActions *messageActions() const { return m_actions; }
    /// The menu of what can be done with the message at index (reactions first), at a point of the list.
    void showMessageActions(const QModelIndex &index, const QPoint &inViewport);
    ThreadView *threadView() const { return m_thread; }
    NewestFollower *follower() const { return m_follower; }
    StickyRunHeader *runHeader() const { return m_runHeader; }
    void openThread(qint64 rootId);
    /// Shows `channelId` scrolled to its message `seq` (a search result, a promoted article's link).
    void openChannelAt(qint64 channelId, qint64 seq);
    /// Opens (creating on first use) the direct conversation with the member called `username`.
    void openDirect(const QString &username);

Q_SIGNALS:
    /// An author or admin asked to turn the thread starting at `rootId` into an article.
    void promoteRequested(qint64 rootId, const QString &suggestedTitle);
    /// Keep a message in Saved: where it is (its channel and place) and how it reads.
    void bookmarkRequested(qint64 messageId, qint64 channelId, qint64 seq, const QString &title);
    void promoteQuestionRequested(qint64 rootId, const QString &suggestedTitle);
    /// The member wants the moderators to look at a chat "message".
    void reportRequested(const QString &kind, qint64 id);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateStatus();
    void submit();
    void updateTyping();
    void replyTo(const QModelIndex &message);
    void startEdit(const QModelIndex &message);
    void clearComposerMode();

    app::ChatService &m_chat;
    models::ChannelListModel &m_channels;
    models::ChatMessageModel &m_messages;
    QLineEdit *m_search;
    QListView *m_results;
    models::ChatSearchModel *m_resultsModel;
    QListView *m_channelList;
    QLabel *m_header;
    QListView *m_messageList;
    ComposerEdit *m_composer;
    QPushButton *m_send;
    QLabel *m_status;
    QLabel *m_typing;
    QWidget *m_replyBar;
    QPushButton *m_newDirect = nullptr;
    QLabel *m_replyLabel;
    qint64 m_replyTo = 0;
    qint64 m_editing = 0;
    MessageActions *m_actions;
    ThreadView *m_thread;
    NewestFollower *m_follower;
    StickyRunHeader *m_runHeader;
    int m_pending = 0;
};

} // namespace guild::ui
