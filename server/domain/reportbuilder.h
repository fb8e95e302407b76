#pragma once

#include "paymentledger.h"
#include "protocol/analytics.h"
#include "storage/analyticsrepository.h"

#include <optional>

namespace guild::server {

class AnalyticsCounters;

/// Builds the admins' analytics report: the figures of each period, reach, money, cohorts and top
/// content, from the daily totals and the counters the ingest keeps (AnalyticsCounters).
class ReportBuilder final
{
public:
    ReportBuilder(AnalyticsRepository &repo, AnalyticsCounters &counters);

    protocol::analytics::Report build(const QDate &from, const QDate &to, const QString &granularity,
                                      const protocol::analytics::Weights &weights);

    /// The periods of [from, to] at a granularity: days, Monday-to-Sunday weeks, or calendar months,
    /// the first and last clipped to the range.
    static QList<std::pair<QDate, QDate>> periodsOf(const QDate &from, const QDate &to, const QString &granularity);
    static int dayOf(const QDate &date);

private:
    protocol::analytics::PeriodFigures figuresFor(const QDate &start, const QDate &end,
                                                  const protocol::analytics::Weights &w,
                                                  const QHash<int, std::pair<double, double>> &reach);
    QList<protocol::analytics::Cohort> cohortsFor(const QDate &from, const QDate &to);
    std::pair<QList<protocol::analytics::ContentFigure>, QList<protocol::analytics::ContentFigure>>
    topContent(const QDate &from, const QDate &to);

    AnalyticsRepository &m_repo;
    /// Members who joined on or before `day` (of today's accounts).
    double joinedThrough(int day) const;

    AnalyticsCounters &m_counters;
    QList<std::pair<int, double>> m_joined;
    std::optional<PaymentLedger> m_ledger;
    QList<CommunityDay> m_days;
};

} // namespace guild::server
