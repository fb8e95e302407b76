#include "searchquery.h"

#include "tokenizer.h"

using namespace Qt::StringLiterals;

namespace guild::search {

namespace {
bool hasTokens(const QString &term)
{
    return !tokens(term, TokenMode::Query).isEmpty();
}

/// Whether the term ends in a CJK character standing alone (线, Qt 的): found as a prefix of the
/// bigrams that start with it.
bool endsInLoneCjk(const QString &term)
{
    const QList<QByteArray> found = tokens(term, TokenMode::Query);
    if (found.isEmpty()) {
        return false;
    }
    const QString last = QString::fromUtf8(found.last());
    const QList<uint> codePoints = last.toUcs4();
    return codePoints.size() == 1 && isCjk(codePoints.first());
}
} // namespace

SearchQuery SearchQuery::parse(const QString &input, bool typing)
{
    SearchQuery query;
    bool lastQuoted = false;
    QString current;
    bool inQuotes = false;
    const auto finish = [&](bool quoted) {
        if (hasTokens(current)) {
            query.terms.append(current);
            lastQuoted = quoted;
        }
        current.clear();
    };
    for (const QChar ch : input) {
        if (ch == u'"' || ch == u'“' || ch == u'”') {
            finish(inQuotes);
            inQuotes = !inQuotes;
        } else if (ch.isSpace() && !inQuotes) {
            finish(false);
        } else {
            current.append(ch);
        }
    }
    const bool endsOpen = !current.isEmpty() && !inQuotes; // still typing this word
    const qsizetype before = query.terms.size();
    finish(inQuotes);
    query.prefixLast = typing && endsOpen && !lastQuoted && query.terms.size() > before;
    return query;
}

QString SearchQuery::matchExpression() const
{
    QStringList quoted;
    quoted.reserve(terms.size());
    for (qsizetype i = 0; i < terms.size(); ++i) {
        QString escaped = terms.at(i);
        escaped.replace(u'"', u"\"\""_s);
        quoted.append(u'"' + escaped + u'"' + (isPrefix(i) ? u"*"_s : QString()));
    }
    return quoted.join(u" AND "_s);
}

bool SearchQuery::isPrefix(qsizetype i) const
{
    return (prefixLast && i == terms.size() - 1) || endsInLoneCjk(terms.at(i));
}

bool SearchQuery::isSingleCharacter() const
{
    if (terms.size() != 1 || !isPrefix(0)) {
        return false;
    }
    const QList<QByteArray> found = words(0);
    return found.size() == 1 && QString::fromUtf8(found.first()).toUcs4().size() == 1;
}

QList<QByteArray> SearchQuery::words(qsizetype i) const
{
    return tokens(terms.at(i), TokenMode::Query);
}

} // namespace guild::search
