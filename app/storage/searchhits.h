#pragma once

#include "models/searchresultmodel.h"

#include <QSqlDatabase>

namespace guild::app {

/// The search box's hits of one kind for what was typed: runs `statement`, whose values are the MATCH
/// expression, the current time (for ranking by age) and the limit, and whose columns are the hit's
/// id, its container's id, title, snippet and time (ms). Empty when there is nothing to search for.
QList<models::SearchHit> searchHits(QSqlDatabase &db, models::SearchHit::Kind kind, const QString &statement,
                                    const QString &typed, int limit);

} // namespace guild::app
