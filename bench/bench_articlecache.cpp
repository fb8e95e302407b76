#include "storage/articlecache.h"
#include "storage/localcache.h"
#include "support/cachewait.h"

#include <QRandomGenerator>
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
    static constexpr int Articles = 100000;

private Q_SLOTS:
    void initTestCase()
    {
        QCOMPARE(test::openCache(m_cache, m_dir.filePath(u"bench.sqlite"_s)), QString());
        const QStringList words{u"qt"_s, u"rust"_s, u"协程"_s, u"内存模型"_s, u"postgres"_s, u"async"_s, u"模板"_s};
        for (int start = 0; start < Articles; start += 1000) {
            protocol::SyncPage page;
            for (int i = start; i < start + 1000; ++i) {
                protocol::Article a;
                a.id = i + 1;
                a.title = u"Article %1 about %2"_s.arg(i).arg(words.at(i % words.size()));
                a.summary = u"Summary %1 %2"_s.arg(i).arg(words.at((i * 7) % words.size()));
                a.body = u"## Body\n\n```cpp\nint x = %1;\n```\n"_s.arg(i).repeated(8);
                a.hasBody = true;
                a.authorName = u"author"_s;
                a.tags = {words.at(i % words.size())};
                a.publishedAt = QDateTime::fromMSecsSinceEpoch(1700000000000LL + qint64(i) * 60000, Qt::UTC);
                a.updatedAt = a.publishedAt;
                page.upserts.append(a);
            }
            page.nextToken = u"1.%1.0"_s.arg(start);
            QVERIFY(*test::runOnCache<bool>(
                m_cache, [page](QSqlDatabase &db) { return ArticleCache(db).applySyncPage(page); }, 60000));
        }
    }

    void applySyncPage_200()
    {
        protocol::SyncPage page;
        for (int i = 0; i < 200; ++i) {
            protocol::Article a;
            a.id = Articles + 1 + i;
            a.title = u"Fresh %1"_s.arg(i);
            a.authorName = u"a"_s;
            a.body = u"body"_s;
            a.hasBody = true;
            a.publishedAt = QDateTime::currentDateTimeUtc();
            a.updatedAt = a.publishedAt;
            page.upserts.append(a);
        }
        page.nextToken = u"1.1.0"_s;
        QBENCHMARK
        {
            test::runOnCache<bool>(m_cache, [page](QSqlDatabase &db) { return ArticleCache(db).applySyncPage(page); });
        }
    }

    void count_all()
    {
        QBENCHMARK
        {
            test::runOnCache<int>(m_cache, [](QSqlDatabase &db) { return ArticleCache(db).count({}); });
        }
    }

    void page_first50()
    {
        QBENCHMARK
        {
            test::runOnCache<QList<protocol::Article>>(
                m_cache, [](QSqlDatabase &db) { return ArticleCache(db).page({}, 0, 50); });
        }
    }

    void page_deep50()
    {
        // Dragging the scrollbar to the bottom of 100,000 rows.
        QBENCHMARK
        {
            test::runOnCache<QList<protocol::Article>>(
                m_cache, [](QSqlDatabase &db) { return ArticleCache(db).page({}, 99900, 50); });
        }
    }

    void search_fts_english()
    {
        QBENCHMARK
        {
            test::runOnCache<int>(m_cache, [](QSqlDatabase &db) { return ArticleCache(db).count(u"postgres"_s); });
        }
    }

    void search_fts_chinese_page()
    {
        QBENCHMARK
        {
            test::runOnCache<QList<protocol::Article>>(
                m_cache, [](QSqlDatabase &db) { return ArticleCache(db).page(u"内存模型"_s, 0, 50); });
        }
    }
};

QTEST_GUILESS_MAIN(BenchArticleCache)
#include "bench_articlecache.moc"
