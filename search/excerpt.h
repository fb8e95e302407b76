#pragma once

#include "searchquery.h"

#include <QList>
#include <QString>

// The few words of a found text that show why it was found, for a search result: a window of the text
// around the most matches, and where the matched words are in it. Used by the server, whose two
// engines have different snippet functions (FTS5's snippet(), PostgreSQL's ts_headline with its own
// parser), so that both answer with the same excerpt.
namespace guild::search {

/// A matched word inside an excerpt: its start and length in UTF-16 code units.
struct Mark
{
    int start = 0;
    int length = 0;
    friend bool operator==(const Mark &, const Mark &) = default;
};

struct Excerpt
{
    /// The window, with "…" where it cuts the text; line breaks shown as spaces.
    QString text;
    QList<Mark> marks;
};

/// The window of at most `maxChars` characters (plus the ellipses) of `text` holding the most words
/// that match `query`: its terms' words, a prefix term's last word as a prefix. The text's beginning
/// when nothing in it matches.
Excerpt excerpt(const QString &text, const SearchQuery &query, int maxChars = 120);

} // namespace guild::search
