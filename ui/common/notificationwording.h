#pragma once

#include "protocol/course.h"

#include <QString>

namespace guild::ui {

/// A notification as the member reads it: a short title (the desktop bubble's) and a sentence.
struct NotificationWording
{
    QString title;
    QString text;
};

/// Each kind worded for what it is; a kind this version does not know (a newer server's) is still
/// shown, plainly, rather than passed off as another kind.
NotificationWording wordNotification(const protocol::course::Notification &notification);

} // namespace guild::ui
