// Bookmarks and highlights against a real guild-server: made offline they show at once, survive the
// client being killed, and reach the server once each when it is back; a refused one is undone and
// said; the list follows what other devices saved; notes export as Markdown.

#include "net/apiclient.h"
#include "protocol/api/articles.h"
#include "protocol/endpoints.h"
#include "secrets/secretstore.h"
#include "services/savedservice.h"
#include "services/writeoutbox.h"
#include "session.h"
#include "storage/localcache.h"
#include "storage/savedstore.h"
#include "storage/writeoutboxstore.h"
#include "support/cachewait.h"
#include "support/httpclient.h"
#include "support/signin.h"
#include "support/testserver.h"

#include <QFile>
#include <QJsonDocument>
#include <QSignalSpy>
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

struct Client
{
    ApiClient api;
    MemorySecretStore secrets;
    Session session{api, secrets};
    LocalCache cache;
    WriteOutbox writes{api, cache};
    SavedService saved{api, cache, writes};

    SavedItems local(const QString &filter = {})
    {
        return test::runOnCache<SavedItems>(cache, [filter](QSqlDatabase &db) { return SavedStore(db).all(filter); })
            .value_or(SavedItems{});
    }
    int waiting() { return static_cast<int>(writes.writes().size()); }
    /// What the outbox holds on disk (what survives a kill).
    int kept()
    {
        return test::runOnCache<int>(cache, [](QSqlDatabase &db) { return int(WriteOutboxStore(db).all().size()); })
            .value_or(-1);
    }
};

SavedItems onServer(test::HttpClient &http)
{
    return SavedItems::fromJson(http.get(endpoints::MySaved.url()).json).value_or(SavedItems{});
}

QList<Article> feed(test::HttpClient &http)
{
    const auto list = ArticleList::fromJson(http.get(endpoints::ListArticles.url() + u"?limit=100"_s).json);
    return list ? list->items : QList<Article>{};
}

} // namespace

