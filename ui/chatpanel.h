#pragma once

#include <QPlainTextEdit>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;
class QPushButton;

namespace guild::app {
class ChatService;
}
namespace guild::models {
class ChannelListModel;
class ChatMessageModel;
class ChatSearchModel;
} // namespace guild::models

namespace guild::ui {

/// The message box: Enter sends, Shift+Enter starts a new line, pasted code keeps its layout.
class ComposerEdit final : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit ComposerEdit(QWidget *parent = nullptr);

Q_SIGNALS:
    void submitted();

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

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateStatus();
    void submit();
    void updateTyping();
    void replyTo(const QModelIndex &message);

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
    int m_pending = 0;
};

} // namespace guild::ui
