#include "contentsums.h"

#include "storage/analyticscounters.h"
#include "storage/analyticsrepository.h"

#include <QDate>

#include <algorithm>

namespace guild::server {

using namespace protocol::analytics;

namespace {
// What each kind of term costs to read, relative to one another: a block's sums are a row per item,
// a day's rows are summed per item too (bench/bench_analytics: about 4 ms for a month's or a week's
// sums at 5,000 items, 15 ms for a day's rows).
constexpr int BlockCost = 1;
constexpr int DayCost = 4;

int lastOfMonth(int monthDay)
{
    return monthDay + QDate(1970, 1, 1).addDays(monthDay).daysInMonth() - 1;
}
} // namespace

int ContentSums::daysWithContent(int fromDay, int toDay)
{
    int days = 0;
    for (int d = fromDay; d <= toDay; ++d) {
        auto it = m_hasContent.find(d);
        if (it == m_hasContent.end()) {
            it = m_hasContent.insert(d, m_repo.contentIn(d, d));
        }
        days += *it ? 1 : 0;
    }
    return days;
}

int ContentSums::cost(const Plan &plan)
{
    int total = 0;
    for (const Term &t : plan) {
        total += t.kind == Term::Kind::Days ? DayCost * daysWithContent(t.first, t.last) : BlockCost;
    }
    return total;
}

ContentSums::Plan ContentSums::weeks(int fromDay, int toDay)
{
    Plan plan;
    for (int week = AnalyticsCounters::weekOf(fromDay); week <= toDay; week += 7) {
        const int first = std::max(fromDay, week);
        const int last = std::min(toDay, week + 6);
        Plan whole{{Term::Kind::Week, week, week + 6, 1}};
        if (first > week) {
            whole.append({Term::Kind::Days, week, first - 1, -1});
        }
        if (last < week + 6) {
            whole.append({Term::Kind::Days, last + 1, week + 6, -1});
        }
        const Plan days{{Term::Kind::Days, first, last, 1}};
        plan += cost(whole) <= cost(days) ? whole : days;
    }
    return plan;
}

ContentSums::Plan ContentSums::piece(int fromDay, int toDay)
{
    QList<Plan> plans{{{Term::Kind::Days, fromDay, toDay, 1}}, weeks(fromDay, toDay)};
    const int month = AnalyticsCounters::monthOf(fromDay);
    if (AnalyticsCounters::monthOf(toDay) == month) {
        Plan whole{{Term::Kind::Month, month, lastOfMonth(month), 1}};
        if (fromDay > month) {
            whole.append({Term::Kind::Days, month, fromDay - 1, -1});
        }
        if (toDay < lastOfMonth(month)) {
            whole.append({Term::Kind::Days, toDay + 1, lastOfMonth(month), -1});
        }
        plans.append(whole);
    }
    return *std::min_element(plans.cbegin(), plans.cend(),
                             [this](const Plan &a, const Plan &b) { return cost(a) < cost(b); });
}

QList<ContentFigure> ContentSums::over(int fromDay, int toDay)
{
    // Whole months inside the range, then the cheapest plan for what is left at either end.
    int firstMonth = AnalyticsCounters::monthOf(fromDay);
    if (firstMonth < fromDay) {
        firstMonth = lastOfMonth(firstMonth) + 1;
    }
    Plan plan;
    int covered = firstMonth - 1; // the last day the whole months cover
    for (int month = firstMonth; lastOfMonth(month) <= toDay; month = lastOfMonth(month) + 1) {
        plan.append({Term::Kind::Month, month, lastOfMonth(month), 1});
        covered = lastOfMonth(month);
    }
    if (plan.isEmpty()) {
        plan = piece(fromDay, toDay);
    } else {
        if (fromDay < firstMonth) {
            plan += piece(fromDay, firstMonth - 1);
        }
        if (covered < toDay) {
            plan += piece(covered + 1, toDay);
        }
    }

    QHash<std::pair<QString, qint64>, ContentFigure> sums;
    for (const Term &t : plan) {
        if (t.kind == Term::Kind::Days && daysWithContent(t.first, t.last) == 0) {
            continue;
        }
        const QList<ContentFigure> rows = t.kind == Term::Kind::Month  ? m_repo.contentMonth(t.first)
                                          : t.kind == Term::Kind::Week ? m_repo.contentWeek(t.first)
                                                                       : m_repo.contentSums(t.first, t.last);
        for (const ContentFigure &c : rows) {
            ContentFigure &sum = sums[{c.itemType, c.itemId}];
            sum.itemType = c.itemType;
            sum.itemId = c.itemId;
            sum.readingSeconds += t.sign * c.readingSeconds;
            sum.completions += t.sign * c.completions;
            sum.reads += t.sign * c.reads;
        }
    }
    QList<ContentFigure> read;
    for (const ContentFigure &c : std::as_const(sums)) {
        if (c.readingSeconds > 0 || c.completions > 0 || c.reads > 0) {
            read.append(c);
        }
    }
    return read;
}

} // namespace guild::server
