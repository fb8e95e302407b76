#include "searchhits.h"

#include "cachesql.h"
#include "search/searchquery.h"

namespace guild::app {

QList<models::SearchHit> searchHits(QSqlDatabase &db, const QString &statement, Ranking ranking, const QString &typed,
                                    int limit, const QVariantList &filters)
{
    const search::SearchQuery query = search::SearchQuery::parse(typed, true);
    QList<models::SearchHit> hits;
    if (query.isEmpty()) {
        return hits;
    }
    QVariantList values{query.matchExpression()};
    values += filters;
    if (ranking == Ranking::RelevanceAndAge) {
        values.append(QDateTime::currentMSecsSinceEpoch());
    }
    values.append(limit);
    auto q = cachesql::query(db, statement, values);
    while (q && q->next()) {
        models::SearchHit hit;
        hit.kind = static_cast<models::SearchHit::Kind>(q->value(5).toInt());
        hit.id = q->value(0).toLongLong();
        hit.containerId = q->value(1).toLongLong();
        hit.title = q->value(2).toString();
        hit.snippet = q->value(3).toString();
        hit.at = QDateTime::fromMSecsSinceEpoch(q->value(4).toLongLong(), Qt::UTC);
        hits.append(hit);
    }
    return hits;
}

} // namespace guild::app
