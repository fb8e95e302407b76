#include "membershipmodels.h"

#include "common/formatting.h"

#include <QHash>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace guild::ui {

using namespace protocol::engagement;

QVariant LeaderboardModel::display(const LeaderboardEntry &e, int row, int role) const
{
    if (role != Qt::DisplayRole) {
        return {};
    }
    return tr("%1. %2 · %L3 points").arg(row + 1).arg(e.name).arg(e.points);
}

QString PointsLedgerModel::actionName(const QString &action)
{
    static const QHash<QString, const char *> names{
        {u"checkin"_s, QT_TRANSLATE_NOOP("PointsLedgerModel", "Daily check-in")},
        {u"first_checkin"_s, QT_TRANSLATE_NOOP("PointsLedgerModel", "First check-in")},
        {u"publish"_s, QT_TRANSLATE_NOOP("PointsLedgerModel", "Published a post")},
        {u"answer"_s, QT_TRANSLATE_NOOP("PointsLedgerModel", "Answered a question")},
        {u"accepted_answer"_s, QT_TRANSLATE_NOOP("PointsLedgerModel", "Answer accepted")},
        {u"lesson_completed"_s, QT_TRANSLATE_NOOP("PointsLedgerModel", "Finished a lesson")},
        {u"bounty_held"_s, QT_TRANSLATE_NOOP("PointsLedgerModel", "Bounty offered on a question")},
        {u"bounty"_s, QT_TRANSLATE_NOOP("PointsLedgerModel", "Bounty won")},
    };
    const char *name = names.value(action);
    return name ? tr(name) : action;
}

QVariant PointsLedgerModel::display(const PointsEntry &e, int /*row*/, int role) const
{
    if (role != Qt::DisplayRole) {
        return {};
    }
    return tr("%1 · %2 · %3")
        .arg(QLocale().toString(e.createdAt.toLocalTime(), QLocale::ShortFormat), actionName(e.action),
             e.points > 0 ? tr("+%L1").arg(e.points) : QLocale().toString(e.points));
}

QVariant PaymentListModel::display(const Payment &p, int /*row*/, int role) const
{
    if (role != Qt::DisplayRole) {
        return {};
    }
    const QString date = QLocale().toString(p.createdAt.toLocalTime().date(), QLocale::ShortFormat);
    const QString amount = p.status == u"paid"_s ? moneyText(p.amountCents, p.currency) : tr("not paid");
    if (p.courseId > 0) {
        return tr("%1 · course “%2” · %3").arg(date, p.courseTitle, amount);
    }
    return tr("%1 · %2 %3 · %4")
        .arg(date, tierDisplayName(p.tier), p.period == u"year"_s ? tr("(year)") : tr("(month)"), amount);
}

} // namespace guild::ui