class TestSavedClient : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void savedOffline_showsAtOnce_survivesAKill_andArrivesOnce()
    {
        TestServer server;
        QVERIFY(server.start());
        test::HttpClient http = test::HttpClient::signedIn(server.baseUrl(), u"member"_s);
        QList<Article> readable;
        for (const Article &a : feed(http)) {
            if (!a.locked && readable.size() < 2) {
                readable.append(a);
            }
        }
        QCOMPARE(readable.size(), 2);
        const QString cachePath = m_dir.filePath(u"saved.sqlite"_s);
        QString highlightId;
        {
            Client client;
            QVERIFY(test::signIn(client.session, server.baseUrl(), u"member"_s));
            QVERIFY(test::openCache(client.cache, cachePath).isEmpty());
            client.writes.start();
            QVERIFY(server.stop()); // on the train

            client.saved.setBookmarked(SavedKind::Article, readable[0].id, readable[0].title, true);
            client.saved.setBookmarked(SavedKind::Article, readable[1].id, readable[1].title, true);
            client.saved.setBookmarked(SavedKind::Article, readable[1].id, readable[1].title, false);
            highlightId = client.saved.addHighlight(SavedKind::Article, readable[0].id, readable[0].title,
                                                    u"信号与槽，跨线程也安全"_s, 40);
            client.saved.setNote(highlightId, u"Queued connections copy their arguments."_s);
            QTRY_COMPARE(client.kept(), 5); // on disk, so a kill loses none
            // Shown at once, offline, and found by what the note says.
            const SavedItems shown = client.local();
            QCOMPARE(shown.bookmarks.size(), 1);
            QCOMPARE(shown.bookmarks.first().subjectId, readable[0].id);
            QCOMPARE(shown.highlights.size(), 1);
            QCOMPARE(shown.highlights.first().note, u"Queued connections copy their arguments."_s);
            QCOMPARE(client.local(u"QUEUED"_s).highlights.size(), 1);
            QCOMPARE(client.local(u"跨线程"_s).highlights.size(), 1);
            QCOMPARE(client.local(u"nowhere"_s).highlights.size(), 0);
        } // killed: nothing flushed on the way out

        QVERIFY(server.start());
        Client client;
        QVERIFY(test::signIn(client.session, server.baseUrl(), u"member"_s));
        QVERIFY(test::openCache(client.cache, cachePath).isEmpty());
        QSignalSpy changed(&client.saved, &SavedService::changed);
        client.writes.start();
        // Delivered: gone from the disk (what is read back from it is only taken off once the server has it).
        QTRY_COMPARE_WITH_TIMEOUT(client.kept(), 0, 15000);
        QTRY_COMPARE(client.waiting(), 0);
        test::HttpClient again = test::HttpClient::signedIn(server.baseUrl(), u"member"_s);
        const SavedItems stored = onServer(again);
        QCOMPARE(stored.bookmarks.size(), 1);
        QCOMPARE(stored.bookmarks.first().subjectId, readable[0].id);
        QCOMPARE(stored.bookmarks.first().title, readable[0].title); // the server's title
        QCOMPARE(stored.highlights.size(), 1);
        QCOMPARE(stored.highlights.first().id, highlightId);
        QCOMPARE(stored.highlights.first().note, u"Queued connections copy their arguments."_s);

        // Removed here: gone there too.
        client.saved.removeHighlight(highlightId);
        QTRY_COMPARE_WITH_TIMEOUT(client.waiting(), 0, 15000);
        QTRY_COMPARE(onServer(again).highlights.size(), 0);
    }

    void refused_isUndoneAndSaid_andTheListFollowsOtherDevices()
    {
        TestServer server;
        QVERIFY(server.start());
        test::HttpClient http = test::HttpClient::signedIn(server.baseUrl(), u"member"_s);
        qint64 locked = 0;
        qint64 open = 0;
        for (const Article &a : feed(http)) {
            (a.locked ? locked : open) = a.id;
        }
        QVERIFY(locked > 0 && open > 0);
        Client client;
        QVERIFY(test::signIn(client.session, server.baseUrl(), u"member"_s));
        QVERIFY(test::openCache(client.cache, m_dir.filePath(u"refused.sqlite"_s)).isEmpty());
        client.writes.start();

        QSignalSpy notice(&client.saved, &SavedService::notice);
        client.saved.setBookmarked(SavedKind::Article, locked, u"Premium"_s, true);
        QVERIFY(notice.wait(15000));
        QCOMPARE(notice.first().at(1).toBool(), false);
        QVERIFY(!notice.first().at(0).toString().isEmpty());
        QTRY_COMPARE(client.waiting(), 0);
        QTRY_COMPARE(client.local().bookmarks.size(), 0); // undone

        // Saved on another device: here after a refresh.
        QCOMPARE(http.send("PUT", endpoints::PutBookmark.url(bookmarkKey(SavedKind::Article, open)), "{}").status, 200);
        QCOMPARE(http.send("PUT", endpoints::PutHighlight.url(u"other-device-1"_s),
                           QJsonDocument(
                               HighlightInput{SavedKind::Article, open, u"from the laptop"_s, u"note"_s, 3}.toJson())
                               .toJson())
                     .status,
                 200);
        QSignalSpy changed(&client.saved, &SavedService::changed);
        client.saved.refresh();
        QVERIFY(changed.wait());
        const SavedItems here = client.local();
        QCOMPARE(here.bookmarks.size(), 1);
        QCOMPARE(here.highlights.size(), 1);
        QCOMPARE(here.highlights.first().quote, u"from the laptop"_s);

        // The notes as Markdown: the title, the quote as a quotation, the note.
        const QString path = m_dir.filePath(u"notes.md"_s);
        QSignalSpy exported(&client.saved, &SavedService::exported);
        client.saved.exportNotes(path);
        QVERIFY(exported.wait());
        QCOMPARE(exported.first().at(1).toString(), QString());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString markdown = QString::fromUtf8(file.readAll());
        QVERIFY(markdown.contains(u"\n> from the laptop\n"_s));
        QVERIFY(markdown.contains(u"\nnote\n"_s));
        QVERIFY(markdown.contains(u"## "_s + here.highlights.first().title));
    }
};

QTEST_GUILESS_MAIN(TestSavedClient)
#include "tst_savedclient.moc"
