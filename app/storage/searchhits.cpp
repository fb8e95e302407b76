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

const FullText ArticleText{u"articles_fts"_s, u"articles"_s,
                           u"COALESCE(title, '') || char(10) || COALESCE(summary, '') || char(10) || COALESCE(body, "
                           "'') || char(10) || COALESCE(tags, '')"_s};
const FullText ChatText{u"chat_fts"_s, u"chat_messages"_s, u"COALESCE(body, '') || char(10) || COALESCE(sender, '')"_s};

namespace {

/// The single Han character `query` is, or nothing. A Han character is always part of a CJK run and
/// never folded, so every occurrence of it in the text is a token starting with it: a substring test
/// finds the same rows. (Kana and Hangul have width forms the tokenizer folds: the index answers them.)
std::optional<QString> loneHanCharacter(const search::SearchQuery &query)
{
    if (!query.isSingleCharacter()) {
        return std::nullopt;
    }
    const QString character = QString::fromUtf8(query.words(0).first());
    const QList<uint> codePoints = character.toUcs4();
    const auto han = [](uint c) {
        return (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x20000 && c <= 0x3FFFF);
    };
    return codePoints.size() == 1 && han(codePoints.first()) ? std::optional(character) : std::nullopt;
}

} // namespace

MatchedRows matchedRows(QSqlDatabase &db, const FullText &source, const search::SearchQuery &query, MatchOrder order)
{
    const QString depth = QString::number(SearchDepth);
    if (const std::optional<QString> character = loneHanCharacter(query)) {
        const QString window = u"(SELECT id, %1 AS t FROM %2 ORDER BY id DESC LIMIT %3)"_s.arg(
            source.text, source.table, QString::number(ScanWindow));
        auto probe =
            cachesql::query(db, u"SELECT COUNT(*), COALESCE(SUM(instr(t, ?) > 0), 0) FROM "_s + window, {*character});
        if (probe && probe->next() &&
            (probe->value(0).toInt() < ScanWindow || probe->value(1).toInt() >= SearchDepth)) {
            return {u"(SELECT id AS hit_id, 0.0 AS hit_rank FROM "_s + window +
                        u" WHERE instr(t, ?) > 0 ORDER BY id "
                        "DESC LIMIT "_s +
                        depth + u')',
                    *character};
        }
    }
    // FTS5 walks a table in rowid order or sorts by rank itself; either stops at the limit, so the
    // join to the table and the age factor only ever see SearchDepth rows.
    const bool newest = order == MatchOrder::NewestFirst || query.isSingleCharacter();
    const QString select = newest ? u"0.0 AS hit_rank FROM %1 WHERE %1 MATCH ? ORDER BY rowid DESC"_s
                                  : u"rank AS hit_rank FROM %1 WHERE %1 MATCH ? ORDER BY rank"_s;
    return {u"(SELECT rowid AS hit_id, "_s + select.arg(source.fts) + u" LIMIT "_s + depth + u')',
            query.matchExpression()};
}

QList<models::SearchHit> searchHits(QSqlDatabase &db, const SearchStatement &statement, Ranking ranking,
                                    const QString &typed, int limit, const QVariantList &filters)
{
    const search::SearchQuery query = search::SearchQuery::parse(typed, true);
    QList<models::SearchHit> hits;
    if (query.isEmpty()) {
        return hits;
    }
    auto [sql, values] = statement(query);
    values += filters;
    if (ranking == Ranking::RelevanceAndAge) {
        values.append(QDateTime::currentMSecsSinceEpoch());
    }
    values.append(limit);
    auto q = cachesql::query(db, sql, values);
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
