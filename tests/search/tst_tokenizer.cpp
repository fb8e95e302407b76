// Guild's tokenizer on its own: what becomes a token, where, and what shares a position.

#include "search/searchquery.h"
#include "search/tokenizer.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace guild::search;

namespace {

/// "token@start-end" with a "+" before tokens that share the position of the one before.
QStringList described(const QString &text, TokenMode mode)
{
    const QByteArray utf8 = text.toUtf8();
    QStringList out;
    tokenize(std::string_view(utf8.constData(), static_cast<size_t>(utf8.size())), mode, [&](const Token &t) {
        out.append((t.colocated ? u"+"_s : QString()) +
                   QString::fromUtf8(t.text.data(), static_cast<qsizetype>(t.text.size())) +
                   u"@%1-%2"_s.arg(t.start).arg(t.end));
        return true;
    });
    return out;
}

QStringList words(const QString &text, TokenMode mode = TokenMode::Document)
{
    QStringList out;
    for (const QByteArray &t : tokens(text, mode)) {
        out.append(QString::fromUtf8(t));
    }
    return out;
}

} // namespace

class TestTokenizer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void chinese_isBigramsAndTheLastCharacter()
    {
        // One token per character: the bigram it starts, and the last character alone.
        QCOMPARE(described(u"线程安全"_s, TokenMode::Document),
                 (QStringList{u"线程@0-6"_s, u"程安@3-9"_s, u"安全@6-12"_s, u"全@9-12"_s}));
        // A query is the phrase of its bigrams, or its one character.
        QCOMPARE(words(u"线程安全"_s, TokenMode::Query), (QStringList{u"线程"_s, u"程安"_s, u"安全"_s}));
        QCOMPARE(words(u"线程"_s, TokenMode::Query), QStringList{u"线程"_s});
        QCOMPARE(words(u"线"_s, TokenMode::Query), QStringList{u"线"_s});
        // Marking matches walks the same tokens: a matched bigram is marked whole.
        QCOMPARE(described(u"线程。"_s, TokenMode::Highlight), (QStringList{u"线程@0-6"_s, u"程@3-6"_s}));
        // Punctuation ends a run; kana and Hangul are runs too.
        QCOMPARE(words(u"开源，推荐。"_s, TokenMode::Query), (QStringList{u"开源"_s, u"推荐"_s}));
        QCOMPARE(words(u"すし"_s, TokenMode::Query), QStringList{u"すし"_s});
        QCOMPARE(words(u"한국어"_s, TokenMode::Query), (QStringList{u"한국"_s, u"국어"_s}));
    }

    void mixedText_splitsWhereTheScriptChanges()
    {
        QCOMPARE(words(u"Qt线程池3个"_s, TokenMode::Query),
                 (QStringList{u"qt"_s, u"线程"_s, u"程池"_s, u"3"_s, u"个"_s}));
    }

    void latin_isFoldedLikeUnicode61()
    {
        QCOMPARE(words(u"Café ÉCOLE naïve"_s), (QStringList{u"cafe"_s, u"ecole"_s, u"naive"_s}));
        QCOMPARE(words(u"ＱＴ６ Ångström"_s, TokenMode::Query), (QStringList{u"qt6"_s, u"angstrom"_s}));
        // A decomposed é (e + combining acute) is the same word as the composed one.
        QCOMPARE(words(u"cafe\u0301"_s, TokenMode::Query), QStringList{u"cafe"_s});
    }

    void identifiers_areWholeAndByTheirParts()
    {
        QCOMPARE(described(u"fetchMore"_s, TokenMode::Document),
                 (QStringList{u"fetchmore@0-9"_s, u"+fetch@0-5"_s, u"+more@5-9"_s}));
        QCOMPARE(words(u"std::make_unique<Widget>()"_s),
                 (QStringList{u"std"_s, u"make_unique"_s, u"make"_s, u"unique"_s, u"widget"_s}));
        QCOMPARE(words(u"QAbstractItemModel"_s),
                 (QStringList{u"qabstractitemmodel"_s, u"q"_s, u"abstract"_s, u"item"_s, u"model"_s}));
        QCOMPARE(words(u"HTTPServer qt6 __init__"_s),
                 (QStringList{u"httpserver"_s, u"http"_s, u"server"_s, u"qt6"_s, u"qt"_s, u"6"_s, u"init"_s}));
        // Queries keep the whole word only: fetchMore finds fetchMore, fetch finds it by its part.
        QCOMPARE(words(u"fetchMore"_s, TokenMode::Query), QStringList{u"fetchmore"_s});
        QCOMPARE(words(u"3.14 2026"_s), (QStringList{u"3"_s, u"14"_s, u"2026"_s}));
        // Languages named with symbols are words; other symbols still separate.
        QCOMPARE(words(u"C++ and C#, g++ x+y a++b abc++"_s),
                 (QStringList{u"c++"_s, u"and"_s, u"c#"_s, u"g++"_s, u"x"_s, u"y"_s, u"a"_s, u"b"_s, u"abc"_s}));
        QCOMPARE(words(u"C++中文 Ä++ß"_s, TokenMode::Query), (QStringList{u"c++"_s, u"中文"_s, u"a"_s, u"ß"_s}));
    }

    void brokenAndHostileInput_isSeparatorsNeverACrash()
    {
        // Truncated, overlong and stray bytes, a surrogate, a NUL: separators, and nothing read past the end.
        const QByteArray broken = QByteArray("ab\xe7\xba") + QByteArray("\xc0\xaf") + "cd\x80" +
                                  QByteArray("\xed\xa0\x80") + QByteArray(1, '\0') + "ef\xf0\x9f";
        QStringList seen;
        bool inside = true;
        tokenize(std::string_view(broken.constData(), static_cast<size_t>(broken.size())), TokenMode::Document,
                 [&](const Token &t) {
                     seen.append(QString::fromUtf8(t.text.data(), static_cast<qsizetype>(t.text.size())));
                     inside = inside && t.start >= 0 && t.end <= broken.size() && t.start < t.end;
                     return true;
                 });
        QCOMPARE(seen, (QStringList{u"ab"_s, u"cd"_s, u"ef"_s}));
        QVERIFY(inside);
        // A 10,000-character word is not a word: dropped, and the text after it still counts.
        QCOMPARE(words(QString(10000, u'x') + u" after"_s), QStringList{u"after"_s});
        QVERIFY(words(u"   \t\n —— !!"_s).isEmpty());
        // The caller may stop at any token.
        int calls = 0;
        tokenize("one two three", TokenMode::Document, [&](const Token &) { return ++calls < 2; });
        QCOMPARE(calls, 2);
    }

    void queries_areTermsAnded_phrasesQuoted_lastTermAPrefixWhileTyping()
    {
        QCOMPARE(SearchQuery::parse(u"Qt 线程"_s).matchExpression(), u"\"Qt\" AND \"线程\""_s);
        // A lone CJK character is a prefix of the bigrams that start with it, typing or not.
        QCOMPARE(SearchQuery::parse(u"池 Qt的"_s).matchExpression(), u"\"池\"* AND \"Qt的\"*"_s);
        QCOMPARE(SearchQuery::parse(u"Qt 线程"_s, true).matchExpression(), u"\"Qt\" AND \"线程\"*"_s);
        QCOMPARE(SearchQuery::parse(u"Qt 线程 "_s, true).matchExpression(), u"\"Qt\" AND \"线程\""_s);
        QCOMPARE(SearchQuery::parse(u"\"model view\" delegate"_s).terms, (QStringList{u"model view"_s, u"delegate"_s}));
        QCOMPARE(SearchQuery::parse(u"delegate \"model view\""_s, true).matchExpression(),
                 u"\"delegate\" AND \"model view\""_s); // a quoted phrase is never a prefix
        // FTS5's own syntax is text: quotes doubled, operators and punctuation-only terms inert.
        QCOMPARE(SearchQuery::parse(u"a\"b OR NEAR(x) :: -"_s).matchExpression(),
                 u"\"a\" AND \"b OR NEAR(x) :: -\""_s); // an unclosed quote runs to the end
        QCOMPARE(SearchQuery::parse(u"OR NEAR :: -"_s).matchExpression(), u"\"OR\" AND \"NEAR\""_s);
        QCOMPARE(SearchQuery::parse(u"title:x* col^"_s).matchExpression(), u"\"title:x*\" AND \"col^\""_s);
        QVERIFY(SearchQuery::parse(u"  ,,, ::  "_s, true).isEmpty());
        QVERIFY(SearchQuery::parse(u"  ,,, ::  "_s).matchExpression().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTokenizer)
#include "tst_tokenizer.moc"
