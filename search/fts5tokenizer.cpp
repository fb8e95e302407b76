#include "fts5tokenizer.h"

#include "sqliteconnection.h"
#include "tokenizer.h"

#include <QLoggingCategory>
#include <QSqlDatabase>

#include <sqlite3.h>

Q_LOGGING_CATEGORY(lcSearch, "guild.search")

namespace guild::search {

namespace {

// The tokenizer keeps no state: every instance is this one object.
struct Instance
{
} instance;

int create(void *, const char **, int, Fts5Tokenizer **out)
{
    *out = reinterpret_cast<Fts5Tokenizer *>(&instance);
    return SQLITE_OK;
}

void destroy(Fts5Tokenizer *) {}

int tokenizeText(Fts5Tokenizer *, void *context, int flags, const char *text, int length,
                 int (*token)(void *, int, const char *, int, int, int))
{
    // Queries (FTS5_TOKENIZE_QUERY, with or without PREFIX) read as queries; the text snippet() and
    // highlight() walk (FTS5_TOKENIZE_AUX) so that matched bigrams are marked whole; documents as such.
    const TokenMode mode = (flags & FTS5_TOKENIZE_QUERY) ? TokenMode::Query
                           : (flags & FTS5_TOKENIZE_AUX) ? TokenMode::Highlight
                                                         : TokenMode::Document;
    int result = SQLITE_OK;
    tokenize(std::string_view(text, length > 0 ? static_cast<size_t>(length) : 0), mode, [&](const Token &t) {
        result = token(context, t.colocated ? FTS5_TOKEN_COLOCATED : 0, t.text.data(), static_cast<int>(t.text.size()),
                       t.start, t.end);
        return result == SQLITE_OK;
    });
    return result; // as FTS5 asks: a callback's refusal (SQLITE_DONE to stop early, say) goes back as it came
}

fts5_api *fts5Of(sqlite3 *handle)
{
    fts5_api *api = nullptr;
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(handle, "SELECT fts5(?1)", -1, &statement, nullptr) != SQLITE_OK) {
        return nullptr;
    }
    sqlite3_bind_pointer(statement, 1, static_cast<void *>(&api), "fts5_api_ptr", nullptr);
    sqlite3_step(statement);
    sqlite3_finalize(statement);
    return api;
}

} // namespace

bool registerTokenizer(QSqlDatabase &db)
{
    sqlite3 *connection = sqliteConnection(db);
    fts5_api *api = connection ? fts5Of(connection) : nullptr;
    if (!api) {
        qCWarning(lcSearch) << "this SQLite has no FTS5: search cannot index";
        return false;
    }
    fts5_tokenizer tokenizer{create, destroy, tokenizeText};
    return api->xCreateTokenizer(api, TokenizerName, nullptr, &tokenizer, nullptr) == SQLITE_OK;
}

} // namespace guild::search
