#include "tokenizer.h"

#include <QChar>
#include <QList>
#include <QString>

#include <string>

namespace guild::search {

namespace {

constexpr char32_t Invalid = 0xFFFFFFFF;

/// The code point at `i` and its length in bytes; Invalid (length 1) for anything malformed: a
/// truncated or overlong sequence, a surrogate, a stray continuation byte.
char32_t decode(std::string_view s, size_t i, int &length)
{
    const auto first = static_cast<unsigned char>(s[i]);
    length = 1;
    if (first < 0x80) {
        return first;
    }
    int n = 0;
    char32_t c = 0;
    if ((first & 0xE0) == 0xC0) {
        n = 2;
        c = first & 0x1F;
    } else if ((first & 0xF0) == 0xE0) {
        n = 3;
        c = first & 0x0F;
    } else if ((first & 0xF8) == 0xF0) {
        n = 4;
        c = first & 0x07;
    } else {
        return Invalid;
    }
    if (i + n > s.size()) {
        return Invalid;
    }
    for (int k = 1; k < n; ++k) {
        const auto next = static_cast<unsigned char>(s[i + k]);
        if ((next & 0xC0) != 0x80) {
            return Invalid;
        }
        c = (c << 6) | (next & 0x3F);
    }
    static constexpr char32_t Smallest[] = {0, 0, 0x80, 0x800, 0x10000};
    if (c < Smallest[n] || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) {
        return Invalid;
    }
    length = n;
    return c;
}

} // namespace

bool isCjk(char32_t c)
{
    return (c >= 0x3040 && c <= 0x30FF)       // hiragana, katakana
           || (c >= 0x3400 && c <= 0x4DBF)    // CJK extension A
           || (c >= 0x4E00 && c <= 0x9FFF)    // CJK unified ideographs
           || (c >= 0xAC00 && c <= 0xD7AF)    // Hangul syllables
           || (c >= 0xF900 && c <= 0xFAFF)    // CJK compatibility ideographs
           || (c >= 0x20000 && c <= 0x323AF); // CJK extensions B to H
}

namespace {

enum class Kind
{
    Separator,
    Word, ///< a letter, a digit or an underscore
    Mark, ///< a combining mark: part of the word it follows
    Cjk,
};

Kind kindOf(char32_t c)
{
    if (c < 0x80) {
        const bool word = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
        return word ? Kind::Word : Kind::Separator;
    }
    if (c == Invalid) {
        return Kind::Separator;
    }
    if (isCjk(c)) {
        return Kind::Cjk;
    }
    if (QChar::isLetterOrNumber(c)) {
        return Kind::Word;
    }
    switch (QChar::category(c)) {
    case QChar::Mark_NonSpacing:
    case QChar::Mark_SpacingCombining:
    case QChar::Mark_Enclosing:
        return Kind::Mark;
    default:
        return Kind::Separator;
    }
}

struct CodePoint
{
    char32_t c;
    int start; ///< byte offset in the input
    int end;
};

/// Folds a word like FTS5's unicode61: lower case, no diacritics, compatibility forms (full-width
/// letters, ligatures) decomposed. ASCII, by far the most common, takes the short way.
void fold(std::string_view word, std::string &out)
{
    out.clear();
    bool ascii = true;
    for (char ch : word) {
        if (static_cast<unsigned char>(ch) >= 0x80) {
            ascii = false;
            break;
        }
    }
    if (ascii) {
        out.reserve(word.size());
        for (char ch : word) {
            out.push_back(ch >= 'A' && ch <= 'Z' ? static_cast<char>(ch - 'A' + 'a') : ch);
        }
        return;
    }
    const QString decomposed =
        QString::fromUtf8(word.data(), static_cast<qsizetype>(word.size())).normalized(QString::NormalizationForm_KD);
    QString kept;
    kept.reserve(decomposed.size());
    for (QChar ch : decomposed) {
        const QChar::Category category = ch.category();
        if (category != QChar::Mark_NonSpacing && category != QChar::Mark_SpacingCombining &&
            category != QChar::Mark_Enclosing) {
            kept.append(ch);
        }
    }
    const QByteArray utf8 = kept.toCaseFolded().toUtf8();
    out.assign(utf8.constData(), static_cast<size_t>(utf8.size()));
}

/// Emits tokens, making sure the first token at each position is not marked colocated (FTS5 refuses
/// that) even when the token that would have opened the position was dropped for its length.
class Emitter
{
public:
    explicit Emitter(const std::function<bool(const Token &)> &onToken)
        : m_emit(onToken)
    {}

