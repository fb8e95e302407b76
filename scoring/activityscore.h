#pragma once

#include "protocol/analytics.h"

#include <QList>

namespace guild::scoring {

/// Inputs of the community activity model (docs/analytics.md).
struct ActivityInputs
{
    double members = 0;        ///< N, members in the period
    double hoursPerDay = 0;    ///< T, average hours a member spends per day
    double consumingShare = 0; ///< p, share of members who consume content, in [0, 1]
    double contentQuality = 0; ///< C, in [0, 1]
    double monetisation = 0;   ///< B, normalised into [0, 1]
};

struct ActivityWeights
{
    double alpha = 1;
    double beta = 1;
    double gamma = 1;
};

struct ActivityScore
{
    double participation = 0; ///< P = N × T × p × C
    double activity = 0;      ///< A = αP + βC + γB
};

/// The one implementation of the activity score, used by the dashboard and the server alike. Inputs
/// outside their ranges are clamped (negative counts to 0, shares and quality into [0, 1]).
ActivityScore computeActivity(const ActivityInputs &inputs, const ActivityWeights &weights);

/// The score of each period of a report under other weights: the dashboard's what-if, computed here
/// rather than asked of the server.
QList<ActivityScore> activityOver(const QList<protocol::analytics::PeriodFigures> &periods,
                                  const ActivityWeights &weights);

} // namespace guild::scoring
