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
    return {Notifications::tr("Guild"), n.text.isEmpty() ? Notifications::tr("Something new for you.") : n.text};
}

} // namespace guild::ui
