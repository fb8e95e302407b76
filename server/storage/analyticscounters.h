#pragma once

#include <QHash>
#include <QSqlDatabase>

#include <optional>

namespace guild::server {

/// The admin report's counters (activity_returns, cohort_weeks, content_monthly and content_weekly;
/// docs/analytics.md):
/// moved by the ingest as members' days arrive, in its transaction, and read by the report a few rows
/// per period instead of a scan of every member-day.
class AnalyticsCounters final
{
public:
    /// Days with any activity, and days with reading or a completion.
    enum class Kind
    {
        Active = 0,
        Consuming = 1
    };

    explicit AnalyticsCounters(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    /// The member's first batch on `day` was just stored in activity_daily (batches = 1): counts the day
    /// as a return after their previous one, and in their cohort's week. Call in ascending day order
    /// within a batch, after the day's row and before any later day's row are counted.
    void noteActiveDay(qint64 userId, int day);
    /// The member's first reading or completion on `day` was just stored (consuming_batches = 1).
    void noteConsumingDay(qint64 userId, int day);
    /// Adds an item's reading on `day` to its month's and week's sums.
    void addContent(int day, const QString &itemType, qint64 itemId, qint64 seconds, qint64 reads, qint64 completions);

    /// Distinct members with a day of `kind` in [fromDay, toDay].
    double distinctMembers(Kind kind, int fromDay, int toDay);
    /// Members active in the 7 and the 30 days ending on each of `endDays`, from one read of the rows.
    QHash<int, std::pair<double, double>> reach(const QList<int> &endDays);
    /// (join week, active week) → members, for join weeks in [fromJoinWeek, toJoinWeek] and active
    /// weeks up to `lastActiveWeek`; weeks named by their Monday.
    QHash<std::pair<int, int>, double> cohortWeeks(int fromJoinWeek, int toJoinWeek, int lastActiveWeek);

    /// The Monday of the day's week, as a day.
    static int weekOf(int day);
    /// The first day of the day's calendar month, as a day.
    static int monthOf(int day);

private:
    /// The member's nearest days of `kind` before and after `day` (-1 and nullopt when none).
    std::pair<int, std::optional<int>> neighbours(Kind kind, qint64 userId, int day);
    /// Moves the counters for a day of `kind` now between `previous` and `next`; returns `previous`'s and
    /// `next`'s days for the caller.
    std::pair<int, std::optional<int>> noteDay(Kind kind, qint64 userId, int day);
    void addReturn(Kind kind, int day, int previousDay, int change);

    QSqlDatabase m_db;
};

} // namespace guild::server
