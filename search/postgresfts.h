#pragma once

#include "searchquery.h"

#include <QList>
#include <QString>

// Guild's tokens in PostgreSQL's full-text types, so that the server on PostgreSQL finds what FTS5 with
// Guild's tokenizer finds on SQLite: documents become tsvector literals of the same tokens at the same
// positions (identifier parts share their word's position), queries become tsquery literals with the
// same meaning (terms ANDed, a term's words a phrase, a prefix term's last word a prefix). Both are
// cast from text (`CAST(? AS tsvector)`), never parsed by PostgreSQL's own text search parser.
namespace guild::search {

/// One field of a document and its weight in ranking: 'A' (highest) to 'D'.
struct WeightedText
{
    QString text;
    char weight = 'D';
};

/// The tsvector literal of `fields`, in order; a field's positions follow the one before it with a
/// gap, so a phrase never spans two fields. PostgreSQL's limits are kept: positions above 16,383
/// share the last one, a word keeps its first 255 positions, and words stop being added once their
/// text would pass about 1 MB.
QString tsvectorLiteral(const QList<WeightedText> &fields);

/// The tsquery literal of `query`; empty when there is nothing to search.
QString tsqueryLiteral(const SearchQuery &query);

} // namespace guild::search
