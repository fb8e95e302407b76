// The entitlement lease against a real guild-server: paid content cached while the member was entitled
// closes when the lease runs out — offline, by this computer's clock, and online, by the server's —
// winding the clock back or restarting the client does not reopen it, a lease edited on disk opens
// nothing paid, and a renewal brings the content back through sync.

#include "net/apiclient.h"
#include "protocol/api/articles.h"
#include "protocol/api/chat.h"
#include "protocol/api/courses.h"
#include "protocol/api/engagement.h"
#include "protocol/api/membership.h"
#include "protocol/endpoints.h"
#include "secrets/secretstore.h"
#include "services/downloadservice.h"
#include "services/leaseguard.h"
#include "services/syncservice.h"
#include "session.h"
#include "storage/chatstore.h"
#include "storage/coursecache.h"
#include "storage/leaserecord.h"
#include "storage/localcache.h"
#include "storage/snapshotstore.h"
#include "support/cachewait.h"
#include "support/httpclient.h"
#include "support/signin.h"
#include "support/testserver.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace guild;
using namespace guild::app;
using namespace guild::protocol;
using guild::test::TestServer;
namespace endpoints = guild::protocol::endpoints;

namespace {

constexpr qint64 Minute = 60 * 1000;

/// A member's client with what the lease touches; its clock is the test's to move.
struct Client
{
    ApiClient api;
    MemorySecretStore secrets;
    Session session{api, secrets};
    LocalCache cache;
    SyncService sync{api, cache};
    DownloadService downloads{api, cache};
    LeaseGuard leases{api, cache, downloads};
    qint64 clockMs = QDateTime::currentMSecsSinceEpoch();

    explicit Client(const QString &media)
    {
        leases.setClock([this] { return clockMs; });
        QDir().mkpath(media);
        downloads.setDirectory(media);
    }
    /// Judged, after load() or refresh().
    bool judge(const std::function<void()> &how)
    {
        QSignalSpy judged(&leases, &LeaseGuard::judged);
        how();
        return judged.wait(10000);
    }
    bool synced()
    {
        QSignalSpy finished(&sync, &SyncService::finished);
        sync.start();
        return finished.wait(30000);
    }
    qint64 count(const QString &sql)
    {
        return test::runOnCache<qint64>(cache,
                                        [sql](QSqlDatabase &db) {
                                            QSqlQuery q(db);
                                            return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
                                        })
            .value_or(-1);
    }
    qint64 paidBodies()
    {
        return count(u"SELECT COUNT(*) FROM articles WHERE required_tier > 0 AND body_z IS NOT NULL"_s);
    }
    qint64 freeBodies()
    {
        return count(u"SELECT COUNT(*) FROM articles WHERE required_tier = 0 AND body_z IS NOT NULL"_s);
    }
};

/// A course for members (not sold on its own) with a free preview and a lesson that is not.
struct PaidCourse
{
    course::Course course;
    qint64 preview = 0;
    qint64 lesson = 0;
};

std::optional<PaidCourse> paidCourse(test::HttpClient &http)
{
    const auto list = CourseList::fromJson(http.get(endpoints::ListCourses.url()).json);
    for (const course::Course &listed : list ? list->items : QList<course::Course>{}) {
        if (listed.requiredTier == Tier::Free || listed.priceCents > 0) {
            continue;
        }
        const auto page = CourseReply::fromJson(http.get(endpoints::GetCourse.url(listed.id)).json);
        PaidCourse found{page ? page->value : listed, 0, 0};
        for (const course::Section &s : found.course.sections) {
            for (const course::LessonSummary &l : s.lessons) {
                qint64 &slot = l.freePreview ? found.preview : found.lesson;
                slot = slot ? slot : l.id;
            }
        }
        if (found.preview && found.lesson) {
            return found;
        }
    }
    return std::nullopt;
}

} // namespace

