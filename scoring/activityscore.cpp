#include "activityscore.h"

#include <algorithm>
#include <cmath>

namespace guild::scoring {

namespace {

double finiteOrZero(double value)
{
    return std::isfinite(value) ? value : 0.0;
}

double unit(double value)
{
    return std::clamp(finiteOrZero(value), 0.0, 1.0);
}

} // namespace

ActivityScore computeActivity(const ActivityInputs &in, const ActivityWeights &w)
{
    const double n = std::max(0.0, finiteOrZero(in.members));
    const double t = std::clamp(finiteOrZero(in.hoursPerDay), 0.0, 24.0);
    const double c = unit(in.contentQuality);
    ActivityScore score;
    score.participation = n * t * unit(in.consumingShare) * c;
    score.activity = finiteOrZero(w.alpha) * score.participation + finiteOrZero(w.beta) * c +
                     finiteOrZero(w.gamma) * unit(in.monetisation);
    return score;
}

QList<ActivityScore> activityOver(const QList<protocol::analytics::PeriodFigures> &periods, const ActivityWeights &w)
{
    QList<ActivityScore> scores;
    scores.reserve(periods.size());
    for (const auto &p : periods) {
        scores.append(computeActivity({p.members, p.hoursPerDay, p.consumingShare, p.quality, p.monetisation}, w));
    }
    return scores;
}

} // namespace guild::scoring
