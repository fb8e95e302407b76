#pragma once

#include "models/searchresultmodel.h"

#include <QSqlDatabase>

namespace guild::app {

/// How a statement for searchHits ranks: by relevance alone, or also by age (then it takes the current
/// time, in ms, as its second value).
enum class Ranking
{
    Relevance,
    RelevanceAndAge,
};

/// The search box's hits for what was typed: runs `statement`, whose values are, in order, the MATCH
/// expression, `filters` (the statement's own conditions), the current time (RelevanceAndAge only) and
/// the limit, and whose columns are the hit's id, its container's id, title, snippet, time (ms) and
/// kind (a models::SearchHit::Kind). Empty when there is nothing to search for.
QList<models::SearchHit> searchHits(QSqlDatabase &db, const QString &statement, Ranking ranking, const QString &typed,
                                    int limit, const QVariantList &filters = {});

} // namespace guild::app
