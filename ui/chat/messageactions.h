#pragma once

#include <QModelIndex>
#include <QObject>

class QWidget;

namespace guild::app {
class ChatService;
}

namespace guild::ui {

/// What a member can do with one chat message, offered as its context menu: reply, open the thread,
/// react, edit or delete (their own; admins delete any), copy, and promote the thread to an article
/// (authors and admins). The server decides in the end; the menu only hides what would be refused.
class MessageActions final : public QObject
{
    Q_OBJECT
public:
    MessageActions(app::ChatService &chat, QWidget *parent);

    void setMember(qint64 userId, bool canPublish, bool isAdmin);
    /// The reactions offered in the menu (the footer chips add others members chose).
    static QStringList quickReactions();
    void exec(const QModelIndex &message, const QPoint &globalPos, bool directChannel);

Q_SIGNALS:
    void replyRequested(const QModelIndex &message);
    void threadRequested(qint64 rootId);
    void editRequested(const QModelIndex &message);
    void promoteRequested(qint64 rootId, const QString &suggestedTitle);
    void promoteQuestionRequested(qint64 rootId, const QString &suggestedTitle);
    void reportRequested(qint64 messageId);
    /// Keep the message in Saved.
    void bookmarkRequested(const QModelIndex &message);

private:
    app::ChatService &m_chat;
    QWidget *m_parent;
    qint64 m_userId = 0;
    bool m_canPublish = false;
    bool m_isAdmin = false;
};

} // namespace guild::ui
