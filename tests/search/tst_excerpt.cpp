// What the server shows of a found text, and how it hands Guild's tokens to PostgreSQL.

#include "search/excerpt.h"
#include "search/postgresfts.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace guild::search;

namespace {

/// The excerpt with its marks in [brackets].
QString marked(const QString &text, const QString &typed, int maxChars = 120, bool typing = false)
{
    const Excerpt e = excerpt(text, SearchQuery::parse(typed, typing), maxChars);
    QString out = e.text;
    for (auto it = e.marks.crbegin(); it != e.marks.crend(); ++it) {
        out.insert(it->start + it->length, u']');
        out.insert(it->start, u'[');
    }
    return out;
}

} // namespace

class TestExcerpt : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void marksEveryMatchedWord()
    {
        QCOMPARE(marked(u"Qt 的线程安全，线程池。"_s, u"线程"_s), u"Qt 的[线程]安全，[线程]池。"_s);
        // A phrase's overlapping bigrams are one mark.
        QCOMPARE(marked(u"关于线程安全的讨论"_s, u"线程安全"_s), u"关于[线程安全]的讨论"_s);
        // One character finds the words it starts.
        QCOMPARE(marked(u"线程与进程"_s, u"程"_s), u"线[程与]进[程]"_s);
        // Identifiers by their parts, folded words in any case.
        QCOMPARE(marked(u"Call fetchMore() when CanFetchMore"_s, u"fetch"_s),
                 u"Call [fetch]More() when Can[Fetch]More"_s);
        QCOMPARE(marked(u"std::make_unique<T>()"_s, u"make_unique"_s), u"std::[make_unique]<T>()"_s);
        // The word being typed is a prefix.
        QCOMPARE(marked(u"Model and models"_s, u"mod"_s, 120, true), u"[Model] and [models]"_s);
        QCOMPARE(marked(u"Model and models"_s, u"mod"_s), u"Model and models"_s);
    }

    void windowHoldsTheMostMatches()
    {
        const QString filler = QString(u"填充文字"_s).repeated(40);
        const QString text = u"线程开头。"_s + filler + u"线程，线程，线程"_s + filler;
        const Excerpt e = excerpt(text, SearchQuery::parse(u"线程"_s), 40);
        QVERIFY(e.text.startsWith(u"…"_s));
        QVERIFY(e.text.endsWith(u"…"_s));
        QCOMPARE(e.marks.size(), 3);
        for (const Mark &m : e.marks) {
            QCOMPARE(e.text.mid(m.start, m.length), u"线程"_s);
        }
        QCOMPARE(e.text.size(), 40 + 2);
        // Nothing matched: the beginning, line breaks as spaces.
        const Excerpt none = excerpt(u"第一行\n第二行"_s, SearchQuery::parse(u"不在"_s), 40);
        QCOMPARE(none.text, u"第一行 第二行"_s);
        QVERIFY(none.marks.isEmpty());
    }

    void surrogatesAndBrokenTextAreSafe()
    {
        // An emoji (two UTF-16 units) before the match keeps the marks on the right characters.
        QCOMPARE(marked(u"😀 线程"_s, u"线程"_s), u"😀 [线程]"_s);
        // A lone surrogate is one replacement character, not a shifted offset.
        QString broken = u"a"_s;
        broken.append(QChar(0xD800));
        broken.append(u" 线程"_s);
        const Excerpt e = excerpt(broken, SearchQuery::parse(u"线程"_s));
        QCOMPARE(e.marks.size(), 1);
        QCOMPARE(e.text.mid(e.marks.first().start, e.marks.first().length), u"线程"_s);
        // A window never splits a surrogate pair.
        const QString emojis = QString(u"😀"_s).repeated(50) + u"线程"_s;
        const Excerpt cut = excerpt(emojis, SearchQuery::parse(u"线程"_s), 11);
        QVERIFY(!cut.text.at(1).isLowSurrogate());
    }

    void tsvector_hasTheTokenizersWordsAndPositions()
    {
        QCOMPARE(tsvectorLiteral({{u"线程安全"_s, 'A'}}), u"'线程':1A '程安':2A '安全':3A '全':4A"_s);
        // Parts share their identifier's position; repeats gather their positions.
        QCOMPARE(tsvectorLiteral({{u"fetchMore fetch"_s, 'B'}}), u"'fetchmore':1B 'fetch':1B,2B 'more':1B"_s);
        // Fields follow each other with a gap, each with its weight.
        QCOMPARE(tsvectorLiteral({{u"qt"_s, 'A'}, {u"qt"_s, 'C'}}), u"'qt':1A,10C"_s);
        // Quotes and backslashes are escaped for the literal.
        QCOMPARE(tsvectorLiteral({{u"it's"_s, 'D'}}), u"'it':1D 's':2D"_s);
        QCOMPARE(tsvectorLiteral({}), QString());
        // Long texts stay within PostgreSQL's limits.
        const QString huge = QString(u"word "_s).repeated(20000) + u"last"_s;
        const QString literal = tsvectorLiteral({{huge, 'D'}});
        QCOMPARE(literal.count(u','), 254);
        QVERIFY(literal.endsWith(u"'last':16383D"_s));
    }

    void tsquery_meansWhatTheFts5ExpressionMeans()
    {
        QCOMPARE(tsqueryLiteral(SearchQuery::parse(u"Qt 线程安全"_s)), u"('qt') & ('线程' <-> '程安' <-> '安全')"_s);
        QCOMPARE(tsqueryLiteral(SearchQuery::parse(u"线"_s)), u"('线':*)"_s);
        QCOMPARE(tsqueryLiteral(SearchQuery::parse(u"\"fetch more\" mod"_s, true)),
                 u"('fetch' <-> 'more') & ('mod':*)"_s);
        QCOMPARE(tsqueryLiteral(SearchQuery::parse(u"O'Brien \\"_s)), u"('o' <-> 'brien')"_s);
        QCOMPARE(tsqueryLiteral(SearchQuery::parse(u"，。！"_s)), QString());
    }
};

QTEST_GUILESS_MAIN(TestExcerpt)
#include "tst_excerpt.moc"
