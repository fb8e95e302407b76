#include "paymentledger.h"

#include "protocol/limits.h"

#include <algorithm>
#include <limits>

namespace guild::server {

void PaymentLedger::Timeline::build(QList<std::pair<qint64, double>> points)
{
    std::sort(points.begin(), points.end());
    double sum = 0;
    for (const auto &[time, amount] : points) {
        sum += amount;
        times.append(time);
        sums.append(sum);
    }
}

double PaymentLedger::Timeline::before(qint64 t) const
{
    const auto at = std::lower_bound(times.cbegin(), times.cend(), t);
    return at == times.cbegin() ? 0 : sums.at(at - times.cbegin() - 1);
}

PaymentLedger::PaymentLedger(QList<PaidPayment> payments, qint64 now)
{
    std::sort(payments.begin(), payments.end(),
              [](const PaidPayment &a, const PaidPayment &b) { return a.userId < b.userId; });
    QList<std::pair<qint64, double>> revenue;
    QList<std::pair<qint64, double>> starts;
    QList<std::pair<qint64, double>> ends;
    QList<std::pair<qint64, double>> firsts;
    QList<std::pair<qint64, double>> lapses;
    for (qsizetype i = 0; i < payments.size();) {
        // One member's payments.
        const qint64 member = payments.at(i).userId;
        qsizetype next = i;
        QList<std::pair<qint64, qint64>> paidFor;
        qint64 first = std::numeric_limits<qint64>::max();
        std::optional<qint64> lastEnd;
        for (; next < payments.size() && payments.at(next).userId == member; ++next) {
            const PaidPayment &p = payments.at(next);
            revenue.append({p.paidAt, p.cents});
            first = std::min(first, p.paidAt);
            if (p.once) {
                paidFor.append({p.paidAt, p.paidAt + 1}); // a purchase counts in the period it was made
            } else if (p.tier && p.periodStart && p.periodEnd) {
                lastEnd = std::max(lastEnd.value_or(*p.periodEnd), *p.periodEnd);
                if (*p.periodEnd > *p.periodStart) { // a period cut before it began paid for nothing
                    starts.append({*p.periodStart, p.monthlyCents});
                    ends.append({*p.periodEnd, p.monthlyCents});
                    paidFor.append({*p.periodStart, *p.periodEnd});
                }
            }
        }
        firsts.append({first, 1});
        if (lastEnd && *lastEnd + protocol::limits::MembershipGraceMs <= now) {
            lapses.append({*lastEnd + protocol::limits::MembershipGraceMs, 1});
        }
        std::sort(paidFor.begin(), paidFor.end());
        qint64 previousEnd = std::numeric_limits<qint64>::min();
        for (qsizetype k = 0; k < paidFor.size();) {
            Run run{paidFor.at(k).first, paidFor.at(k).second, previousEnd};
            for (++k; k < paidFor.size() && paidFor.at(k).first <= run.end; ++k) {
                run.end = std::max(run.end, paidFor.at(k).second);
            }
            if (run.end > run.start) {
                m_runs.append(run);
                previousEnd = run.end;
            }
        }
        i = next;
    }
    std::sort(m_runs.begin(), m_runs.end(), [](const Run &a, const Run &b) { return a.start < b.start; });
    m_revenue.build(revenue);
    m_tierStarts.build(starts);
    m_tierEnds.build(ends);
    m_firstPayments.build(firsts);
    m_lapses.build(lapses);
}

MoneyFigures PaymentLedger::over(qint64 fromMs, qint64 toMs) const
{
    MoneyFigures m;
    m.revenueCents = m_revenue.before(toMs) - m_revenue.before(fromMs);
    // In force at the period's end: started before it and not ended before it.
    m.mrrCents = m_tierStarts.before(toMs) - m_tierEnds.before(toMs);
    m.converted = m_firstPayments.before(toMs) - m_firstPayments.before(fromMs);
    m.churned = m_lapses.before(toMs) - m_lapses.before(fromMs);
    // A member pays in the period if a run of theirs meets it; counted at their first such run.
    for (const Run &run : m_runs) {
        if (run.start >= toMs) {
            break;
        }
        m.payers += run.end > fromMs && run.previousEnd <= fromMs ? 1 : 0;
    }
    return m;
}

} // namespace guild::server
