#include "searchquery.h"

#include "tokenizer.h"

using namespace Qt::StringLiterals;

namespace guild::search {

namespace {
bool hasTokens(const QString &term)
{
    return !tokens(term, TokenMode::Query).isEmpty();
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
    for (const QString &term : terms) {
        QString escaped = term;
        escaped.replace(u'"', u"\"\""_s);
        quoted.append(u'"' + escaped + u'"');
    }
    if (prefixLast && !quoted.isEmpty()) {
        quoted.last().append(u'*');
    }
    return quoted.join(u" AND "_s);
}

} // namespace guild::search
