// Members' pictures in the client against a real server: one member saves a picture, another member's
// PictureCache fetches it once and announces it, remembers "no picture" for a member without one, and a
// cache opened later with the server gone still shows the picture it stored.

#include "net/apiclient.h"
#include "secrets/secretstore.h"
#include "services/picturecache.h"
#include "services/profileservice.h"
#include "session.h"
#include "support/cachewait.h"
#include "support/signin.h"
#include "support/testserver.h"

#include <QBuffer>
#include <QImage>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace guild;
using namespace guild::app;
using test::TestServer;

namespace {

struct Member
{
    ApiClient api;
    MemorySecretStore secrets;
    Session session{api, secrets};
};

QByteArray png(const QSize &size, QColor colour)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(colour);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

/// Whether the cache holds a row for `memberId`, and whether that row has a picture.
std::optional<std::pair<bool, bool>> storedRow(LocalCache &cache, qint64 memberId)
{
    return test::runOnCache<std::pair<bool, bool>>(cache, [memberId](QSqlDatabase &db) {
        QSqlQuery q(db);
        q.prepare(u"SELECT image IS NOT NULL FROM pictures WHERE kind = 'avatar' AND subject_id = ?"_s);
        q.addBindValue(memberId);
        if (!q.exec() || !q.next()) {
            return std::pair{false, false};
        }
        return std::pair{true, q.value(0).toBool()};
    });
}

} // namespace

class TestPictureCache : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestServer> m_server;
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<TestServer>();
        QVERIFY(m_server->start());
    }

    void picture_fetchedOnce_announced_andStoredForOffline()
    {
        Member author;
        QVERIFY(test::signIn(author.session, m_server->baseUrl(), u"author"_s));
        ProfileService profile(author.api);
        QSignalSpy saved(&profile, &ProfileService::avatarChanged);
        profile.setAvatar(png({64, 48}, Qt::red));
        QVERIFY(saved.wait());
        const qint64 authorId = author.session.user().id;

        Member reader;
        QVERIFY(test::signIn(reader.session, m_server->baseUrl(), u"member"_s));
        const qint64 readerId = reader.session.user().id; // the demo member has no picture
        const QString path = m_dir.filePath(u"reader.sqlite"_s);
        {
            LocalCache cache;
            QCOMPARE(test::openCache(cache, path), QString());
            PictureCache avatars(PictureCache::Kind::MemberAvatar, reader.api, cache);
            QSignalSpy changed(&avatars, &PictureCache::changed);
            QVERIFY(avatars.image(authorId).isNull()); // never waits: asked for, not yet here
            QVERIFY(changed.wait());
            QCOMPARE(changed.takeFirst().at(0).toLongLong(), authorId);
            const QImage picture = avatars.image(authorId);
            QCOMPARE(picture.size(), QSize(64, 48));
            QCOMPARE(QColor(picture.pixel(10, 10)), QColor(Qt::red));

            // No picture is an answer too: kept, and not announced (nothing to repaint).
            QVERIFY(avatars.image(readerId).isNull());
            QTRY_COMPARE(storedRow(cache, readerId), std::optional(std::pair{true, false}));
            QVERIFY(avatars.image(readerId).isNull());
            QTRY_COMPARE(storedRow(cache, authorId), std::optional(std::pair{true, true}));
            QCOMPARE(changed.count(), 0);

            // The member's own new picture shows at once, without a round trip.
            avatars.put(readerId, png({32, 32}, Qt::blue));
            QCOMPARE(changed.count(), 1);
            QCOMPARE(QColor(avatars.image(readerId).pixel(1, 1)), QColor(Qt::blue));
            QTRY_COMPARE(storedRow(cache, readerId), std::optional(std::pair{true, true}));
        }

        // Later, with the server gone: the stored picture still shows.
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 deadPort = closed.serverPort();
        closed.close();
        ApiClient offline;
        QUrl dead(u"http://127.0.0.1"_s);
        dead.setPort(deadPort);
        offline.setBaseUrl(dead);
        LocalCache cache;
        QCOMPARE(test::openCache(cache, path), QString());
        PictureCache avatars(PictureCache::Kind::MemberAvatar, offline, cache);
        QSignalSpy changed(&avatars, &PictureCache::changed);
        QVERIFY(avatars.image(authorId).isNull());
        QVERIFY(avatars.image(readerId).isNull());
        QTRY_COMPARE(changed.count(), 2);
        QCOMPARE(avatars.image(authorId).size(), QSize(64, 48));
        QCOMPARE(QColor(avatars.image(readerId).pixel(1, 1)), QColor(Qt::blue));
    }

    void memory_holdsPicturesAtTheirPaintedSize_andLetsTheOldestGo()
    {
        Member reader;
        QVERIFY(test::signIn(reader.session, m_server->baseUrl(), u"member"_s));
        LocalCache cache;
        QCOMPARE(test::openCache(cache, m_dir.filePath(u"memory.sqlite"_s)), QString());
        PictureCache avatars(PictureCache::Kind::MemberAvatar, reader.api, cache);
        avatars.put(1, png({128, 96}, Qt::green));
        QCOMPARE(avatars.image(1).size(), QSize(85, 64)); // the short side at 64: twice a painted face
        PictureCache covers(PictureCache::Kind::CourseCover, reader.api, cache);
        covers.put(1, png({640, 400}, Qt::green));
        QCOMPARE(covers.image(1).size(), QSize(480, 300));

        avatars.setCapacity(8);
        for (qint64 id = 100; id < 120; ++id) {
            avatars.put(id, png({32, 32}, Qt::blue));
            QVERIFY(avatars.size() <= 8);
        }
        QVERIFY(!avatars.image(119).isNull()); // the newest stay
        // One let go comes back from the offline cache when next shown.
        QSignalSpy changed(&avatars, &PictureCache::changed);
        QVERIFY(avatars.image(100).isNull());
        QVERIFY(changed.wait());
        QCOMPARE(QColor(avatars.image(100).pixel(1, 1)), QColor(Qt::blue));
    }

    void unknownMember_hasNoPicture_andBadIdsAreNotAsked()
    {
        Member reader;
        QVERIFY(test::signIn(reader.session, m_server->baseUrl(), u"member"_s));
        LocalCache cache;
        QCOMPARE(test::openCache(cache, m_dir.filePath(u"unknown.sqlite"_s)), QString());
        PictureCache avatars(PictureCache::Kind::MemberAvatar, reader.api, cache);
        QVERIFY(avatars.image(0).isNull());
        QVERIFY(avatars.image(-5).isNull());
        QVERIFY(avatars.image(987654).isNull());
        QTRY_COMPARE(storedRow(cache, 987654), std::optional(std::pair{true, false}));
        QCOMPARE(storedRow(cache, 0), std::optional(std::pair{false, false}));
    }
};

QTEST_GUILESS_MAIN(TestPictureCache)
#include "tst_picturecache.moc"
