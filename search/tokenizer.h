#pragma once

#include <QByteArray>

#include <functional>
#include <string_view>

// Guild's tokenizer: what a word is in an article, a lesson or a chat message, for the client's
// cache and the server alike.
//
// - CJK runs (Han, kana, Hangul) become overlapping bigrams, the last character alone: 线程安全
//   indexes 线程, 程安, 安全, 全, one token per character. A longer query is the phrase of its bigrams
//   (线程安 → 线程 程安 at consecutive positions); a single character is a prefix query (线*), which
//   matches every token starting with it, so every occurrence.
// - Words of letters, digits and underscores are folded like FTS5's unicode61 (case, diacritics,
//   full-width forms), and code identifiers are indexed whole and by their parts at the same
//   position: fetchMore → fetchmore (fetch, more); make_unique → make_unique (make, unique);
//   QAbstractItemModel → qabstractitemmodel (q, abstract, item, model).
// - Everything else separates tokens. Invalid UTF-8 separates too, and is never read past.
namespace guild::search {

enum class TokenMode
{
    Document, ///< indexing: whole words with their parts, CJK characters with their bigrams
    Query,    ///< searching: whole words only, CJK as a phrase of bigrams (or one character)
    /// Marking matches (FTS5's snippet and highlight): as Document. A matched bigram is marked whole;
    /// a one-character match is marked with the character after it (the bigram it found).
    Highlight,
};

/// One token: its folded text (UTF-8), where it came from in the input (byte offsets, end exclusive),
/// and whether it shares the position of the token before it (an identifier's part, a CJK bigram).
struct Token
{
    std::string_view text;
    int start = 0;
    int end = 0;
    bool colocated = false;
};

/// Calls `onToken` for every token of `utf8`, in order; it returns false to stop.
void tokenize(std::string_view utf8, TokenMode mode, const std::function<bool(const Token &)> &onToken);

/// Whether `c` is written in runs without spaces (Han, kana, Hangul): indexed as bigrams.
bool isCjk(char32_t c);

/// The tokens of `text` as a list of folded words (tests, and filling PostgreSQL's tsvector).
QList<QByteArray> tokens(const QString &text, TokenMode mode = TokenMode::Document);

/// Tokens longer than this (in bytes) are dropped: base64 blobs and hashes are not words.
inline constexpr int MaxTokenBytes = 64;

} // namespace guild::search
