// The status bar while an upgraded cache's search index fills: shown with its progress, stopped by
// its button (and gone), shown again when it carries on, gone when done. And while a sync runs: how
// many articles of about how many, the time left, gone when done.

#include "common/indexingstatus.h"
#include "common/syncstatus.h"
#include "common/translations.h"
#include "net/apiclient.h"
#include "protocol/endpoints.h"
#include "services/searchindexer.h"
#include "services/syncservice.h"
#include "storage/localcache.h"
#include "support/cachewait.h"
#include "support/cannedtransport.h"
#include "support/oldcache.h"

#include <QDir>
#include <QLabel>
#include <QMainWindow>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace guild;

class TestIndexingStatus : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { ui::Translations::apply(u"en"_s); } // English plurals

    void syncStatus_saysHowMuchOfAboutHowMany_andTheTimeLeft()
    {
        QCOMPARE(ui::SyncStatus::describe(0, 0, 0), u"Syncing…"_s);
        QCOMPARE(ui::SyncStatus::describe(1, 0, 0), u"Syncing… 1 article"_s);
        QCOMPARE(ui::SyncStatus::describe(500, 500, 0), u"Syncing… 500 articles"_s);
        QCOMPARE(ui::SyncStatus::describe(500, 100000, 200), u"Syncing… 500 of about 100,000 articles"_s);
        QCOMPARE(ui::SyncStatus::describe(50000, 100000, 4000),
                 u"Syncing… 50,000 of about 100,000 articles, about 4 seconds left"_s);
        QCOMPARE(ui::SyncStatus::describe(1000, 100000, 3000),
                 u"Syncing… 1,000 of about 100,000 articles, about 5 minutes left"_s);

        test::CannedTransport transport;
        app::ApiClient api;
        api.setBaseUrl(QUrl(u"https://guild.example"_s));
        api.setTransport(&transport);
        api.setTokens(u"access"_s, u"refresh"_s);
        const auto page = [](qint64 from, bool more, qint64 remaining) {
            protocol::SyncPage p;
            for (qint64 id = from; id < from + 3; ++id) {
                p.upserts.append(test::article(id, u"正文"_s));
            }
            p.hasMore = more;
            p.remaining = remaining;
            p.nextToken = u"1.%1.0"_s.arg(from + 2);
            return p.toJson();
        };
        const QString sync = protocol::endpoints::Sync.url();
        transport.answer(protocol::endpoints::Sync, sync, 200, page(1, true, 9));
        transport.answer(protocol::endpoints::Sync, sync, 200, page(4, false, 0));
        QTemporaryDir dir;
        app::LocalCache cache;
        QCOMPARE(test::openCache(cache, dir.filePath(u"sync.sqlite"_s)), QString());
        app::SyncService service(api, cache);
        QMainWindow window;
        auto *status = new ui::SyncStatus(service, &window);
        window.statusBar()->addPermanentWidget(status);
        window.show();
        QVERIFY(status->isHidden());
        QSignalSpy progress(&service, &app::SyncService::progress);
        QSignalSpy finished(&service, &app::SyncService::finished);
        service.start();
        QVERIFY(status->isVisible());
        QVERIFY(progress.wait());
        QCOMPARE(progress.first().at(1).toLongLong(), 12); // 3 received, about 9 to come
        QVERIFY(status->isVisible());
        QCOMPARE(status->bar()->maximum(), 1000); // how far, now that the server says how much
        QVERIFY(status->label()->text().startsWith(u"Syncing… 3 of about 12 articles"_s));
        window.resize(900, 200);
        QVERIFY(window.grab().save(QStringLiteral(GUILD_ARTIFACT_DIR) + u"/syncstatus.png"_s));
        QVERIFY(finished.wait());
        QVERIFY(status->isHidden());
        QCOMPARE(status->bar()->maximum(), 0); // the last page says nothing more is coming
        QCOMPARE(status->label()->text(), u"Syncing… 6 articles"_s);
    }

    void showsProgress_stops_andGoesWhenDone()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"cache.sqlite"_s);
        QVERIFY(test::writeCacheBeforeTokenizer(path, app::SearchIndexer::SliceRows * 4, 20));
        app::LocalCache cache;
        QCOMPARE(test::openCache(cache, path), QString());
        app::SearchIndexer indexer(cache);
        QMainWindow window;
        auto *status = new ui::IndexingStatus(indexer, &window);
        window.statusBar()->addPermanentWidget(status);
        window.resize(900, 200);
        window.show();
        QVERIFY(status->isHidden());

        // What a member sees once the first slice is in (the status updates before anyone else hears).
        bool seen = false;
        connect(&indexer, &app::SearchIndexer::progress, status, [&](qint64 done, qint64 total) {
            if (seen || done == 0) {
                return;
            }
            seen = true;
            QVERIFY(status->isVisible());
            QVERIFY(status->label()->text().contains(u"%"_s));
            QCOMPARE(status->bar()->maximum(), 100);
            QCOMPARE(status->bar()->value(), int(done * 100 / total));
            QVERIFY(status->bar()->value() > 0 && status->bar()->value() < 100);
            QDir().mkpath(QStringLiteral(GUILD_ARTIFACT_DIR));
            QVERIFY(window.grab().save(QStringLiteral(GUILD_ARTIFACT_DIR) + u"/indexing_status.png"_s));
            // Stopped from its button: after the slice under way.
            QTest::mouseClick(status->cancelButton(), Qt::LeftButton);
        });
        QSignalSpy cancelled(&indexer, &app::SearchIndexer::cancelled);
        QSignalSpy finished(&indexer, &app::SearchIndexer::finished);
        indexer.start();
        QVERIFY(cancelled.wait());
        QVERIFY(seen);
        QVERIFY(status->isHidden());
        QVERIFY(finished.isEmpty());
        QSignalSpy started(&indexer, &app::SearchIndexer::started);
        indexer.start(); // as the next start of the app does
        QVERIFY(finished.wait());
        QCOMPARE(started.size(), 1); // shown again while it carried on
        QVERIFY(status->isHidden());
    }
};

QTEST_MAIN(TestIndexingStatus)
#include "tst_indexingstatus.moc"
