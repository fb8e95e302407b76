#include "searchhits.h"

#include "cachesql.h"
#include "search/searchquery.h"

using namespace Qt::StringLiterals;

namespace guild::app {

QString likePattern(const QString &text, bool lineBounded)
{
    QString escaped = text.toLower();
    escaped.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
    return lineBounded ? QString(u"%\n"_s + escaped + u"\n%"_s) : QString(u'%' + escaped + u'%');
}

QString matchedRows(const QString &fts, const search::SearchQuery &query, MatchOrder order)
{
    // FTS5 walks a table in rowid order or sorts by rank itself; either stops at the limit, so the
    // join to the table and the age factor only ever see SearchDepth rows.
    const bool newest = order == MatchOrder::NewestFirst || query.isSingleCharacter();
    const QString select = newest ? u"0.0 AS hit_rank FROM %1 WHERE %1 MATCH ? ORDER BY rowid DESC"_s
                                  : u"rank AS hit_rank FROM %1 WHERE %1 MATCH ? ORDER BY rank"_s;
    return u"(SELECT rowid AS hit_id, "_s + select.arg(fts) + u" LIMIT "_s + QString::number(SearchDepth) + u')';
}

QList<models::SearchHit> searchHits(QSqlDatabase &db, const SearchStatement &statement, Ranking ranking,
                                    const QString &typed, int limit, const QVariantList &filters, int matches)
{
    const search::SearchQuery query = search::SearchQuery::parse(typed, true);
    QList<models::SearchHit> hits;
    if (query.isEmpty()) {
        return hits;
    }
    QVariantList values;
    for (int i = 0; i < matches; ++i) {
        values.append(query.matchExpression());
    }
    values += filters;
    if (ranking == Ranking::RelevanceAndAge) {
        values.append(QDateTime::currentMSecsSinceEpoch());
    }
    values.append(limit);
    auto q = cachesql::query(db, statement(query), values);
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
