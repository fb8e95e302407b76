#pragma once

#include "protocol/analytics.h"

#include <QSqlDatabase>

namespace guild::server {

/// How far ahead of the server's clock a usage event may be and still count (clocks disagree a little).
inline constexpr qint64 ClockSkewMs = 60 * 1000;

struct IngestResult
{
    int accepted = 0;
    int duplicates = 0;
};

/// Money over a period, from the payments table (tier payments cover the period they paid for).
struct MoneyFigures
{
    double payers = 0;
    double revenueCents = 0;
    double mrrCents = 0;
    double churned = 0;
    double converted = 0;
};

/// Usage events and their daily rollups, and the queries the analytics report is made of. Days are
/// whole days since 1970-01-01 UTC; times are milliseconds.
class AnalyticsRepository final
{
public:
    explicit AnalyticsRepository(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    /// Stores each event not seen before (per member and event id) and folds the new ones into the
    /// rollups, never more active time into a member's day than the day has had by `now`, nor more
    /// reading than active time. Call inside a transaction: a batch counts entirely or not at all.
    IngestResult ingest(qint64 userId, const QList<protocol::analytics::UsageEvent> &events, qint64 now);

    /// Sums the community's daily rollup over the days into the period's counts (activeSeconds through
    /// posts); returns Σ active members per day (DAU × days).
    double addTotals(int fromDay, int toDay, protocol::analytics::PeriodFigures &figures);
    /// Members who read or finished something in the days.
    double consumers(int fromDay, int toDay);
    /// Members active in the 7 and the 30 days ending on each of `endDays` (ascending), in one pass over
    /// the rows instead of a query per day: cheaper when the windows overlap (a report by day).
    QHash<int, std::pair<double, double>> reach(const QList<int> &endDays);
    /// Accounts that existed before `beforeMs`.
    double membersBefore(qint64 beforeMs);
    double membersJoined(qint64 fromMs, qint64 toMs);
    /// `now` bounds churn: a lapse still to come is not counted.
    MoneyFigures money(qint64 fromMs, qint64 toMs, qint64 now);
    /// Reading per item summed over the days (no titles).
    QList<protocol::analytics::ContentFigure> contentSums(int fromDay, int toDay);
    /// Reading per item over the month starting on `monthDay`, as kept by fillContentMonth.
    QList<protocol::analytics::ContentFigure> contentMonth(int monthDay);
    /// Keeps the month's sums per item (content_monthly); its days must be final.
    void fillContentMonth(int monthDay, int lastDay);
    void addTitles(QList<protocol::analytics::ContentFigure> &items);
    /// For weekly cohorts on the Monday grid of `gridDay`: of the members who joined in [fromMs, toMs),
    /// how many were active in each week of [fromDay, toDay], by (join week, active week), both named by
    /// their first day. One pass over the cohorts' rows instead of a query per cell.
    QHash<std::pair<int, int>, double> cohortWeeks(qint64 fromMs, qint64 toMs, int fromDay, int toDay, int gridDay);

    /// The latest weights for version 0, else that version (nullopt if unknown).
    std::optional<protocol::analytics::Weights> weights(int version);
    QList<protocol::analytics::Weights> weightHistory();
    int addWeights(double alpha, double beta, double gamma, qint64 userId, qint64 now);

    QList<protocol::analytics::MyDay> memberDays(qint64 userId, int fromDay, int toDay);

private:
    QSqlDatabase m_db;
};

} // namespace guild::server
