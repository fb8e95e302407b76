#include "analyticsservice.h"

#include "clock.h"
#include "models/activityscore.h"
#include "protocol/errorcodes.h"
#include "storage/analyticsrepository.h"
#include "storage/database.h"
#include "storage/sql.h"

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace guild::server {

using namespace protocol;
using namespace protocol::analytics;

namespace {

constexpr qint64 DayMs = 24LL * 3600 * 1000;
/// Clocks disagree; an event a little ahead of ours is still counted.
constexpr qint64 FutureSkewMs = 10LL * 60 * 1000;
constexpr int TopContent = 10;
constexpr int CohortWeeksMax = 12;

const QDate Epoch(1970, 1, 1);

int dayOf(const QDate &date)
{
    return static_cast<int>(Epoch.daysTo(date));
}

ApiError adminsOnly()
{
    return ApiError::forbidden(errors::Forbidden, u"Only admins see the community's analytics."_s);
}

/// The periods of [from, to] at a granularity: days, Monday-to-Sunday weeks, or calendar months,
/// the first and last clipped to the range.
QList<std::pair<QDate, QDate>> periodsOf(const QDate &from, const QDate &to, const QString &granularity)
{
    QList<std::pair<QDate, QDate>> periods;
    for (QDate start = from; start <= to;) {
        QDate end = start;
        if (granularity == u"week"_s) {
            end = start.addDays(7 - start.dayOfWeek());
        } else if (granularity == u"month"_s) {
            end = QDate(start.year(), start.month(), start.daysInMonth());
        }
        end = std::min(end, to);
        periods.append({start, end});
        start = end.addDays(1);
    }
    return periods;
}

PeriodFigures figuresFor(AnalyticsRepository &repo, const QDate &start, const QDate &end, const Weights &w,
                         const QHash<int, std::pair<double, double>> &reach)
{
    PeriodFigures f;
    f.start = start;
    f.end = end;
    const int fromDay = dayOf(start);
    const int toDay = dayOf(end);
    const qint64 startMs = fromDay * DayMs;
    const qint64 endMs = (toDay + 1) * DayMs;
    f.days = toDay - fromDay + 1;
    f.members = repo.membersBefore(endMs);
    const double memberDays = repo.addTotals(fromDay, toDay, f);
    f.consumers = repo.distinctMembers(fromDay, toDay, true);
    const MoneyFigures money = repo.money(startMs, endMs);
    f.payers = money.payers;
    f.revenueCents = money.revenueCents;
    f.mrrCents = money.mrrCents;
    f.churned = money.churned;
    f.converted = money.converted;

    const double n = f.members;
    f.hoursPerDay = n > 0 ? f.activeSeconds / 3600.0 / (n * f.days) : 0;
    f.consumingShare = n > 0 ? f.consumers / n : 0;
    // Quality: how much of what is opened is finished, and liked (docs/analytics.md).
    f.quality = f.reads > 0 ? 0.7 * std::min(1.0, f.completions / f.reads) + 0.3 * std::min(1.0, f.likes / f.reads) : 0;
    f.monetisation = n > 0 ? std::min(1.0, f.payers / n) : 0;
    const models::ActivityScore score = models::computeActivity(
        {f.members, f.hoursPerDay, f.consumingShare, f.quality, f.monetisation}, {w.alpha, w.beta, w.gamma});
    f.participation = score.participation;
    f.activity = score.activity;

    f.dau = memberDays / f.days;
    std::tie(f.wau, f.mau) = reach.value(toDay);
    f.newMembers = repo.membersJoined(startMs, endMs);
    return f;
}

QList<Cohort> cohortsFor(AnalyticsRepository &repo, const QDate &from, const QDate &to)
{
    QList<Cohort> cohorts;
    QDate week = from.addDays(1 - from.dayOfWeek());
    const QDate lastWeek = to.addDays(1 - to.dayOfWeek());
    week = std::max(week, lastWeek.addDays(-7 * (CohortWeeksMax - 1)));
    for (; week <= lastWeek; week = week.addDays(7)) {
        const qint64 joinFrom = dayOf(week) * DayMs;
        const qint64 joinTo = joinFrom + 7 * DayMs;
        Cohort c{week, repo.membersJoined(joinFrom, joinTo), {}};
        for (QDate at = week; at <= to; at = at.addDays(7)) {
            const double active = repo.cohortActive(joinFrom, joinTo, dayOf(at), dayOf(at) + 6);
            c.retention.append(c.size > 0 ? active / c.size : 0);
        }
        cohorts.append(c);
    }
    return cohorts;
}

} // namespace

AnalyticsService::AnalyticsService(Database &database)
    : m_database(database)
{}

Result<IngestSummary> AnalyticsService::ingest(const AuthUser &member, const QList<UsageEvent> &events)
{
    if (events.size() > BatchMax) {
        return ApiError::badRequest(errors::InvalidField, u"Send at most %1 events at a time."_s.arg(BatchMax));
    }
    const qint64 now = nowMs();
    const qint64 oldest = (now / DayMs - LateDaysMax) * DayMs;
    QList<UsageEvent> counted;
    IngestSummary summary;
    for (const UsageEvent &e : events) {
        const qint64 at = e.at.toMSecsSinceEpoch();
        if (at < oldest || at > now + FutureSkewMs) {
            ++summary.ignored;
        } else {
            counted.append(e);
        }
    }
    QSqlDatabase db = m_database.connection();
    sql::Transaction tx(db);
    const IngestResult stored = AnalyticsRepository(db).ingest(member.id, counted, now);
    tx.commit();
    summary.accepted = stored.accepted;
    summary.duplicates = stored.duplicates;
    return summary;
}

Result<Report> AnalyticsService::report(const AuthUser &viewer, const AnalyticsQuery &query)
{
    if (!viewer.isAdmin()) {
        return adminsOnly();
    }
    if (!query.from.isValid() || !query.to.isValid() || query.from > query.to ||
        query.from.daysTo(query.to) >= RangeDaysMax) {
        return ApiError::badRequest(errors::InvalidField,
                                    u"'from' and 'to' are dates (YYYY-MM-DD), from not after to, at most %1 days "
                                    "apart."_s.arg(RangeDaysMax));
    }
    if (query.granularity != u"day"_s && query.granularity != u"week"_s && query.granularity != u"month"_s) {
        return ApiError::badRequest(errors::InvalidField, u"'granularity' is day, week or month."_s);
    }
    AnalyticsRepository repo(m_database.connection());
    const auto weights = repo.weights(query.weightsVersion);
    if (!weights) {
        return ApiError::notFound(u"No such version of the weights."_s);
    }
    Report report;
    report.from = query.from;
    report.to = query.to;
    report.granularity = query.granularity;
    report.weights = *weights;
    const auto periods = periodsOf(query.from, query.to, query.granularity);
    // WAU and MAU at every period's end in one pass over the range's rows: a query per period would read
    // the overlapping 30-day windows again and again (bench/bench_analytics).
    QList<int> ends;
    for (const auto &period : periods) {
        ends.append(dayOf(period.second));
    }
    const auto reach = repo.reach(ends);
    for (const auto &[start, end] : periods) {
        report.periods.append(figuresFor(repo, start, end, *weights, reach));
    }
    std::tie(report.topByReading, report.topByCompletion) =
        repo.topContent(dayOf(query.from), dayOf(query.to), TopContent);
    report.cohorts = cohortsFor(repo, query.from, query.to);
    return report;
}

Result<QList<Weights>> AnalyticsService::weightHistory(const AuthUser &viewer)
{
    if (!viewer.isAdmin()) {
        return adminsOnly();
    }
    return AnalyticsRepository(m_database.connection()).weightHistory();
}

Result<Weights> AnalyticsService::setWeights(const AuthUser &viewer, double alpha, double beta, double gamma)
{
    if (!viewer.isAdmin()) {
        return adminsOnly();
    }
    for (double w : {alpha, beta, gamma}) {
        if (!std::isfinite(w) || w < 0 || w > 1e6) {
            return ApiError::badRequest(errors::InvalidField, u"Weights are numbers from 0 to 1000000."_s);
        }
    }
    QSqlDatabase db = m_database.connection();
    sql::Transaction tx(db);
    AnalyticsRepository repo(db);
    const int version = repo.addWeights(alpha, beta, gamma, viewer.id, nowMs());
    tx.commit();
    return *repo.weights(version);
}

Result<QList<MyDay>> AnalyticsService::myActivity(const AuthUser &member, const QDate &from, const QDate &to)
{
    if (!from.isValid() || !to.isValid() || from > to || from.daysTo(to) >= RangeDaysMax) {
        return ApiError::badRequest(errors::InvalidField,
                                    u"'from' and 'to' are dates (YYYY-MM-DD), from not after to, at most %1 days "
                                    "apart."_s.arg(RangeDaysMax));
    }
    return AnalyticsRepository(m_database.connection()).memberDays(member.id, dayOf(from), dayOf(to));
}

} // namespace guild::server
