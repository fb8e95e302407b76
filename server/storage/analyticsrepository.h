#pragma once

#include "protocol/analytics.h"

#include <QSqlDatabase>

#include <array>

namespace guild::server {

/// How far ahead of the server's clock a usage event may be and still count (clocks disagree a little).
inline constexpr qint64 ClockSkewMs = 60 * 1000;

struct IngestResult
{
    int accepted = 0;
    int duplicates = 0;
};

/// The community's totals of one day (community_daily).
struct CommunityDay
{
    int day = 0;
    double activeMembers = 0;
    /// activeSeconds, readingSeconds, reads, completions, likes, comments, messages, answers, posts
    std::array<double, 9> counts{};

    /// Adds the counts into a period's figures (activeSeconds through posts).
    void addTo(protocol::analytics::PeriodFigures &f) const;
};

/// A paid payment, as the report's money figures need it.
struct PaidPayment
{
    qint64 userId = 0;
    bool tier = false;       ///< a month or a year of a tier
    bool once = false;       ///< a purchase once (a course)
    double monthlyCents = 0; ///< a tier payment's share of a month (a year's is a twelfth)
    double cents = 0;
    qint64 paidAt = 0;
    std::optional<qint64> periodStart; ///< the time a tier payment paid for
    std::optional<qint64> periodEnd;
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
    /// rollups and the report's counters (AnalyticsCounters), never more active time into a member's day than the day
    /// has had by `now`, nor more reading than active time. Call inside a transaction: a batch counts entirely or not
    /// at all.
    IngestResult ingest(qint64 userId, const QList<protocol::analytics::UsageEvent> &events, qint64 now);

    /// The community's daily rollup of each day in [fromDay, toDay] that has one, by day ascending.
    QList<CommunityDay> communityDays(int fromDay, int toDay);
    /// How many of today's accounts joined on each day, by day ascending.
    QList<std::pair<int, double>> joinDays();
    /// Every paid payment, in no particular order.
    QList<PaidPayment> paidPayments();
    /// Reading per item summed over the days (no titles).
    QList<protocol::analytics::ContentFigure> contentSums(int fromDay, int toDay);
    /// Reading per item over the calendar month starting on `monthDay` (content_monthly), and over the
    /// Monday week starting on `weekDay` (content_weekly).
    QList<protocol::analytics::ContentFigure> contentMonth(int monthDay);
    QList<protocol::analytics::ContentFigure> contentWeek(int weekDay);
    /// Whether any item was read on a day in [fromDay, toDay].
    bool contentIn(int fromDay, int toDay);
    void addTitles(QList<protocol::analytics::ContentFigure> &items);
    /// The latest weights for version 0, else that version (nullopt if unknown).
    std::optional<protocol::analytics::Weights> weights(int version);
    QList<protocol::analytics::Weights> weightHistory();
    int addWeights(double alpha, double beta, double gamma, qint64 userId, qint64 now);

    QList<protocol::analytics::MyDay> memberDays(qint64 userId, int fromDay, int toDay);

private:
    QSqlDatabase m_db;
};

} // namespace guild::server
