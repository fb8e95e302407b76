#pragma once

#include "protocol/analytics.h"

namespace guild::server {

class AnalyticsMemo;
class AnalyticsRepository;

/// Builds the admins' analytics report from the rollups: the figures of each period, reach, money,
/// cohorts and top content. Figures that only depend on days before `closedBefore` (which no late event
/// can change any more) are read from the memo when kept there, and kept once computed.
class ReportBuilder final
{
public:
    ReportBuilder(AnalyticsRepository &repo, AnalyticsMemo &memo, int closedBefore);

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
    QHash<int, std::pair<double, double>> reachAt(const QList<int> &endDays);
    QList<protocol::analytics::Cohort> cohortsFor(const QDate &from, const QDate &to);
    std::pair<QList<protocol::analytics::ContentFigure>, QList<protocol::analytics::ContentFigure>>
    topContent(const QDate &from, const QDate &to);
    double consumers(int fromDay, int toDay);
    bool closed(int toDay) const { return toDay < m_closedBefore; }

    AnalyticsRepository &m_repo;
    AnalyticsMemo &m_memo;
    int m_closedBefore;
};

} // namespace guild::server
