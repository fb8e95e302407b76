#include "reportbuilder.h"

#include "clock.h"
#include "contentsums.h"
#include "scoring/activityscore.h"
#include "storage/analyticscounters.h"
#include "storage/analyticsrepository.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace guild::server {

using namespace protocol::analytics;

namespace {
constexpr qint64 DayMs = 24LL * 3600 * 1000;
constexpr int TopContent = 10;
constexpr int CohortWeeksMax = 12;

/// The `limit` first by reading time and by completions (ties: the other figure, then the item).
std::pair<QList<ContentFigure>, QList<ContentFigure>> rankContent(const QList<ContentFigure> &all, int limit)
{
    auto ranked = [&](auto better) {
        QList<ContentFigure> top = all;
        const auto cut = top.begin() + std::min<qsizetype>(limit, top.size());
        std::partial_sort(top.begin(), cut, top.end(), better);
        top.erase(cut, top.end());
        return top;
    };
    const auto key = [](const ContentFigure &c) { return std::tie(c.itemType, c.itemId); };
    QList<ContentFigure> byReading = ranked([&](const ContentFigure &a, const ContentFigure &b) {
        return a.readingSeconds != b.readingSeconds ? a.readingSeconds > b.readingSeconds
               : a.completions != b.completions     ? a.completions > b.completions
                                                    : key(a) < key(b);
    });
    QList<ContentFigure> byCompletion = ranked([&](const ContentFigure &a, const ContentFigure &b) {
        return a.completions != b.completions         ? a.completions > b.completions
               : a.readingSeconds != b.readingSeconds ? a.readingSeconds > b.readingSeconds
                                                      : key(a) < key(b);
    });
    return {byReading, byCompletion};
}
} // namespace

ReportBuilder::ReportBuilder(AnalyticsRepository &repo, AnalyticsCounters &counters)
    : m_repo(repo)
    , m_counters(counters)
{}

int ReportBuilder::dayOf(const QDate &date)
{
    return static_cast<int>(QDate(1970, 1, 1).daysTo(date));
}

QList<std::pair<QDate, QDate>> ReportBuilder::periodsOf(const QDate &from, const QDate &to, const QString &granularity)
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

Report ReportBuilder::build(const QDate &from, const QDate &to, const QString &granularity, const Weights &weights)
{
    Report report;
    report.from = from;
    report.to = to;
    report.granularity = granularity;
    report.weights = weights;
    m_ledger.emplace(m_repo.paidPayments(), nowMs());
    m_joined = m_repo.joinDays();
    // The range before, of the same length, for the headline figures' comparison.
    const qint64 length = from.daysTo(to) + 1;
    const QDate previousFrom = from.addDays(-length);
    const QDate previousTo = from.addDays(-1);
    m_days = m_repo.communityDays(dayOf(previousFrom), dayOf(to));
    for (qsizetype i = 1; i < m_joined.size(); ++i) {
        m_joined[i].second += m_joined[i - 1].second;
    }
    const auto periods = periodsOf(from, to, granularity);
    QList<int> ends{dayOf(previousTo), dayOf(to)};
    for (const auto &period : periods) {
        ends.append(dayOf(period.second));
    }
    const auto reach = m_counters.reach(ends);
    for (const auto &[start, end] : periods) {
        report.periods.append(figuresFor(start, end, weights, reach));
    }
    report.total = figuresFor(from, to, weights, reach);
    report.previousTotal = figuresFor(previousFrom, previousTo, weights, reach);
    std::tie(report.topByReading, report.topByCompletion) = topContent(from, to);
    report.cohorts = cohortsFor(from, to);
    return report;
}

std::pair<QList<ContentFigure>, QList<ContentFigure>> ReportBuilder::topContent(const QDate &from, const QDate &to)
{
    auto top = rankContent(ContentSums(m_repo).over(dayOf(from), dayOf(to)), TopContent);
    m_repo.addTitles(top.first);
    m_repo.addTitles(top.second);
    return top;
}

double ReportBuilder::joinedThrough(int day) const
{
    // m_joined holds (day, members joined on it and before), ascending.
    const auto after = std::upper_bound(m_joined.cbegin(), m_joined.cend(), day,
                                        [](int d, const std::pair<int, double> &j) { return d < j.first; });
    return after == m_joined.cbegin() ? 0 : std::prev(after)->second;
}

PeriodFigures ReportBuilder::figuresFor(const QDate &start, const QDate &end, const Weights &w,
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
    f.members = joinedThrough(toDay);
    double memberDays = 0;
    const auto first = std::lower_bound(m_days.cbegin(), m_days.cend(), fromDay,
                                        [](const CommunityDay &d, int day) { return d.day < day; });
    for (auto it = first; it != m_days.cend() && it->day <= toDay; ++it) {
        it->addTo(f);
        memberDays += it->activeMembers;
    }
    f.consumers = m_counters.distinctMembers(AnalyticsCounters::Kind::Consuming, fromDay, toDay);
    const MoneyFigures money = m_ledger->over(startMs, endMs);
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
    const scoring::ActivityScore score = scoring::computeActivity(
        {f.members, f.hoursPerDay, f.consumingShare, f.quality, f.monetisation}, {w.alpha, w.beta, w.gamma});
    f.participation = score.participation;
    f.activity = score.activity;

    f.dau = memberDays / f.days;
    std::tie(f.wau, f.mau) = reach.value(toDay);
    f.newMembers = joinedThrough(toDay) - joinedThrough(fromDay - 1);
    return f;
}

QList<Cohort> ReportBuilder::cohortsFor(const QDate &from, const QDate &to)
{
    QDate first = from.addDays(1 - from.dayOfWeek());
    const QDate lastWeek = to.addDays(1 - to.dayOfWeek());
    first = std::max(first, lastWeek.addDays(-7 * (CohortWeeksMax - 1)));
    const auto active = m_counters.cohortWeeks(dayOf(first), dayOf(lastWeek), dayOf(lastWeek));
    QList<Cohort> cohorts;
    for (QDate week = first; week <= lastWeek; week = week.addDays(7)) {
        const int joinDay = dayOf(week);
        Cohort c{week, joinedThrough(joinDay + 6) - joinedThrough(joinDay - 1), {}};
        for (QDate at = week; at <= to; at = at.addDays(7)) {
            c.retention.append(c.size > 0 ? active.value({joinDay, dayOf(at)}) / c.size : 0);
        }
        cohorts.append(c);
    }
    return cohorts;
}

} // namespace guild::server
