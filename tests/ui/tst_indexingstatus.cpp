// The status bar while an upgraded cache's search index fills: shown with its progress, stopped by
// its button (and gone), shown again when it carries on, gone when done.

#include "common/indexingstatus.h"
#include "services/searchindexer.h"
#include "storage/localcache.h"
#include "support/cachewait.h"
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