    void newPosition() { m_positionOpen = false; }
    /// False once the caller asked to stop.
    bool token(std::string_view text, int start, int end)
    {
        if (m_stopped || text.empty() || text.size() > static_cast<size_t>(MaxTokenBytes)) {
            return !m_stopped;
        }
        m_stopped = !m_emit(Token{text, start, end, m_positionOpen});
        m_positionOpen = true;
        return !m_stopped;
    }
    bool stopped() const { return m_stopped; }

private:
    const std::function<bool(const Token &)> &m_emit;
    bool m_positionOpen = false;
    bool m_stopped = false;
};

/// Where an identifier breaks into parts: underscores, lower → upper (fetch|More), the last of a run
/// of capitals before a lower-case letter (HTTP|Server, Q|Abstract), letters ↔ digits (qt|6).
QList<std::pair<int, int>> identifierParts(const std::vector<CodePoint> &word)
{
    QList<std::pair<int, int>> parts; // indexes into `word`, end exclusive
    int begin = -1;
    const auto close = [&](int at) {
        if (begin >= 0 && at > begin) {
            parts.append({begin, at});
        }
        begin = -1;
    };
    for (int i = 0; i < static_cast<int>(word.size()); ++i) {
        const char32_t c = word[i].c;
        if (c == '_') {
            close(i);
            continue;
        }
        if (begin >= 0 && i > 0) {
            const char32_t prev = word[i - 1].c;
            const bool lowerToUpper = QChar::isLower(prev) && QChar::isUpper(c);
            const bool capitalsEnd = QChar::isUpper(prev) && QChar::isUpper(c) &&
                                     i + 1 < static_cast<int>(word.size()) && QChar::isLower(word[i + 1].c);
            const bool digitEdge = prev != '_' && QChar::isDigit(prev) != QChar::isDigit(c) &&
                                   kindOf(c) == Kind::Word && kindOf(prev) == Kind::Word;
            if (lowerToUpper || capitalsEnd || digitEdge) {
                close(i);
            }
        }
        if (begin < 0 && kindOf(c) == Kind::Word) {
            begin = i;
        }
    }
    close(static_cast<int>(word.size()));
    return parts;
}

void emitWord(std::string_view utf8, const std::vector<CodePoint> &word, TokenMode mode, Emitter &emitter)
{
    // The whole word, without the underscores around it (__init__ is init).
    int first = 0;
    int last = static_cast<int>(word.size());
    while (first < last && word[first].c == '_') {
        ++first;
    }
    while (last > first && word[last - 1].c == '_') {
        --last;
    }
    if (first == last) {
        return;
    }
    std::string folded;
    const int start = word[first].start;
    const int end = word[last - 1].end;
    fold(utf8.substr(start, end - start), folded);
    emitter.newPosition();
    if (!emitter.token(folded, start, end) || mode == TokenMode::Query) {
        return;
    }
    const QList<std::pair<int, int>> parts = identifierParts(word);
    if (parts.size() < 2) {
        return;
    }
    for (const auto &[from, to] : parts) {
        const int partStart = word[from].start;
        const int partEnd = word[to - 1].end;
        fold(utf8.substr(partStart, partEnd - partStart), folded);
        if (!emitter.token(folded, partStart, partEnd)) {
            return;
        }
    }
}

void emitCjk(std::string_view utf8, const std::vector<CodePoint> &run, TokenMode mode, Emitter &emitter)
{
    // One token per character: the bigram it starts, or the character alone at the end of the run.
    // A phrase of bigrams finds any run of two or more; a single character is a prefix of the tokens
    // that start with it (SearchQuery asks for it so), which are all its occurrences.
    const int n = static_cast<int>(run.size());
    const auto text = [&](int from, int to) { return utf8.substr(run[from].start, run[to].end - run[from].start); };
    const int last = mode == TokenMode::Query && n > 1 ? n - 1 : n; // a query's final character is in its last bigram
    for (int i = 0; i < last; ++i) {
        emitter.newPosition();
        const int to = i + 1 < n ? i + 1 : i;
        if (!emitter.token(text(i, to), run[i].start, run[to].end)) {
            return;
        }
    }
}

} // namespace

void tokenize(std::string_view utf8, TokenMode mode, const std::function<bool(const Token &)> &onToken)
{
    Emitter emitter(onToken);
    std::vector<CodePoint> run;
    Kind runKind = Kind::Separator;
    const auto flush = [&] {
        if (run.empty()) {
            return;
        }
        if (runKind == Kind::Cjk) {
            emitCjk(utf8, run, mode, emitter);
        } else {
            emitWord(utf8, run, mode, emitter);
        }
        run.clear();
    };
    size_t i = 0;
    while (i < utf8.size() && !emitter.stopped()) {
        int length = 1;
        const char32_t c = decode(utf8, i, length);
        Kind kind = kindOf(c);
        // C++, C#, F#, g++: a language's name is a word, not a letter among punctuation.
        if ((c == '+' || c == '#') && runKind == Kind::Word && run.size() <= 2) {
            const size_t symbols = c == '#' ? 1 : (i + 1 < utf8.size() && utf8[i + 1] == '+' ? 2 : 0);
            int nextLength = 1;
            const bool ends = symbols > 0 && (i + symbols >= utf8.size() ||
                                              kindOf(decode(utf8, i + symbols, nextLength)) != Kind::Word);
            bool letters = true;
            for (const CodePoint &p : run) {
                letters = letters && ((p.c >= 'a' && p.c <= 'z') || (p.c >= 'A' && p.c <= 'Z'));
            }
            if (ends && letters) {
                for (size_t k = 0; k < symbols; ++k) {
                    run.push_back(
                        {static_cast<char32_t>(utf8[i + k]), static_cast<int>(i + k), static_cast<int>(i + k) + 1});
                }
                i += symbols;
                continue;
            }
        }
        if (kind == Kind::Mark) {
            kind = runKind == Kind::Word ? Kind::Word : Kind::Separator; // a mark belongs to its word
        }
        if (kind != runKind) {
            flush();
            runKind = kind;
        }
        if (kind != Kind::Separator) {
            run.push_back({c, static_cast<int>(i), static_cast<int>(i) + length});
        }
        i += static_cast<size_t>(length);
    }
    if (!emitter.stopped()) {
        flush();
    }
}

QList<QByteArray> tokens(const QString &text, TokenMode mode)
{
    const QByteArray utf8 = text.toUtf8();
    QList<QByteArray> list;
    tokenize(std::string_view(utf8.constData(), static_cast<size_t>(utf8.size())), mode, [&list](const Token &t) {
        list.append(QByteArray(t.text.data(), static_cast<qsizetype>(t.text.size())));
        return true;
    });
    return list;
}

} // namespace guild::search
