#include "postgresfts.h"

#include "tokenizer.h"

#include <QHash>

#include <vector>

using namespace Qt::StringLiterals;

namespace guild::search {

namespace {

constexpr int MaxPosition = 16383;                // PostgreSQL's highest tsvector position
constexpr int MaxPositionsPerWord = 255;          // it keeps no more per lexeme
constexpr qsizetype MaxLexemeBytes = 1000 * 1000; // its limit is 1 MiB for all of a tsvector's words
constexpr int FieldGap = 8;                       // positions between fields, so no phrase spans two

QString quoted(const QByteArray &word)
{
    QString text = QString::fromUtf8(word);
    text.replace(u'\\', u"\\\\"_s).replace(u'\'', u"''"_s);
    return u'\'' + text + u'\'';
}

struct Occurrences
{
    QByteArray word;
    QStringList positions;
};

} // namespace

QString tsvectorLiteral(const QList<WeightedText> &fields)
{
    std::vector<Occurrences> words;
    QHash<QByteArray, size_t> index;
    qsizetype lexemeBytes = 0;
    int position = 0;
    for (const WeightedText &field : fields) {
        const QByteArray utf8 = field.text.toUtf8();
        const QString weight = QString(QLatin1Char(field.weight));
        tokenize(std::string_view(utf8.constData(), static_cast<size_t>(utf8.size())), TokenMode::Document,
                 [&](const Token &t) {
                     if (!t.colocated || position == 0) {
                         position = std::min(position + 1, MaxPosition);
                     }
                     const QByteArray word(t.text.data(), static_cast<qsizetype>(t.text.size()));
                     auto it = index.constFind(word);
                     if (it == index.cend()) {
                         if (lexemeBytes + word.size() > MaxLexemeBytes) {
                             return true;
                         }
                         lexemeBytes += word.size();
                         it = index.insert(word, words.size());
                         words.push_back({word, {}});
                     }
                     QStringList &positions = words[*it].positions;
                     const QString entry = QString::number(position) + weight;
                     if (positions.size() < MaxPositionsPerWord && (positions.isEmpty() || positions.last() != entry)) {
                         positions.append(entry);
                     }
                     return true;
                 });
        position = std::min(position + FieldGap, MaxPosition);
    }
    QStringList lexemes;
    lexemes.reserve(static_cast<qsizetype>(words.size()));
    for (const Occurrences &o : words) {
        lexemes.append(quoted(o.word) + u':' + o.positions.join(u','));
    }
    return lexemes.join(u' ');
}

QString tsqueryLiteral(const SearchQuery &query)
{
    QStringList terms;
    for (qsizetype i = 0; i < query.terms.size(); ++i) {
        const QList<QByteArray> words = query.words(i);
        QStringList phrase;
        for (qsizetype w = 0; w < words.size(); ++w) {
            const bool prefix = w == words.size() - 1 && query.isPrefix(i);
            phrase.append(quoted(words.at(w)) + (prefix ? u":*"_s : QString()));
        }
        if (!phrase.isEmpty()) {
            terms.append(u'(' + phrase.join(u" <-> "_s) + u')');
        }
    }
    return terms.join(u" & "_s);
}

} // namespace guild::search
