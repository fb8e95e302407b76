#pragma once

#include <QString>
#include <QStringList>

// What a member types into a search box, as an FTS5 MATCH expression over Guild's tokenizer: every
// term must match (AND), "quoted words" must match as a phrase, and the last term, while the member is
// still typing, matches as a prefix. Nothing typed is ever read as FTS5 syntax (NEAR, OR, column
// filters, stray quotes): each term becomes a quoted string.
namespace guild::search {

struct SearchQuery
{
    /// The terms as typed (a quoted phrase is one term, without its quotes); terms with nothing to
    /// search (only punctuation) are left out.
    QStringList terms;
    /// The last term matches as a prefix.
    bool prefixLast = false;

    /// Reads `input`; `typing` makes its last term a prefix (unless it was quoted or ends in a space).
    static SearchQuery parse(const QString &input, bool typing = false);
    bool isEmpty() const { return terms.isEmpty(); }
    /// The FTS5 expression: `"qt" AND "线程"*`. Empty when there is nothing to search.
    QString matchExpression() const;
    /// Whether term `i`'s last word matches as a prefix: the term being typed, or a lone CJK character
    /// at its end (线 finds the bigrams that start with it).
    bool isPrefix(qsizetype i) const;
    /// Term `i` as the tokenizer's words (UTF-8, folded), which must follow each other in a document.
    QList<QByteArray> words(qsizetype i) const;
    /// Whether it is one character searched as a prefix (线, or the first letter typed): it finds
    /// every word starting with it, so nearly everything, and relevance means little.
    bool isSingleCharacter() const;
};

} // namespace guild::search
