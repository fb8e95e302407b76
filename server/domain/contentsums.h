#pragma once

#include "protocol/analytics.h"

#include <QHash>

namespace guild::server {

class AnalyticsRepository;

/// Reading per item over any range of days, from as few rows as the sums allow: whole calendar months
/// and Monday weeks from content_monthly and content_weekly, daily rows only for a few days at the
/// range's ends (or a block's days outside the range taken off again, when those are fewer).
class ContentSums final
{
public:
    explicit ContentSums(AnalyticsRepository &repo)
        : m_repo(repo)
    {}

    /// Items with all their figures zero are left out.
    QList<protocol::analytics::ContentFigure> over(int fromDay, int toDay);

private:
    struct Term
    {
        enum class Kind
        {
            Month,
            Week,
            Days
        } kind;
        int first;
        int last;
        double sign;
    };
    using Plan = QList<Term>;

    /// The cheapest plan for a range that holds no whole month.
    Plan piece(int fromDay, int toDay);
    Plan weeks(int fromDay, int toDay);
    int cost(const Plan &plan);
    /// Days in [fromDay, toDay] with any reading (a day without rows costs nothing to sum).
    int daysWithContent(int fromDay, int toDay);

    AnalyticsRepository &m_repo;
    QHash<int, bool> m_hasContent;
};

} // namespace guild::server
