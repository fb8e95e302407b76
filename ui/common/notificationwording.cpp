#include "common/notificationwording.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace guild::ui {

namespace {
/// The translation context of the notification words.
class Notifications
{
    Q_DECLARE_TR_FUNCTIONS(Notifications)
};
} // namespace

NotificationWording wordNotification(const protocol::course::Notification &n)
{
    if (n.kind == u"homework.passed"_s) {
        return {Notifications::tr("Homework reviewed"),
                Notifications::tr("Your homework for “%1” passed.").arg(n.text)};
    }
    if (n.kind == u"homework.revise"_s) {
        return {Notifications::tr("Homework reviewed"),
                Notifications::tr("Your homework for “%1” needs another look.").arg(n.text)};
    }
    if (n.kind == u"feedback.answered"_s) {
        return {Notifications::tr("Feedback answered"),
                Notifications::tr("The admins answered your feedback: “%1”").arg(n.text)};
    }
    if (n.kind.startsWith(u"moderation.hidden."_s)) {
        const QString what = n.kind.endsWith(u".comment"_s)    ? Notifications::tr("a comment of yours")
                             : n.kind.endsWith(u".answer"_s)   ? Notifications::tr("an answer of yours")
                             : n.kind.endsWith(u".question"_s) ? Notifications::tr("a question of yours")
                                                               : Notifications::tr("a chat message of yours");
        return {Notifications::tr("Hidden by a moderator"),
                Notifications::tr("A moderator hid %1. The reason: %2").arg(what, n.text)};
    }
    return {Notifications::tr("Guild"), n.text.isEmpty() ? Notifications::tr("Something new for you.") : n.text};
}

} // namespace guild::ui
