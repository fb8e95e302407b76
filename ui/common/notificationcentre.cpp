#include "notificationcentre.h"

#include "icons.h"
#include "notificationwording.h"

#include <QEvent>
#include <QLocale>
#include <QMenu>

using namespace Qt::StringLiterals;

namespace guild::ui {

using protocol::course::Notification;

NotificationCentre::NotificationCentre(QWidget *parent)
    : QToolButton(parent)
    , m_menu(new QMenu(this))
{
    setAutoRaise(true);
    setPopupMode(QToolButton::InstantPopup);
    setIcon(ui::icon(Icon::Notifications));
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    setMenu(m_menu);
    rebuild();
}

int NotificationCentre::unreadCount() const
{
    return int(
        std::count_if(m_notifications.cbegin(), m_notifications.cend(), [](const Notification &n) { return !n.read; }));
}

void NotificationCentre::setNotifications(const QList<Notification> &notifications)
{
    m_notifications = notifications;
    rebuild();
}

void NotificationCentre::open(const Notification &notification)
{
    for (Notification &n : m_notifications) {
        if (n.id == notification.id && !n.read) {
            n.read = true;
            Q_EMIT markRead({n.id});
        }
    }
    rebuild();
    Q_EMIT opened(notification);
}

void NotificationCentre::rebuild()
{
    const int unread = unreadCount();
    // The bell and the count; the count in words speaks for screen readers and in the tooltip.
    setText(unread > 0 ? QLocale().toString(unread) : QString());
    setToolButtonStyle(unread > 0 ? Qt::ToolButtonTextBesideIcon : Qt::ToolButtonIconOnly);
    setToolTip(unread > 0 ? tr("%n unread notification(s)", nullptr, unread) : tr("Notifications"));
    setAccessibleName(toolTip());
    m_menu->clear();
    if (m_notifications.isEmpty()) {
        m_menu
            ->addAction(tr("Nothing yet: reviews of your homework, answers to your feedback and moderators' "
                           "notes arrive here."))
            ->setEnabled(false);
        return;
    }
    for (const Notification &n : std::as_const(m_notifications)) {
        const NotificationWording words = wordNotification(n);
        const QString when = QLocale().toString(n.createdAt.toLocalTime(), QLocale::ShortFormat);
        QAction *action = m_menu->addAction(u"%1 — %2"_s.arg(words.text, when), this, [this, n] { open(n); });
        QFont font = action->font();
        font.setBold(!n.read);
        action->setFont(font);
    }
    if (unread > 0) {
        m_menu->addSeparator();
        m_menu->addAction(tr("Mark all read"), this, [this] {
            QList<qint64> ids;
            for (Notification &n : m_notifications) {
                if (!n.read) {
                    n.read = true;
                    ids.append(n.id);
                }
            }
            rebuild();
            Q_EMIT markRead(ids);
        });
    }
}

void NotificationCentre::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        rebuild();
    }
    QToolButton::changeEvent(event);
}

} // namespace guild::ui
