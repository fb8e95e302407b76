#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QListView;
class QPushButton;

namespace guild::app {
class ChatService;
}
namespace guild::models {
class ChatMessageModel;
}

namespace guild::ui {

class ComposerEdit;
class MessageDelegate;

/// A thread beside the conversation: its first message and every reply, a composer that answers in
/// the thread, and the member's notification level for it.
class ThreadView final : public QWidget
{
    Q_OBJECT
public:
    ThreadView(app::ChatService &chat, models::ChatMessageModel &conversation, QWidget *parent = nullptr);

    /// Shows the thread started by message `rootId` of `channelId`.
    void open(qint64 channelId, qint64 rootId);
    qint64 rootId() const { return m_rootId; }
    QListView *list() const { return m_list; }
    ComposerEdit *composer() const { return m_composer; }
    models::ChatMessageModel &model() const { return *m_model; }
    MessageDelegate *delegate() const { return m_delegate; }

Q_SIGNALS:
    void closed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void reload();
    void submit();
    void showLevel();

    app::ChatService &m_chat;
    models::ChatMessageModel &m_conversation;
    models::ChatMessageModel *m_model;
    MessageDelegate *m_delegate;
    QLabel *m_title;
    QPushButton *m_close;
    QLabel *m_levelLabel;
    QComboBox *m_level;
    QListView *m_list;
    ComposerEdit *m_composer;
    QPushButton *m_send;
    qint64 m_channelId = 0;
    qint64 m_rootId = 0;
};

} // namespace guild::ui