class TestLeaseGuard : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    /// What a premium member has on this computer after a day online: every article with its body, a
    /// members' course with two lessons opened (one a free preview) and its video downloaded, and the
    /// premium lounge's chat.
    void fillAsPremium(Client &client, test::HttpClient &http, const PaidCourse &paid, qint64 loungeId)
    {
        QVERIFY(client.synced());
        QVERIFY(client.paidBodies() > 0);
        QList<course::Lesson> lessons;
        for (qint64 id : {paid.preview, paid.lesson}) {
            const auto lesson = LessonReply::fromJson(http.get(endpoints::GetLesson.url(id)).json);
            QVERIFY(lesson);
            lessons.append(lesson->value);
        }
        const auto courses = CourseList::fromJson(http.get(endpoints::ListCourses.url()).json);
        QVERIFY(courses);
        const auto channels = ChannelList::fromJson(http.get(endpoints::ListChannels.url()).json);
        QVERIFY(channels);
        chat::Message said;
        said.id = 900001;
        said.channelId = loungeId;
        said.seq = 1;
        said.clientId = u"lease-test"_s;
        said.senderId = 1;
        said.senderName = u"Pat"_s;
        said.body = u"Premium tips, for premium members"_s;
        said.createdAt = QDateTime::currentDateTimeUtc();
        const qint64 course = paid.course.id;
        const qint64 video = paid.lesson;
        QVERIFY(test::runOnCache<bool>(client.cache, [=](QSqlDatabase &db) {
                    CourseCache courseCache(db);
                    bool ok = courseCache.saveCatalogue(courses->items) && courseCache.saveCourse(paid.course);
                    for (const course::Lesson &l : lessons) {
                        ok = ok && courseCache.saveLesson(l);
                    }
                    ChatStore chat(db);
                    // Kept reads: one that may show paid content (an article's comments), one that may not.
                    SnapshotStore kept(db);
                    return ok && courseCache.addDownload({video, course, 5, true}) && courseCache.markComplete(video) &&
                           chat.saveChannels(channels->items) && chat.storeMessages({said}) &&
                           kept.save(u"comments:1"_s, CommentList{}) && kept.save(u"payments"_s, PaymentList{});
                }).value_or(false));
        QFile file(QDir(client.downloads.directory()).filePath(u"%1.mp4"_s.arg(video)));
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write("video") == 5);
        file.close();
        client.downloads.start();
        QTRY_VERIFY(!client.downloads.localVideo(video).isEmpty());
    }

    void verifyClosed(Client &client, const PaidCourse &paid, qint64 loungeId, qint64 freeBodies)
    {
        QCOMPARE(client.leases.openTier(), Tier::Free);
        QCOMPARE(client.paidBodies(), 0);
        QCOMPARE(client.count(u"SELECT COUNT(*) FROM articles WHERE required_tier > 0 AND locked = 0"_s), 0);
        QCOMPARE(client.freeBodies(), freeBodies); // what the member may read free stays
        QCOMPARE(client.count(u"SELECT COUNT(*) FROM lesson_content WHERE id = %1"_s.arg(paid.lesson)), 0);
        QCOMPARE(client.count(u"SELECT COUNT(*) FROM lesson_content WHERE id = %1"_s.arg(paid.preview)), 1);
        QCOMPARE(client.count(u"SELECT COUNT(*) FROM chat_messages WHERE channel_id = %1"_s.arg(loungeId)), 0);
        QTRY_VERIFY(client.downloads.localVideo(paid.lesson).isEmpty());
        QTRY_VERIFY(!QFile::exists(QDir(client.downloads.directory()).filePath(u"%1.mp4"_s.arg(paid.lesson))));
        const auto page = test::runOnCache<std::optional<course::Course>>(
            client.cache, [id = paid.course.id](QSqlDatabase &db) { return CourseCache(db).course(id); });
        QVERIFY(page && *page);
        QCOMPARE((*page)->access, course::Access::MembershipRequired);
        QCOMPARE(client.count(u"SELECT COUNT(*) FROM snapshots WHERE key = 'comments:1'"_s), 0);
        QCOMPARE(client.count(u"SELECT COUNT(*) FROM snapshots WHERE key = 'payments'"_s), 1);
    }

    static qint64 lounge(test::HttpClient &http)
    {
        const auto channels = ChannelList::fromJson(http.get(endpoints::ListChannels.url()).json);
        for (const chat::Channel &c : channels ? channels->items : QList<chat::Channel>{}) {
            if (c.requiredTier == Tier::Premium) {
                return c.id;
            }
        }
        return 0;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void offlineExpiry_closesPaidContent_aClockWoundBackOrARestartDoesNotReopen()
    {
        TestServer server;
        QVERIFY(server.start());
        test::HttpClient http = test::HttpClient::signedIn(server.baseUrl(), u"premium"_s);
        const auto paid = paidCourse(http);
        QVERIFY(paid);
        const qint64 loungeId = lounge(http);
        QVERIFY(loungeId > 0);
        const QString cachePath = m_dir.filePath(u"offline.sqlite"_s);
        const QString media = m_dir.filePath(u"offline-media"_s);
        qint64 validUntil = 0;
        qint64 freeBodies = 0;
        {
            Client client(media);
            QVERIFY(test::signIn(client.session, server.baseUrl(), u"premium"_s));
            QVERIFY(test::openCache(client.cache, cachePath).isEmpty());
            fillAsPremium(client, http, *paid, loungeId);
            QVERIFY(!QTest::currentTestFailed());
            freeBodies = client.freeBodies();
            QVERIFY(client.judge([&] { client.leases.refresh(); }));
            QCOMPARE(client.leases.openTier(), Tier::Premium);
            validUntil = client.leases.validUntil().toMSecsSinceEpoch();
            // The demo's premium member paid for a year; the lease runs to its end and the grace after.
            QVERIFY(validUntil > QDateTime::currentMSecsSinceEpoch() + 300LL * 24 * 3600 * 1000);

            QVERIFY(server.stop()); // offline from here
            QSignalSpy closed(&client.leases, &LeaseGuard::closed);
            client.clockMs = validUntil - Minute; // a minute before the end: still open
            QVERIFY(client.judge([&] { client.leases.load(); }));
            QCOMPARE(closed.count(), 0);
            QVERIFY(client.paidBodies() > 0);

            client.clockMs = validUntil + Minute;
            QVERIFY(client.judge([&] { client.leases.load(); }));
            QCOMPARE(closed.count(), 1);
            QCOMPARE(closed.first().at(0).value<Tier>(), Tier::Free);
            QCOMPARE(closed.first().at(1).toDateTime().toMSecsSinceEpoch(), validUntil);
            QVERIFY(closed.first().at(2).toBool()); // ran out, rather than a lower tier from the server
            verifyClosed(client, *paid, loungeId, freeBodies);

            // Wound back to the day before: the newest time this device knew still counts.
            client.clockMs = validUntil - 24 * 60 * Minute;
            QSignalSpy reopened(&client.leases, &LeaseGuard::reopened);
            QVERIFY(client.judge([&] { client.leases.load(); }));
            QCOMPARE(reopened.count(), 0);
            QCOMPARE(client.leases.openTier(), Tier::Free);
        }
        {
            // Killed and started again with the clock still wound back: nothing reopens either.
            Client client(media);
            client.clockMs = validUntil - 24 * 60 * Minute;
            QVERIFY(test::openCache(client.cache, cachePath).isEmpty());
            QVERIFY(client.judge([&] { client.leases.load(); }));
            QCOMPARE(client.leases.openTier(), Tier::Free);
            QCOMPARE(client.paidBodies(), 0);

            // Back online with the right time: the server's lease (still a year) opens it all again.
            QVERIFY(server.start());
            QVERIFY(test::signIn(client.session, server.baseUrl(), u"premium"_s));
            client.clockMs = QDateTime::currentMSecsSinceEpoch();
            QSignalSpy reopened(&client.leases, &LeaseGuard::reopened);
            QVERIFY(client.judge([&] { client.leases.refresh(); }));
            QCOMPARE(reopened.count(), 1);
            QCOMPARE(client.leases.openTier(), Tier::Premium);
            QVERIFY(client.synced()); // the closing started the sync over
            QVERIFY(client.paidBodies() > 0);
            QCOMPARE(client.freeBodies(), freeBodies);
        }
    }

    void aMembersFirstLease_closesNothing()
    {
        // What the server synced so far was for the member's tier: nothing to close, nothing to say.
        TestServer server;
        QVERIFY(server.start());
        Client client(m_dir.filePath(u"first-media"_s));
        QVERIFY(test::signIn(client.session, server.baseUrl(), u"member"_s));
        QVERIFY(test::openCache(client.cache, m_dir.filePath(u"first.sqlite"_s)).isEmpty());
        QVERIFY(client.synced());
        const qint64 bodies = client.paidBodies();
        QVERIFY(bodies > 0); // the member tier's own
        QSignalSpy closed(&client.leases, &LeaseGuard::closed);
        QVERIFY(client.judge([&] { client.leases.refresh(); }));
        QCOMPARE(client.leases.openTier(), Tier::Member);
        QCOMPARE(closed.count(), 0);
        QCOMPARE(client.paidBodies(), bodies);
    }

    void serverClock_pastTheEnd_closesOnline_anEditedLeaseOpensNothing_aRenewalReopens()
    {
        TestServer server(TestServer::Options{true, {u"--test-clock"_s}});
        QVERIFY(server.start());
        test::HttpClient http = test::HttpClient::signedIn(server.baseUrl(), u"premium"_s);
        const auto paid = paidCourse(http);
        QVERIFY(paid);
        const qint64 loungeId = lounge(http);
        Client client(m_dir.filePath(u"server-media"_s));
        QVERIFY(test::signIn(client.session, server.baseUrl(), u"premium"_s));
        QVERIFY(test::openCache(client.cache, m_dir.filePath(u"server.sqlite"_s)).isEmpty());
        fillAsPremium(client, http, *paid, loungeId);
        QVERIFY(!QTest::currentTestFailed());
        const qint64 freeBodies = client.freeBodies();
        QVERIFY(client.judge([&] { client.leases.refresh(); }));
        const qint64 validUntil = client.leases.validUntil().toMSecsSinceEpoch();

        // The server's year passes (grace included) and the session with it; this computer's clock
        // stays where it was. Signed in again, the server's word closes what lapsed.
        QVERIFY(test::HttpClient::moveServerClock(server.baseUrl(),
                                                  QDateTime::fromMSecsSinceEpoch(validUntil + Minute, Qt::UTC)));
        QVERIFY(test::signIn(client.session, server.baseUrl(), u"premium"_s));
        QSignalSpy closed(&client.leases, &LeaseGuard::closed);
        QVERIFY(client.judge([&] { client.leases.refresh(); }));
        QCOMPARE(closed.count(), 1);
        verifyClosed(client, *paid, loungeId, freeBodies);

        // A lease stretched by editing the cache does not check out: nothing paid opens.
        QVERIFY(test::runOnCache<bool>(client.cache, [](QSqlDatabase &db) {
                    SnapshotStore store(db);
                    auto kept = store.load<LeaseRecord>(u"lease"_s);
                    if (!kept) {
                        return false;
                    }
                    kept->value.lease.tier = Tier::Premium;
                    kept->value.lease.validUntil += 10LL * 365 * 24 * 3600 * 1000;
                    return store.save(u"lease"_s, kept->value);
                }).value_or(false));
        QVERIFY(client.judge([&] { client.leases.load(); }));
        QCOMPARE(client.leases.openTier(), Tier::Free);

        // Renewed (an admin grants a month): the next lease reopens, and the sync brings it all back.
        test::HttpClient admin = test::HttpClient::signedIn(server.baseUrl(), u"admin"_s);
        const auto granted =
            admin.post(endpoints::SetMemberTier.url(client.session.user().id), TierRequest{u"premium"_s, 30}.toJson());
        QVERIFY2(granted.status == 200, granted.body.constData());
        QSignalSpy reopened(&client.leases, &LeaseGuard::reopened);
        QVERIFY(client.judge([&] { client.leases.refresh(); }));
        QCOMPARE(reopened.count(), 1);
        QCOMPARE(client.leases.openTier(), Tier::Premium);
        QVERIFY(client.leases.validUntil().toMSecsSinceEpoch() > validUntil + 29LL * 24 * 60 * Minute);
        QVERIFY(client.synced());
        QVERIFY(client.paidBodies() > 0);
        QCOMPARE(client.freeBodies(), freeBodies);
    }
};

QTEST_GUILESS_MAIN(TestLeaseGuard)
#include "tst_leaseguard.moc"
