#include "analyticsservice.h"

#include "clock.h"
#include "protocol/errorcodes.h"
#include "reportbuilder.h"
#include "storage/analyticscounters.h"
#include "storage/analyticsrepository.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "storage/tierrepository.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace guild::server {

using namespace protocol;
using namespace protocol::analytics;

namespace {

constexpr qint64 DayMs = 24LL * 3600 * 1000;

ApiError adminsOnly()
{
    return ApiError::forbidden(errors::Forbidden, u"Only admins see the community's analytics."_s);
}

} // namespace

AnalyticsService::AnalyticsService(Database &database)
    : m_database(database)
{}

Result<IngestSummary> AnalyticsService::ingest(const AuthUser &member, const QList<UsageEvent> &events)
{
    if (events.size() > UsageBatch::Max) {
        return ApiError::badRequest(errors::InvalidField, u"Send at most %1 events at a time."_s.arg(UsageBatch::Max));
    }
    const qint64 now = nowMs();
    const qint64 oldest = (now / DayMs - LateDaysMax) * DayMs;
    QList<UsageEvent> counted;
    IngestSummary summary;
    for (const UsageEvent &e : events) {
        const qint64 at = e.at.toMSecsSinceEpoch();
        if (at < oldest || at > now + ClockSkewMs) {
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

Result<Report> AnalyticsService::report(const AuthUser &viewer, const ReportRequest &query)
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
    const auto weights = AnalyticsRepository(m_database.connection()).weights(query.weightsVersion);
    if (!weights) {
        return ApiError::notFound(u"No such version of the weights."_s);
    }
    return build(query.from, query.to, query.granularity, *weights);
}

Report AnalyticsService::build(const QDate &from, const QDate &to, const QString &granularity, const Weights &weights)
{
    QSqlDatabase db = m_database.connection();
    AnalyticsRepository repo(db);
    AnalyticsCounters counters(db);
    Report report = ReportBuilder(repo, counters).build(from, to, granularity, weights);
    report.currency = TierRepository(db).currency();
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
    return AnalyticsRepository(m_database.connection())
        .memberDays(member.id, ReportBuilder::dayOf(from), ReportBuilder::dayOf(to));
}

} // namespace guild::server
