#include "messageactions.h"

#include "common/copycode.h"
#include "models/chatmessagemodel.h"
#include "services/chatservice.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QMenu>
#include <QMessageBox>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace guild::ui {

using models::ChatMessageModel;

MessageActions::MessageActions(app::ChatService &chat, QWidget *parent)
    : QObject(parent)
    , m_chat(chat)
    , m_parent(parent)
{}

void MessageActions::setMember(qint64 userId, bool canPublish, bool isAdmin)
{
    m_userId = userId;
    m_canPublish = canPublish;
    m_isAdmin = isAdmin;
}

QStringList MessageActions::quickReactions()
{
    return {u"👍"_s, u"❤️"_s, u"😂"_s, u"🎉"_s, u"🤔"_s, u"👀"_s, u"🚀"_s};
}

void MessageActions::exec(const QModelIndex &message, const QPoint &globalPos, bool directChannel)
{
    const qint64 id = message.data(ChatMessageModel::IdRole).toLongLong();
    if (id <= 0) {
        return; // nothing to act on until it has reached the server
    }
    const bool deleted = message.data(ChatMessageModel::DeletedRole).toBool();
    const bool mine = message.data(ChatMessageModel::MineRole).toBool();
    const bool live = m_chat.link() == app::ChatService::Link::Live;
    const qint64 replyTo = message.data(ChatMessageModel::ReplyToRole).toLongLong();
    const qint64 root = replyTo > 0 ? replyTo : id;

    QMenu menu(m_parent);
    if (!deleted) {
        menu.addAction(tr("Reply in thread"), this, [this, message] { Q_EMIT replyRequested(message); });
    }
    if (replyTo > 0 || message.data(ChatMessageModel::ReplyCountRole).toInt() > 0) {
        menu.addAction(tr("Open thread"), this, [this, root] { Q_EMIT threadRequested(root); });
    }
    if (!deleted) {
        QMenu *react = menu.addMenu(tr("React"));
        react->setEnabled(live);
        QSet<QString> chosen;
        for (const QVariant &v : message.data(ChatMessageModel::ReactionsRole).toList()) {
            if (v.toMap().value(u"mine"_s).toBool()) {
                chosen.insert(v.toMap().value(u"emoji"_s).toString());
            }
        }
        for (const QString &emoji : quickReactions()) {
            QAction *action = react->addAction(
                emoji, this, [this, id, emoji, on = !chosen.contains(emoji)] { m_chat.setReaction(id, emoji, on); });
            action->setCheckable(true);
            action->setChecked(chosen.contains(emoji));
        }
        menu.addAction(tr("Copy text"), this, [message] {
            QGuiApplication::clipboard()->setText(message.data(ChatMessageModel::BodyRole).toString());
        });
        addCopyCode(menu, message.data(ChatMessageModel::BodyRole).toString());
        menu.addAction(tr("Bookmark"), this, [this, message] { Q_EMIT bookmarkRequested(message); });
    }
    if (mine && !deleted) {
        menu.addAction(tr("Edit"), this, [this, message] { Q_EMIT editRequested(message); })->setEnabled(live);
    }
    if ((mine || m_isAdmin) && !deleted) {
        QAction *remove = menu.addAction(tr("Delete…"), this, [this, id] {
            const auto answer = QMessageBox::question(m_parent, tr("Delete message"),
                                                      tr("Delete this message for everyone? This cannot be undone."));
            if (answer == QMessageBox::Yes) {
                m_chat.deleteMessage(id);
            }
        });
        remove->setEnabled(live);
    }
    if (m_canPublish && !directChannel && !deleted) {
        menu.addSeparator();
        const QString title = message.data(ChatMessageModel::BodyRole).toString().simplified().left(80);
        menu.addAction(tr("Promote thread to article…"), this,
                       [this, root, title] { Q_EMIT promoteRequested(root, title); })
            ->setEnabled(live);
        menu.addAction(tr("Promote thread to Q&&A question…"), this,
                       [this, root, title] { Q_EMIT promoteQuestionRequested(root, title); })
            ->setEnabled(live);
    }
    if (!mine && !deleted) {
        menu.addSeparator();
        menu.addAction(tr("Report to the moderators…"), this, [this, id] { Q_EMIT reportRequested(id); });
    }
    if (!live && !deleted) {
        menu.addSection(tr("Reactions, edits and deletes need a connection"));
    }
    menu.exec(globalPos);
}

} // namespace guild::ui
