#include "analyticscounters.h"

#include "sql.h"

#include <QDate>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace guild::server {

namespace {
constexpr qint64 DayMs = 24LL * 3600 * 1000;

QString dayFilter(AnalyticsCounters::Kind kind)
{
    // A day's row is made (empty) for every day of a batch before any is counted, so only the days
    // already counted may bound the new one: a day's first batch sets `batches`, its first reading
    // `consumed`.
    return kind == AnalyticsCounters::Kind::Active ? u"batches > 0"_s : u"consumed = 1"_s;
}
} // namespace

int AnalyticsCounters::weekOf(int day)
{
    // Day 0, 1970-01-01, was a Thursday.
    return day - (day + 3) % 7;
}

int AnalyticsCounters::monthOf(int day)
{
    static const QDate epoch(1970, 1, 1);
    const QDate date = epoch.addDays(day);
    return static_cast<int>(epoch.daysTo(QDate(date.year(), date.month(), 1)));
}

std::pair<int, std::optional<int>> AnalyticsCounters::neighbours(Kind kind, qint64 userId, int day)
{
    const QString filter = dayFilter(kind);
    const QVariant previous = sql::scalar(
        m_db, u"SELECT MAX(day) FROM activity_daily WHERE user_id = ? AND day < ? AND "_s + filter, {userId, day});
    const QVariant next = sql::scalar(
        m_db, u"SELECT MIN(day) FROM activity_daily WHERE user_id = ? AND day > ? AND "_s + filter, {userId, day});
    return {previous.isNull() ? -1 : previous.toInt(), next.isNull() ? std::nullopt : std::optional(next.toInt())};
}

void AnalyticsCounters::addReturn(Kind kind, int day, int previousDay, int change)
{
    // Through sql::scalar (RETURNING the new count) so the statement stays prepared on SQLite: a batch
    // runs each of these statements a few times, and preparing them was most of their cost.
    sql::scalar(m_db,
                u"INSERT INTO activity_returns (kind, day, prev_day, members) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (kind, day, prev_day) DO UPDATE SET members = activity_returns.members + "
                "excluded.members RETURNING members"_s,
                {static_cast<int>(kind), day, previousDay, change});
}

std::pair<int, std::optional<int>> AnalyticsCounters::noteDay(Kind kind, qint64 userId, int day)
{
    // The day sits between the member's previous and next ones: it returns from the previous, and the
    // next now returns from it instead.
    const auto [previous, next] = neighbours(kind, userId, day);
    addReturn(kind, day, previous, 1);
    if (next) {
        addReturn(kind, *next, previous, -1);
        addReturn(kind, *next, day, 1);
    }
    return {previous, next};
}

void AnalyticsCounters::noteActiveDay(qint64 userId, int day)
{
    const auto [previous, next] = noteDay(Kind::Active, userId, day);
    const int week = weekOf(day);
    if (previous >= week || (next && *next <= week + 6)) {
        return; // the week already counts the member
    }
    const qint64 joinedMs = sql::scalar(m_db, u"SELECT created_at FROM users WHERE id = ?"_s, {userId}).toLongLong();
    sql::scalar(m_db,
                u"INSERT INTO cohort_weeks (join_week, active_week, members) VALUES (?, ?, 1) "
                "ON CONFLICT (join_week, active_week) DO UPDATE SET members = cohort_weeks.members + 1 "
                "RETURNING members"_s,
                {weekOf(static_cast<int>(joinedMs / DayMs)), week});
}

void AnalyticsCounters::noteConsumingDay(qint64 userId, int day)
{
    noteDay(Kind::Consuming, userId, day);
}

void AnalyticsCounters::addContent(int day, const QString &itemType, qint64 itemId, qint64 seconds, qint64 reads,
                                   qint64 completions)
{
    for (const auto &[table, key, block] : {std::tuple(u"content_monthly"_s, u"month_day"_s, monthOf(day)),
                                            std::tuple(u"content_weekly"_s, u"week_day"_s, weekOf(day))}) {
        sql::scalar(m_db,
                    u"INSERT INTO %1 (%2, item_type, item_id, reading_seconds, reads, completions) "
                    "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (%2, item_type, item_id) DO UPDATE SET "
                    "reading_seconds = %1.reading_seconds + excluded.reading_seconds, "
                    "reads = %1.reads + excluded.reads, completions = %1.completions + excluded.completions "
                    "RETURNING reads"_s.arg(table, key),
                    {block, itemType, itemId, seconds, reads, completions});
    }
}

double AnalyticsCounters::distinctMembers(Kind kind, int fromDay, int toDay)
{
    // Each member's first day in the range is the one that returns from before it.
    return sql::scalar(m_db,
                       u"SELECT COALESCE(SUM(members), 0) FROM activity_returns WHERE kind = ? AND day BETWEEN ? AND ? "
                       "AND prev_day < ?"_s,
                       {static_cast<int>(kind), fromDay, toDay, fromDay})
        .toDouble();
}

QHash<int, std::pair<double, double>> AnalyticsCounters::reach(const QList<int> &endDays)
{
    QHash<int, std::pair<double, double>> out;
    if (endDays.isEmpty()) {
        return out;
    }
    struct Return
    {
        int day;
        int previous;
        double members;
    };
    QList<Return> rows;
    const auto [first, last] = std::minmax_element(endDays.cbegin(), endDays.cend());
    QSqlQuery q = sql::exec(m_db,
                            u"SELECT day, prev_day, members FROM activity_returns WHERE kind = 0 AND "
                            "day BETWEEN ? AND ? ORDER BY day"_s,
                            {*first - 29, *last});
    while (q.next()) {
        rows.append({q.value(0).toInt(), q.value(1).toInt(), q.value(2).toDouble()});
    }
    const auto membersIn = [&rows](int from, int to) {
        const auto begin =
            std::lower_bound(rows.cbegin(), rows.cend(), from, [](const Return &r, int day) { return r.day < day; });
        double sum = 0;
        for (auto it = begin; it != rows.cend() && it->day <= to; ++it) {
            sum += it->previous < from ? it->members : 0;
        }
        return sum;
    };
    for (int e : endDays) {
        out.insert(e, {membersIn(e - 6, e), membersIn(e - 29, e)});
    }
    return out;
}

QHash<std::pair<int, int>, double> AnalyticsCounters::cohortWeeks(int fromJoinWeek, int toJoinWeek, int lastActiveWeek)
{
    QHash<std::pair<int, int>, double> counts;
    QSqlQuery q = sql::exec(m_db,
                            u"SELECT join_week, active_week, members FROM cohort_weeks WHERE join_week BETWEEN ? AND ? "
                            "AND active_week <= ?"_s,
                            {fromJoinWeek, toJoinWeek, lastActiveWeek});
    while (q.next()) {
        counts.insert({q.value(0).toInt(), q.value(1).toInt()}, q.value(2).toDouble());
    }
    return counts;
}

} // namespace guild::server
