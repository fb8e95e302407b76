#include "reportbuilder.h"

#include "clock.h"
#include "scoring/activityscore.h"
#include "storage/analyticsmemo.h"
#include "storage/analyticsrepository.h"

#include <algorithm>
#include <climits>

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

ReportBuilder::ReportBuilder(AnalyticsRepository &repo, AnalyticsMemo &memo, int closedBefore)
    : m_repo(repo)
    , m_memo(memo)
    , m_closedBefore(closedBefore)
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
    // Cohort cells reach back to the Monday before `from`; everything else ends inside the range.
    m_memo.load(dayOf(from) - 7, dayOf(to));
    const auto periods = periodsOf(from, to, granularity);
    QList<int> ends;
    for (const auto &period : periods) {
        ends.append(dayOf(period.second));
    }
    const auto reach = reachAt(ends);
    for (const auto &[start, end] : periods) {
        report.periods.append(figuresFor(start, end, weights, reach));
    }
    std::tie(report.topByReading, report.topByCompletion) = topContent(from, to);
    report.cohorts = cohortsFor(from, to);
    return report;
}

std::pair<QList<ContentFigure>, QList<ContentFigure>> ReportBuilder::topContent(const QDate &from, const QDate &to)
{
    // Whole final months come summed per item from content_monthly (filled the first time); the other
    // days, at most a month at either end and the last three months, from the daily rows.
    QHash<std::pair<QString, qint64>, ContentFigure> sums;
    const auto add = [&sums](const QList<ContentFigure> &rows) {
        for (const ContentFigure &c : rows) {
            ContentFigure &sum = sums[{c.itemType, c.itemId}];
            sum.itemType = c.itemType;
            sum.itemId = c.itemId;
            sum.readingSeconds += c.readingSeconds;
            sum.completions += c.completions;
            sum.reads += c.reads;
        }
    };
    QDate spanStart = from;
    const auto flush = [&](const QDate &spanEnd) {
        if (spanStart <= spanEnd) {
            add(m_repo.contentSums(dayOf(spanStart), dayOf(spanEnd)));
        }
    };
    for (QDate day = from; day <= to;) {
        const QDate monthEnd(day.year(), day.month(), day.daysInMonth());
        if (day.day() != 1 || monthEnd > to || !closed(dayOf(monthEnd))) {
            day = day.addDays(1);
            continue;
        }
        flush(day.addDays(-1));
        const int monthDay = dayOf(day);
        if (!m_memo.find(u"content_month"_s, monthDay, dayOf(monthEnd))) {
            m_repo.fillContentMonth(monthDay, dayOf(monthEnd));
            m_memo.keep(u"content_month"_s, monthDay, dayOf(monthEnd), 0, 1);
        }
        add(m_repo.contentMonth(monthDay));
        day = monthEnd.addDays(1);
        spanStart = day;
    }
    flush(to);
    auto top = rankContent(sums.values(), TopContent);
    m_repo.addTitles(top.first);
    m_repo.addTitles(top.second);
    return top;
}

double ReportBuilder::consumers(int fromDay, int toDay)
{
    if (const auto kept = m_memo.find(u"consumers"_s, fromDay, toDay)) {
        return *kept;
    }
    const double value = m_repo.consumers(fromDay, toDay);
    if (closed(toDay)) {
        m_memo.keep(u"consumers"_s, fromDay, toDay, 0, value);
    }
    return value;
}

QHash<int, std::pair<double, double>> ReportBuilder::reachAt(const QList<int> &endDays)
{
    // WAU and MAU at every period's end in one pass over the rows of the ends not kept yet: a query per
    // period would read the overlapping 30-day windows again and again (bench/bench_analytics).
    QHash<int, std::pair<double, double>> out;
    QList<int> missing;
    for (int e : endDays) {
        const auto week = m_memo.find(u"wau"_s, e, e);
        const auto month = m_memo.find(u"mau"_s, e, e);
        if (week && month) {
            out.insert(e, {*week, *month});
        } else {
            missing.append(e);
        }
    }
    const auto computed = m_repo.reach(missing);
    for (auto it = computed.cbegin(); it != computed.cend(); ++it) {
        out.insert(it.key(), *it);
        if (closed(it.key())) {
            m_memo.keep(u"wau"_s, it.key(), it.key(), 0, it->first);
            m_memo.keep(u"mau"_s, it.key(), it.key(), 0, it->second);
        }
    }
    return out;
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
    f.members = m_repo.membersBefore(endMs);
    const double memberDays = m_repo.addTotals(fromDay, toDay, f);
    f.consumers = consumers(fromDay, toDay);
    const MoneyFigures money = m_repo.money(startMs, endMs, nowMs());
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
    f.newMembers = m_repo.membersJoined(startMs, endMs);
    return f;
}

QList<Cohort> ReportBuilder::cohortsFor(const QDate &from, const QDate &to)
{
    QDate first = from.addDays(1 - from.dayOfWeek());
    const QDate lastWeek = to.addDays(1 - to.dayOfWeek());
    first = std::max(first, lastWeek.addDays(-7 * (CohortWeeksMax - 1)));
    // The cells not kept yet are counted in one pass over the cohorts' activity.
    int missingFrom = INT_MAX;
    for (QDate week = first; week <= lastWeek; week = week.addDays(7)) {
        for (QDate at = week; at <= to; at = at.addDays(7)) {
            if (!m_memo.find(u"cohort"_s, dayOf(at), dayOf(at) + 6, dayOf(week))) {
                missingFrom = std::min(missingFrom, dayOf(at));
            }
        }
    }
    QHash<std::pair<int, int>, double> counted;
    if (missingFrom != INT_MAX) {
        counted = m_repo.cohortWeeks(dayOf(first) * DayMs, (dayOf(lastWeek) + 7) * DayMs, missingFrom,
                                     dayOf(lastWeek) + 6, dayOf(first));
    }
    QList<Cohort> cohorts;
    for (QDate week = first; week <= lastWeek; week = week.addDays(7)) {
        const int joinDay = dayOf(week);
        Cohort c{week, m_repo.membersJoined(joinDay * DayMs, (joinDay + 7) * DayMs), {}};
        for (QDate at = week; at <= to; at = at.addDays(7)) {
            const int fromDay = dayOf(at);
            double active = 0;
            if (const auto kept = m_memo.find(u"cohort"_s, fromDay, fromDay + 6, joinDay)) {
                active = *kept;
            } else {
                active = counted.value({joinDay, fromDay});
                if (closed(fromDay + 6)) {
                    m_memo.keep(u"cohort"_s, fromDay, fromDay + 6, joinDay, active);
                }
            }
            c.retention.append(c.size > 0 ? active / c.size : 0);
        }
        cohorts.append(c);
    }
    return cohorts;
}

} // namespace guild::server
