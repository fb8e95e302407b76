// Guild's tokenizer inside SQLite's FTS5, through the QSQLITE driver as the client cache and the
// server use it: one- and two-character Chinese, mixed Chinese and English, identifiers and phrases
// find every row that holds them, ranked, with the matched words marked in snippets.

#include "search/fts5tokenizer.h"
#include "search/searchquery.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace guild::search;

class TestFts5Search : public QObject
{
    Q_OBJECT

    QSqlDatabase m_db;

    bool exec(const QString &statement, const QVariantList &values = {})
    {
        QSqlQuery q(m_db);
        q.prepare(statement);
        for (const QVariant &v : values) {
            q.addBindValue(v);
        }
        if (!q.exec()) {
            qWarning() << statement << q.lastError().text();
            return false;
        }
        return true;
    }

    /// The ids of the rows matching what a member typed, best first.
    QList<qint64> search(const QString &typed, bool typing = false)
    {
        const SearchQuery query = SearchQuery::parse(typed, typing);
        if (query.isEmpty()) {
            return {}; // nothing to search for: callers do not ask
        }
        QSqlQuery q(m_db);
        q.prepare(u"SELECT rowid FROM docs WHERE docs MATCH ? ORDER BY bm25(docs)"_s);
        q.addBindValue(query.matchExpression());
        QList<qint64> ids;
        if (!q.exec()) {
            qWarning() << typed << q.lastError().text();
            return {-1};
        }
        while (q.next()) {
            ids.append(q.value(0).toLongLong());
        }
        return ids;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"fts5"_s);
        m_db.setDatabaseName(u":memory:"_s);
        QVERIFY(m_db.open());
        QVERIFY(registerTokenizer(m_db));
        QVERIFY(registerTokenizer(m_db)); // twice is harmless
        QVERIFY(exec(u"CREATE VIRTUAL TABLE docs USING fts5(title, body, tokenize = 'guild')"_s));
        const QList<std::pair<QString, QString>> docs{
            {u"多线程编程"_s, u"线程安全的队列和开源的线程池。"_s},                         // 1
            {u"Qt 的模型视图"_s, u"QAbstractItemModel 的 fetchMore 按需加载行。"_s},        // 2
            {u"智能指针"_s, u"用 std::make_unique 创建对象，不要裸 new。"_s},               // 3
            {u"开源推荐"_s, u"本周推荐三个开源项目。"_s},                                   // 4
            {u"Threads in Qt"_s, u"QThread and the thread pool; model view in threads."_s}, // 5
            {u"内存"_s, u"内存泄漏怎么查？heaptrack 或 valgrind。"_s},                      // 6
        };
        qint64 id = 0;
        for (const auto &[title, body] : docs) {
            QVERIFY(exec(u"INSERT INTO docs (rowid, title, body) VALUES (?, ?, ?)"_s, {++id, title, body}));
        }
    }

    void chineseWords_ofOneAndTwoCharacters_areFound()
    {
        QCOMPARE(search(u"线程"_s), (QList<qint64>{1}));
        QCOMPARE(search(u"开源"_s).size(), 2);
        QVERIFY(search(u"开源"_s).contains(1) && search(u"开源"_s).contains(4));
        QCOMPARE(search(u"内存"_s), (QList<qint64>{6}));
        QCOMPARE(search(u"池"_s), (QList<qint64>{1}));
        QCOMPARE(search(u"线程池"_s), (QList<qint64>{1}));
        QCOMPARE(search(u"程池线"_s), QList<qint64>{}); // the characters, not in that order
        QCOMPARE(search(u"推荐"_s), (QList<qint64>{4}));
    }

    void mixedQueries_andTheTermsAreAnded()
    {
        QCOMPARE(search(u"Qt 线程"_s), QList<qint64>{}); // no row has both
        QCOMPARE(search(u"Qt 模型"_s), (QList<qint64>{2}));
        QCOMPARE(search(u"thread qt"_s), (QList<qint64>{5}));
        QCOMPARE(search(u"QThread"_s), (QList<qint64>{5}));
        QCOMPARE(search(u"qthread"_s), (QList<qint64>{5}));
    }

    void identifiers_wholeAndByTheirParts()
    {
        QCOMPARE(search(u"fetchMore"_s), (QList<qint64>{2}));
        QCOMPARE(search(u"fetch"_s), (QList<qint64>{2}));
        QCOMPARE(search(u"make_unique"_s), (QList<qint64>{3}));
        QCOMPARE(search(u"std::make_unique"_s), (QList<qint64>{3}));
        QCOMPARE(search(u"unique"_s), (QList<qint64>{3}));
        QCOMPARE(search(u"QAbstractItemModel"_s), (QList<qint64>{2}));
        QCOMPARE(search(u"ItemModel"_s), QList<qint64>{}); // a query is one word: itemmodel is no token
    }

    void phrases_andPrefixesWhileTyping()
    {
        QCOMPARE(search(u"\"model view\""_s), (QList<qint64>{5}));
        QCOMPARE(search(u"\"view model\""_s), QList<qint64>{});
        QCOMPARE(search(u"heap"_s), QList<qint64>{});
        QCOMPARE(search(u"heap"_s, true), (QList<qint64>{6}));
        QCOMPARE(search(u"线"_s, true), (QList<qint64>{1})); // 线 and 线程 both start with it
        QCOMPARE(search(u"valg"_s, true), (QList<qint64>{6}));
    }

    void ranking_prefersTheTitle_andSnippetsMarkTheWords()
    {
        // Weighted bm25: a title match outranks a body match.
        QSqlQuery q(m_db);
        QVERIFY(q.exec(u"SELECT rowid, snippet(docs, 1, '[', ']', '…', 8) FROM docs WHERE docs MATCH '\"线程\"' "
                       "ORDER BY bm25(docs, 10.0, 1.0)"_s));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toLongLong(), 1);
        QVERIFY2(q.value(1).toString().contains(u"[线程]"_s), qPrintable(q.value(1).toString()));
        QVERIFY(q.exec(u"SELECT highlight(docs, 1, '[', ']') FROM docs WHERE docs MATCH '\"fetchmore\"'"_s));
        QVERIFY(q.next());
        QVERIFY2(q.value(0).toString().contains(u"[fetchMore]"_s), qPrintable(q.value(0).toString()));
        // A phrase of bigrams is marked from its first character to its last.
        QVERIFY(q.exec(u"SELECT highlight(docs, 1, '[', ']') FROM docs WHERE docs MATCH '\"线程安全\"'"_s));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), u"[线程安全]的队列和开源的线程池。"_s);
    }

    void hostileInput_isNeverQuerySyntax()
    {
        for (const QString &typed : {u"\""_s, u"NEAR("_s, u"title:"_s, u"*"_s, u"a OR"_s, u"^x"_s, u"-- ; DROP"_s,
                                     u"\u0000"_s, QString(5000, u'线')}) {
            const QList<qint64> found = search(typed);
            QVERIFY2(!found.contains(-1), qPrintable(typed.left(20)));
        }
        QVERIFY(exec(u"SELECT count(*) FROM docs"_s)); // the table is still there
    }
};

QTEST_GUILESS_MAIN(TestFts5Search)
#include "tst_fts5search.moc"
