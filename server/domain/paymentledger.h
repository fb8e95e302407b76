#pragma once

#include "storage/analyticsrepository.h"

#include <QList>

namespace guild::server {

/// Money over a period, from the payments table (tier payments cover the period they paid for;
/// docs/analytics.md).
struct MoneyFigures
{
    double payers = 0;
    double revenueCents = 0;
    double mrrCents = 0;
    double churned = 0;
    double converted = 0;
};

/// The report's money figures for any number of periods from one read of the paid payments: sorted
/// times and running sums answer each period with a few binary searches instead of five statements.
class PaymentLedger final
{
public:
    /// `now` bounds churn (a lapse still to come is not counted).
    PaymentLedger(QList<PaidPayment> payments, qint64 now);

    /// Figures for [fromMs, toMs): paying members, revenue, MRR at toMs, churned and converted members.
    MoneyFigures over(qint64 fromMs, qint64 toMs) const;

private:
    /// Times ascending with the running sum of their amounts.
    struct Timeline
    {
        QList<qint64> times;
        QList<double> sums;
        void build(QList<std::pair<qint64, double>> points);
        /// Σ amounts at times before `t`.
        double before(qint64 t) const;
    };
    /// A member's paid-for time merged into runs: they pay in [start, end).
    struct Run
    {
        qint64 start;
        qint64 end;
        qint64 previousEnd; ///< the same member's run before, or min
    };

    Timeline m_revenue;
    Timeline m_tierStarts;
    Timeline m_tierEnds;
    Timeline m_firstPayments; ///< amount 1 per member
    Timeline m_lapses;        ///< amount 1 per member, their last paid end plus the grace period
    QList<Run> m_runs;        ///< by start
};

} // namespace guild::server
