// A cache upgraded to Guild's tokenizer fills its new indexes in the background: slice by slice, with
// edits, deletions and new rows arriving meanwhile, and ends with exactly what a full rebuild would
// hold (FTS5's integrity check agrees); the indexer runs it on the cache's thread, tells its progress,
// and a cancelled run carries on at the next start. A first sync of a whole community leaves its index
// to the same slices, and a small one does not.

#include "net/apiclient.h"
#include "protocol/endpoints.h"
#include "services/searchindexer.h"
#include "services/syncservice.h"
#include "storage/articlecache.h"
#include "storage/cachemigrator.h"
#include "storage/chatstore.h"
#include "storage/localcache.h"
#include "storage/searchbackfill.h"
#include "support/cachewait.h"
#include "support/cannedtransport.h"
#include "support/oldcache.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using namespace guild;
using namespace guild::app;
using protocol::Article;
using test::article;

namespace {

bool integrityCheck(QSqlDatabase &db, const QString &fts)
{
    QSqlQuery q(db);
    return q.exec(u"INSERT INTO %1 (%1) VALUES ('integrity-check')"_s.arg(fts));
}

} // namespace

class TestSearchBackfill : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void slices_withWritesMeanwhile_endAsAFullRebuild()
    {
        const QString path = m_dir.filePath(u"slices.sqlite"_s);
        QVERIFY(test::writeCacheBeforeTokenizer(path, 30, 12));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"slices"_s);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QCOMPARE(CacheMigrator(db).migrate(), QString()); // at once: nothing is indexed yet
            ArticleCache articles(db);
            QCOMPARE(articles.count(u"线程"_s), 0);
            SearchBackfill backfill(db);
            SearchBackfill::Progress p = backfill.progress();
            QCOMPARE(p.total, 42);
            QCOMPARE(p.done, 0);
            QVERIFY(!p.finished);
            bool ok = false;
            p = backfill.step(10, &ok);
            QVERIFY(ok);
            QCOMPARE(p.done, 10);
            QCOMPARE(articles.count(u"线程"_s), 10);
            // Meanwhile: one indexed article edited, one still waiting edited, one waiting deleted, one new.
            QVERIFY(articles.store(article(5, u"改成协程了"_s)));
            QVERIFY(articles.store(article(20, u"也改成协程了"_s)));
            QVERIFY(articles.remove(25));
            QVERIFY(articles.store(article(100, u"新的线程文章"_s)));
            QCOMPARE(articles.count(u"协程"_s), 1); // the waiting one is found once its slice comes
            int steps = 0;
            while (!p.finished && steps++ < 20) {
                p = backfill.step(10, &ok);
                QVERIFY(ok);
            }
            QVERIFY(p.finished);
            QCOMPARE(articles.count(u"线程"_s), 30 - 3 + 1);
            QCOMPARE(articles.count(u"协程"_s), 2);
            QCOMPARE(ChatStore(db).search(u"协程"_s, 50).size(), 12);
            QVERIFY(integrityCheck(db, u"articles_fts"_s));
            QVERIFY(integrityCheck(db, u"chat_fts"_s));
            QVERIFY(backfill.progress().finished);
            db.close();
        }
        QSqlDatabase::removeDatabase(u"slices"_s);
    }

    void indexer_runsInTheBackground_andCarriesOnAfterACancel()
    {
        const QString path = m_dir.filePath(u"indexer.sqlite"_s);
        QVERIFY(test::writeCacheBeforeTokenizer(path, SearchIndexer::SliceRows * 3, 10));
        LocalCache cache;
        QCOMPARE(test::openCache(cache, path), QString());
        SearchIndexer indexer(cache);
        QSignalSpy started(&indexer, &SearchIndexer::started);
        QSignalSpy progress(&indexer, &SearchIndexer::progress);
        QSignalSpy cancelled(&indexer, &SearchIndexer::cancelled);
        QSignalSpy finished(&indexer, &SearchIndexer::finished);
        indexer.start();
        QVERIFY(started.wait());
        indexer.cancel(); // stops after the slice under way
        QVERIFY(cancelled.wait());
        QVERIFY(finished.isEmpty());
        QVERIFY(!indexer.isRunning());
        const qint64 doneAtCancel = progress.last().at(0).toLongLong();
        QVERIFY(doneAtCancel > 0);
        QVERIFY(doneAtCancel < SearchIndexer::SliceRows * 3 + 10);
        // The next start carries on from there, never backwards.
        progress.clear();
        indexer.start();
        QVERIFY(finished.wait());
        QVERIFY(progress.first().at(0).toLongLong() >= doneAtCancel);
        const auto indexed = [](QSqlDatabase &db) {
            QSqlQuery q(db);
            return q.exec(u"SELECT COUNT(*) FROM articles_fts WHERE articles_fts MATCH '\"线程\"'"_s) && q.next()
                       ? q.value(0).toInt()
                       : -1;
        };
        QCOMPARE(*test::runOnCache<int>(cache, indexed), SearchIndexer::SliceRows * 3);
        QVERIFY(*test::runOnCache<bool>(cache, [](QSqlDatabase &db) { return integrityCheck(db, u"articles_fts"_s); }));
        // Filled: a start is quiet.
        started.clear();
        indexer.start();
        QTRY_VERIFY(!indexer.isRunning());
        QVERIFY(started.isEmpty());
    }

    void firstSync_ofACommunity_leavesItsIndexToTheSlices()
    {
        test::CannedTransport transport;
        ApiClient api;
        api.setBaseUrl(QUrl(u"https://guild.example"_s));
        api.setTransport(&transport);
        api.setTokens(u"access"_s, u"refresh"_s);
        const auto page = [](qint64 from, int count, bool more) {
            protocol::SyncPage p;
            for (qint64 id = from; id < from + count; ++id) {
                p.upserts.append(article(id, u"线程第 %1 篇"_s.arg(id)));
            }
            p.hasMore = more;
            p.nextToken = u"1.%1.0"_s.arg(from + count - 1);
            return p.toJson();
        };
        const QString sync = protocol::endpoints::Sync.url();
        transport.answer(protocol::endpoints::Sync, sync, 200, page(1, 30, true));
        transport.answer(protocol::endpoints::Sync, sync, 200, page(31, 20, false));
        LocalCache cache;
        QCOMPARE(test::openCache(cache, m_dir.filePath(u"firstsync.sqlite"_s)), QString());
        SyncService service(api, cache);
        QSignalSpy finished(&service, &SyncService::finished);
        service.start();
        QVERIFY(finished.wait());
        QCOMPARE(finished.first().at(0).toInt(), 50);
        QCOMPARE(transport.requests.size(), 2);
        QCOMPARE(QUrlQuery(transport.requests.at(1).url).queryItemValue(u"since"_s), u"1.30.0"_s);
        QCOMPARE(QUrlQuery(transport.requests.at(0).url).queryItemValue(u"limit"_s).toInt(), SyncService::pageSize());
        const auto found = [&](const QString &word) {
            return *test::runOnCache<int>(cache, [word](QSqlDatabase &db) { return ArticleCache(db).count(word); });
        };
        const auto listed = *test::runOnCache<int>(cache, [](QSqlDatabase &db) { return ArticleCache(db).count({}); });
        QCOMPARE(listed, 50);          // all there to read at once
        QCOMPARE(found(u"线程"_s), 0); // the index follows

        SearchIndexer indexer(cache);
        QSignalSpy progress(&indexer, &SearchIndexer::progress);
        QSignalSpy indexed(&indexer, &SearchIndexer::finished);
        indexer.start();
        QVERIFY(indexed.wait());
        QCOMPARE(progress.first().at(1).toLongLong(), 50); // how much there is, told as it starts
        QCOMPARE(found(u"线程"_s), 50);
        QVERIFY(*test::runOnCache<bool>(cache, [](QSqlDatabase &db) { return integrityCheck(db, u"articles_fts"_s); }));

        // From then on every write is indexed as it is made, and a sync of one page was never deferred.
        QVERIFY(*test::runOnCache<bool>(
            cache, [](QSqlDatabase &db) { return ArticleCache(db).store(article(100, u"又一篇线程"_s)); }));
        QCOMPARE(found(u"线程"_s), 51);
        LocalCache small;
        QCOMPARE(test::openCache(small, m_dir.filePath(u"smallsync.sqlite"_s)), QString());
        transport.answer(protocol::endpoints::Sync, sync, 200, page(1, 5, false));
        SyncService smallSync(api, small);
        QSignalSpy smallDone(&smallSync, &SyncService::finished);
        smallSync.start();
        QVERIFY(smallDone.wait());
        QCOMPARE(*test::runOnCache<int>(small, [](QSqlDatabase &db) { return ArticleCache(db).count(u"线程"_s); }), 5);
    }
};

QTEST_GUILESS_MAIN(TestSearchBackfill)
#include "tst_searchbackfill.moc"
