#include "excerpt.h"

#include "tokenizer.h"

#include <QSet>

#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;

namespace guild::search {

namespace {

/// Which of a document's words a query finds.
class WordMatcher
{
public:
    explicit WordMatcher(const SearchQuery &query)
    {
        for (qsizetype i = 0; i < query.terms.size(); ++i) {
            const QList<QByteArray> words = query.words(i);
            for (qsizetype w = 0; w < words.size(); ++w) {
                if (w == words.size() - 1 && query.isPrefix(i)) {
                    m_prefixes.append(words.at(w));
                } else {
                    m_exact.insert(words.at(w));
                }
            }
        }
    }

    bool matches(std::string_view word) const
    {
        const QByteArray bytes = QByteArray::fromRawData(word.data(), static_cast<qsizetype>(word.size()));
        return m_exact.contains(bytes) ||
               std::any_of(m_prefixes.cbegin(), m_prefixes.cend(),
                           [&bytes](const QByteArray &prefix) { return bytes.startsWith(prefix); });
    }

private:
    QSet<QByteArray> m_exact;
    QList<QByteArray> m_prefixes;
};

/// `text` in UTF-8, with the UTF-16 index of every byte (of the character it belongs to) and of the
/// end. Encoded here rather than by toUtf8() so that the two agree on lone surrogates (U+FFFD).
struct Utf8Text
{
    QByteArray bytes;
    std::vector<int> utf16;

    explicit Utf8Text(const QString &text)
    {
        bytes.reserve(text.size() * 3);
        utf16.reserve(static_cast<size_t>(text.size()) * 3 + 1);
        for (qsizetype i = 0; i < text.size(); ++i) {
            const qsizetype at = i;
            char32_t c = text.at(i).unicode();
            if (QChar::isHighSurrogate(c) && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
                c = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
                ++i;
            } else if (QChar::isSurrogate(c)) {
                c = QChar::ReplacementCharacter;
            }
            const int before = static_cast<int>(bytes.size());
            if (c < 0x80) {
                bytes.append(char(c));
            } else if (c < 0x800) {
                bytes.append(char(0xC0 | (c >> 6))).append(char(0x80 | (c & 0x3F)));
            } else if (c < 0x10000) {
                bytes.append(char(0xE0 | (c >> 12)))
                    .append(char(0x80 | ((c >> 6) & 0x3F)))
                    .append(char(0x80 | (c & 0x3F)));
            } else {
                bytes.append(char(0xF0 | (c >> 18)))
                    .append(char(0x80 | ((c >> 12) & 0x3F)))
                    .append(char(0x80 | ((c >> 6) & 0x3F)))
                    .append(char(0x80 | (c & 0x3F)));
            }
            utf16.insert(utf16.end(), static_cast<size_t>(bytes.size() - before), static_cast<int>(at));
        }
        utf16.push_back(static_cast<int>(text.size()));
    }
};

/// The matched words of `text` as UTF-16 spans, overlapping ones (a phrase's bigrams) joined.
QList<Mark> matchedSpans(const QString &text, const SearchQuery &query)
{
    const WordMatcher matcher(query);
    const Utf8Text utf8(text);
    const std::vector<int> &at = utf8.utf16;
    QList<Mark> spans;
    tokenize(std::string_view(utf8.bytes.constData(), static_cast<size_t>(utf8.bytes.size())), TokenMode::Document,
             [&](const Token &t) {
                 if (matcher.matches(t.text)) {
                     const int start = at[static_cast<size_t>(t.start)];
                     const int end = at[static_cast<size_t>(t.end)];
                     if (!spans.isEmpty() && start <= spans.last().start + spans.last().length) {
                         Mark &last = spans.last();
                         last.length = std::max(last.length, end - last.start);
                     } else {
                         spans.append({start, end - start});
                     }
                 }
                 return true;
             });
    return spans;
}

} // namespace

Excerpt excerpt(const QString &text, const SearchQuery &query, int maxChars)
{
    const QList<Mark> spans = matchedSpans(text, query);
    // The window starting a little before the span that has the most others within reach.
    qsizetype best = 0;
    qsizetype bestCount = 0;
    for (qsizetype i = 0, j = 0; i < spans.size(); ++i) {
        j = std::max(j, i);
        while (j < spans.size() && spans.at(j).start + spans.at(j).length <= spans.at(i).start + maxChars) {
            ++j;
        }
        if (j - i > bestCount) {
            bestCount = j - i;
            best = i;
        }
    }
    const int lead = maxChars / 5;
    qsizetype start = spans.isEmpty() ? 0 : std::max(0, spans.at(best).start - lead);
    qsizetype end = std::min<qsizetype>(text.size(), start + maxChars);
    start = std::max<qsizetype>(0, std::min(start, end - maxChars));
    // Never cut a character made of two UTF-16 units in half.
    if (start > 0 && text.at(start).isLowSurrogate()) {
        ++start;
    }
    if (end < text.size() && end > 0 && text.at(end - 1).isHighSurrogate()) {
        --end;
    }
    Excerpt out;
    const QString ellipsis = u"…"_s;
    const qsizetype shift = start > 0 ? ellipsis.size() : 0;
    out.text =
        (start > 0 ? ellipsis : QString()) + text.mid(start, end - start) + (end < text.size() ? ellipsis : QString());
    for (QChar &c : out.text) {
        if (c == u'\n' || c == u'\r' || c == u'\t') {
            c = u' ';
        }
    }
    for (const Mark &span : spans) {
        const qsizetype from = std::max<qsizetype>(span.start, start);
        const qsizetype to = std::min<qsizetype>(span.start + span.length, end);
        if (from < to) {
            out.marks.append({static_cast<int>(from - start + shift), static_cast<int>(to - from)});
        }
    }
    return out;
}

} // namespace guild::search
