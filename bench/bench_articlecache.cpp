#include "search/fts5tokenizer.h"
#include "storage/articlecache.h"
#include "storage/localcache.h"
#include "support/cachewait.h"

#include <QEventLoop>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace guild;
using namespace guild::app;

// The offline cache at 100,000 articles: what scrolling the feed and searching cost.
class BenchArticleCache : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    LocalCache m_cache;
    QSqlDatabase m_db;
    static constexpr int Articles = 100000;

    static protocol::Article article(int i, const QString &topic)
    {
        protocol::Article a;
        a.id = i + 1;
        a.title = u"Article %1 about %2"_s.arg(i).arg(topic);
        a.summary = u"Summary %1 %2"_s.arg(i).arg(topic);
        a.body = u"## Body\n\n```cpp\nint x = %1;\n```\n"_s.arg(i).repeated(8);
        a.hasBody = true;
        a.authorName = u"author"_s;
        a.tags = {topic};
        a.publishedAt = QDateTime::fromMSecsSinceEpoch(1700000000000LL + qint64(i) * 60000, Qt::UTC);
        a.updatedAt = a.publishedAt;
        return a;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString path = m_dir.filePath(u"bench.sqlite"_s);
        QCOMPARE(test::openCache(m_cache, path), QString());
        const QStringList words{u"qt"_s, u"rust"_s, u"协程"_s, u"内存模型"_s, u"postgres"_s, u"async"_s, u"模板"_s};
        for (int start = 0; start < Articles; start += 1000) {
            protocol::SyncPage page;
            for (int i = start; i < start + 1000; ++i) {
                page.upserts.append(article(i, words.at(i % words.size())));
            }
            page.nextToken = u"1.%1.0"_s.arg(start);
            const auto stored = test::runOnCache<bool>(
                m_cache, [page](QSqlDatabase &db) { return ArticleCache(db).applySyncPage(page); }, 60000);
            QVERIFY(stored && *stored);
        }
        // Queries are measured on a connection of this thread, so the figures are SQLite's own.
        m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"bench"_s);
        m_db.setDatabaseName(path);
        QVERIFY(m_db.open());
        QVERIFY(search::registerTokenizer(m_db)); // the search index needs Guild's tokenizer on every connection
        QCOMPARE(ArticleCache(m_db).count({}), Articles);
        QVERIFY(ArticleCache(m_db).count(u"postgres"_s) > 10000);
        QVERIFY(ArticleCache(m_db).count(u"内存模型"_s) > 10000);
    }

    void applySyncPage_200()
    {
        protocol::SyncPage page;
        for (int i = 0; i < 200; ++i) {
            page.upserts.append(article(Articles + i, u"fresh"_s));
        }
        page.nextToken = u"1.1.0"_s;
        QBENCHMARK
        {
            QVERIFY(ArticleCache(m_db).applySyncPage(page));
        }
    }

    void count_all()
    {
        QBENCHMARK
        {
            ArticleCache(m_db).count({});
        }
    }

    void page_first50()
    {
        QBENCHMARK
        {
            ArticleCache(m_db).page({}, 0, 50);
        }
    }

    void page_deep50()
    {
        // Dragging the scrollbar to the bottom of 100,000 rows.
        QBENCHMARK
        {
            ArticleCache(m_db).page({}, 99900, 50);
        }
    }

    void search_fts_english_count()
    {
        QBENCHMARK
        {
            ArticleCache(m_db).count(u"postgres"_s);
        }
    }

    void search_fts_chinese_page50()
    {
        QBENCHMARK
        {
            ArticleCache(m_db).page(u"内存模型"_s, 0, 50);
        }
    }

    void roundTrip_page_first50()
    {
        // The whole path a feed page takes: GUI thread -> cache thread -> SQLite -> back.
        QBENCHMARK
        {
            QEventLoop loop;
            m_cache.run<QList<protocol::Article>>(
                &loop, [](QSqlDatabase &db) { return ArticleCache(db).page({}, 0, 50); },
                [&loop](const QList<protocol::Article> &) { loop.quit(); });
            loop.exec();
        }
    }
};

QTEST_GUILESS_MAIN(BenchArticleCache)
#include "bench_articlecache.moc"
