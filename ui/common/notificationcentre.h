#pragma once

#include "protocol/course.h"

#include <QSet>
#include <QToolButton>

class QMenu;

namespace guild::ui {

/// The bell in the status bar: how many notifications are unread, and a list of the newest, each
/// worded for what it is; choosing one opens what it is about and marks it read.
class NotificationCentre final : public QToolButton
{
    Q_OBJECT
public:
    explicit NotificationCentre(QWidget *parent = nullptr);

    /// The newest notifications, read or not (the server's list replaces the one shown).
    void setNotifications(const QList<protocol::course::Notification> &notifications);
    int unreadCount() const;
    QMenu *list() const { return m_menu; }
    /// Marks one read here at once (the server is told through markRead).
    void open(const protocol::course::Notification &notification);

Q_SIGNALS:
    /// The member chose this one: show what it is about.
    void opened(const guild::protocol::course::Notification &notification);
    /// These are read now; tell the server.
    void markRead(const QList<qint64> &ids);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();

    QMenu *m_menu;
    QList<protocol::course::Notification> m_notifications;
};

} // namespace guild::ui
