// Guild's search tokenizer over any bytes (article bodies and chat messages are members' text), in
// every mode: tokens stay inside the input, are never empty or longer than MaxTokenBytes, the first is
// never colocated (FTS5 refuses that); a search box's text is never anything but quoted terms; an
// excerpt's marks stay inside it; PostgreSQL's literals are never empty for a query with terms.
#include "fuzzinput.h"
#include "search/excerpt.h"
#include "search/postgresfts.h"
#include "search/searchquery.h"
#include "search/tokenizer.h"

using namespace guild::search;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    for (TokenMode mode : {TokenMode::Document, TokenMode::Query, TokenMode::Highlight}) {
        bool first = true;
        tokenize(text, mode, [&](const Token &t) {
            GUILD_FUZZ_CHECK(t.start >= 0 && t.start < t.end && static_cast<size_t>(t.end) <= size);
            GUILD_FUZZ_CHECK(!t.text.empty() && t.text.size() <= static_cast<size_t>(MaxTokenBytes));
            GUILD_FUZZ_CHECK(!(first && t.colocated));
            first = false;
            return true;
        });
    }
    const SearchQuery query = SearchQuery::parse(QString::fromUtf8(text.data(), static_cast<qsizetype>(size)), true);
    const QString expression = query.matchExpression();
    GUILD_FUZZ_CHECK(query.isEmpty() == expression.isEmpty());
    GUILD_FUZZ_CHECK(expression.isEmpty() || expression.startsWith(QLatin1Char('"')));
    GUILD_FUZZ_CHECK(query.isEmpty() == tsqueryLiteral(query).isEmpty());
    // The input as a document, searched for its own first half.
    const QString document = QString::fromUtf8(text.data(), static_cast<qsizetype>(size));
    const Excerpt e = excerpt(document, SearchQuery::parse(document.left(document.size() / 2)), 40);
    for (const Mark &m : e.marks) {
        GUILD_FUZZ_CHECK(m.start >= 0 && m.length > 0 && m.start + m.length <= e.text.size());
    }
    (void)tsvectorLiteral({{document, 'A'}});
    return 0;
}
