#pragma once

#include "models/searchresultmodel.h"
#include "search/searchquery.h"

#include <QSqlDatabase>

#include <functional>

namespace guild::app {

/// How a statement for searchHits ranks: by relevance alone, or also by age (then it takes the current
/// time, in ms, as its second value).
enum class Ranking
{
    Relevance,
    RelevanceAndAge,
};

/// How deep a search of the cache goes: the best this many matches (or, for a single character, the
/// newest), so that a word in every other article costs no more than a rare one.
inline constexpr int SearchDepth = 1000;

/// `text` as a LIKE pattern (ESCAPE '\\') matching anything holding it; with `lineBounded`, only a
/// whole line of a multi-line value (tags are kept one a line).
QString likePattern(const QString &text, bool lineBounded = false);

/// Which matches a search keeps when there are more than SearchDepth.
enum class MatchOrder
{
    BestFirst,   ///< by the table's rank (a single character: newest first all the same)
    NewestFirst, ///< by rowid, newest first: chat, where what was said lately is what is looked for
};

/// A full-text index and what it indexes: the FTS5 table, its content table (rowid = id) and the SQL
/// text of the indexed columns joined, for reading the newest rows directly.
struct FullText
{
    QString fts;
    QString table;
    QString text;
};
extern const FullText ArticleText;
extern const FullText ChatText;

/// How many of the newest rows a single Chinese character is looked for in before asking the index.
inline constexpr int ScanWindow = 2000;

/// A subquery of (hit_id, hit_rank) and the one value it takes.
struct MatchedRows
{
    QString sql;
    QVariant value;
};

/// The rows of `source` that `query` finds: the SearchDepth best by the table's rank (bm25 with its
/// column weights, migration 011), or the SearchDepth newest with a rank of 0 (NewestFirst, and any
/// single character). Ordering by hit_rank divided by an age factor, then by id descending, ranks
/// either. A single Chinese character is found in every bigram starting with it, thousands of index
/// entries for a common one, which FTS5 merges before it yields a row; when the newest ScanWindow rows
/// hold SearchDepth matches (or are all there is), reading them gives the same newest matches sooner.
MatchedRows matchedRows(QSqlDatabase &db, const FullText &source, const search::SearchQuery &query,
                        MatchOrder order = MatchOrder::BestFirst);

/// The statement of a search made for the query, with the values it takes before the filters.
using SearchStatement = std::function<std::pair<QString, QVariantList>(const search::SearchQuery &)>;

/// The search box's hits for what was typed: runs `statement`, whose values are, in order, its own
/// (the MATCH expression for a snippet, the matched rows' value), `filters` (the statement's own
/// conditions), the current time (RelevanceAndAge only) and the limit, and whose columns are the hit's
/// id, its container's id, title, snippet, time (ms) and kind (a models::SearchHit::Kind). Empty when
/// there is nothing to search for.
QList<models::SearchHit> searchHits(QSqlDatabase &db, const SearchStatement &statement, Ranking ranking,
                                    const QString &typed, int limit, const QVariantList &filters = {});

} // namespace guild::app
