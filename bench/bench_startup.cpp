#include "clientharness.h"
#include "protocol/types.h"
#include "storage/articlecache.h"
#include "support/cachewait.h"

#include <QApplication>
#include <QEventLoop>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace guild;

// From nothing to a painted window showing the first page of a cached feed of 10,000 articles, with
// no server reachable: what a member waits for when they open Guild.
class BenchStartup : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_path;

private Q_SLOTS:
    void initTestCase()
    {
        m_path = m_dir.filePath(u"cache.sqlite"_s);
        app::LocalCache cache;
        QCOMPARE(test::openCache(cache, m_path), QString());
        protocol::SyncPage page;
        for (int i = 0; i < 10000; ++i) {
            protocol::Article a;
            a.id = i + 1;
            a.title = u"Cached article %1"_s.arg(i);
            a.summary = u"Summary of article %1"_s.arg(i);
            a.authorName = u"author"_s;
            a.body = u"body %1"_s.arg(i);
            a.hasBody = true;
            a.publishedAt = QDateTime::fromMSecsSinceEpoch(1700000000000LL + qint64(i) * 60000, Qt::UTC);
            a.updatedAt = a.publishedAt;
            page.upserts.append(a);
        }
        page.nextToken = u"1.10000.1"_s;
        QVERIFY(*test::runOnCache<bool>(
            cache, [page](QSqlDatabase &db) { return app::ArticleCache(db).applySyncPage(page); }, 60000));
    }

    void windowWithCachedFeed()
    {
        QBENCHMARK
        {
            bench::ClientHarness client;
            ui::MainWindow &window = client.window;
            app::LocalCache &cache = client.cache;
            app::FeedService &feed = client.feed;
            models::ArticleFeedModel &model = client.model;
            window.show();
            bool opened = false;
            cache.open(m_path, &window, [&](const QString &) {
                opened = true;
                feed.reload();
            });
            QEventLoop loop;
            connect(&model, &models::ArticleFeedModel::dataChanged, &loop, &QEventLoop::quit);
            loop.exec(); // until the first page has arrived from the cache
            QVERIFY(model.articleAt(0) != nullptr);
            window.grab(); // one full paint with the rows in it
            QVERIFY(opened);
        }
    }
};

QTEST_MAIN(BenchStartup)
#include "bench_startup.moc"
