#pragma once

#include "scoring/activityscore.h"

#include <QString>

namespace guild::models {

/// The report's periods as CSV (RFC 4180, a header row, one row per period), with A as scored under
/// the weights in `scores` (the what-if view exports what it shows).
QString reportCsv(const protocol::analytics::Report &report, const QList<scoring::ActivityScore> &scores);

} // namespace guild::models
