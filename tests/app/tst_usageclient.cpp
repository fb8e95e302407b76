#include "net/apiclient.h"
#include "protocol/endpoints.h"
#include "secrets/secretstore.h"
#include "services/usagetracker.h"
#include "services/usageuploader.h"
#include "session.h"
#include "storage/localcache.h"
#include "storage/usageoutbox.h"
#include "support/cachewait.h"
#include "support/httpclient.h"
#include "support/signin.h"
#include "support/testserver.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace guild;
using namespace guild::app;
namespace endpoints = guild::protocol::endpoints;
using protocol::analytics::EventKind;

// Usage reporting end to end: the tracker queues active and reading time and actions in the cache,
// idle or background time is not counted, the queue survives the server being away, and the uploader
// delivers it once the server is back; the server's "my activity" then shows exactly what was queued.
class TestUsageClient : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<test::TestServer> m_server;
    ApiClient m_api;
    MemorySecretStore m_secrets;
    std::unique_ptr<Session> m_session;
    LocalCache m_cache;

    int waiting()
    {
        return test::runOnCache<int>(m_cache, [](QSqlDatabase &db) { return UsageOutbox(db).count(); }).value_or(-1);
    }

    QList<protocol::analytics::UsageEvent> queued()
    {
        return test::runOnCache<QList<protocol::analytics::UsageEvent>>(
                   m_cache, [](QSqlDatabase &db) { return UsageOutbox(db).oldest(1000); })
            .value_or(QList<protocol::analytics::UsageEvent>{});
    }

    QJsonObject today()
    {
        test::HttpClient c = test::HttpClient::signedIn(m_server->baseUrl(), u"member"_s);
        const QString day = QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate);
        const QJsonArray days =
            c.get(endpoints::MyActivity.url() + u"?from=%1&to=%1"_s.arg(day)).json[u"days"_s].toArray();
        return days.isEmpty() ? QJsonObject{} : days.first().toObject();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<test::TestServer>();
        QVERIFY(m_server->start());
        m_session = std::make_unique<Session>(m_api, m_secrets);
        QCOMPARE(test::openCache(m_cache, m_dir.filePath(u"usage.sqlite"_s)), QString());
        QVERIFY(test::signIn(*m_session, m_server->baseUrl(), u"member"_s));
    }

    void cleanupTestCase() { QVERIFY(m_server->stop()); }

    void tracker_countsActiveAndReadingTime_notIdleOrBackground()
    {
        UsageTracker tracker(m_cache);
        QSignalSpy queuedSpy(&tracker, &UsageTracker::queued);
        // In the background nothing counts, however long.
        tracker.startReading(u"article"_s, 7);
        tracker.flush();
        QCOMPARE(waiting(), 0);

        tracker.setSliceLength(std::chrono::milliseconds(1100));
        tracker.setForeground(true);
        QVERIFY(queuedSpy.wait(10000)); // one slice: active time and reading time of article 7
        const QList<protocol::analytics::UsageEvent> events = queued();
        QCOMPARE(events.size(), 2);
        QCOMPARE(events[0].kind, EventKind::Active);
        QVERIFY(events[0].seconds >= 1);
        QCOMPARE(events[1].kind, EventKind::Read);
        QCOMPARE(events[1].itemId, 7);
        QCOMPARE(events[1].seconds, events[0].seconds);

        tracker.record(EventKind::Complete, u"article"_s, 7);
        QVERIFY(queuedSpy.wait());
        tracker.setForeground(false); // closes the slice in progress
        tracker.stopReading();
        tracker.flush();
        QTRY_VERIFY(waiting() >= 3);
    }

    void uploader_keepsEventsWhileTheServerIsAway_thenDeliversThemOnce()
    {
        const int queuedBefore = waiting();
        QVERIFY(queuedBefore >= 3);
        int activeQueued = 0;
        int readingQueued = 0;
        for (const auto &e : queued()) {
            activeQueued += e.kind == EventKind::Active ? e.seconds : 0;
            readingQueued += e.kind == EventKind::Read ? e.seconds : 0;
        }

        UsageUploader uploader(m_api, m_cache);
        QSignalSpy idle(&uploader, &UsageUploader::idle);
        QVERIFY(m_server->stop());
        uploader.sendNow();
        QVERIFY(idle.wait(30000));
        QCOMPARE(idle.last().at(0).toInt(), queuedBefore); // still queued
        QCOMPARE(waiting(), queuedBefore);

        QVERIFY(m_server->start());
        m_api.setBaseUrl(m_server->baseUrl());
        QSignalSpy sent(&uploader, &UsageUploader::sent);
        uploader.sendNow();
        QVERIFY(sent.wait(30000));
        QCOMPARE(sent.first().at(0).toInt(), queuedBefore);
        QTRY_COMPARE(waiting(), 0);
        const QJsonObject day = today();
        QCOMPARE(day[u"activeSeconds"_s].toInt(), activeQueued);
        QCOMPARE(day[u"readingSeconds"_s].toInt(), readingQueued);
        QCOMPARE(day[u"completions"_s].toInt(), 1);
    }
};

QTEST_GUILESS_MAIN(TestUsageClient)
#include "tst_usageclient.moc"
