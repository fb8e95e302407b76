// A new member's first sync of a large community, end to end: a real guild-server on loopback with
// 100,000 articles of real text (Debian's fortunes-zh and fortunes) besides the demo's, and the client's
// SyncService filling a new offline cache, pages fetched over HTTP and written by the cache thread. It
// reports the articles a second from the first request to the last page stored, the server's share
// (the same pages fetched and thrown away) and the time until the search index has caught up.
//
//   QT_QPA_PLATFORM=offscreen build/bench/bench_firstsync
//   GUILD_BENCH_ARTICLES=20000 ... (a smaller community for a quicker run)

#include "corpus.h"
#include "net/apiclient.h"
#include "protocol/endpoints.h"
#include "protocol/limits.h"
#include "secrets/secretstore.h"
#include "services/searchindexer.h"
#include "services/syncservice.h"
#include "session.h"
#include "storage/articlecache.h"
#include "storage/articlerepository.h"
#include "storage/database.h"
#include "storage/localcache.h"
#include "storage/searchbackfill.h"
#include "storage/sql.h"
#include "support/cachewait.h"
#include "support/httpclient.h"
#include "support/signin.h"
#include "support/testserver.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace guild;

class BenchFirstSync : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<test::TestServer> m_server;
    int m_articles = 0;

private Q_SLOTS:
    void initTestCase()
    {
        bench::Corpus corpus;
        if (!corpus.load()) {
            QSKIP("needs Debian's fortunes-zh and fortunes packages (scripts/install-deps.sh --bench)");
        }
        if (test::TestServer::usePostgres()) {
            QSKIP("writes the community straight into the server's SQLite file");
        }
        m_articles = qEnvironmentVariableIntValue("GUILD_BENCH_ARTICLES") > 0
                         ? qEnvironmentVariableIntValue("GUILD_BENCH_ARTICLES")
                         : 100000;
        m_server = std::make_unique<test::TestServer>();
        QVERIFY(m_server->start()); // the demo community, then the bulk of it written while stopped
        QVERIFY(m_server->stop());
        QElapsedTimer timer;
        timer.start();
        {
            server::Database db(server::DatabaseConfig::sqlite(m_server->sqlitePath()));
            QSqlDatabase connection = db.connection();
            const qint64 authorId =
                server::sql::scalar(connection, u"SELECT id FROM users WHERE username = 'author'"_s).toLongLong();
            QVERIFY(authorId > 0);
            QRandomGenerator random(20261201);
            const auto pick = [&random](const QStringList &from) {
                return from.at(random.bounded(qsizetype(from.size())));
            };
            server::ArticleRepository repo(connection);
            for (int start = 0; start < m_articles; start += 1000) {
                server::sql::Transaction tx(connection);
                for (int i = start; i < std::min(m_articles, start + 1000); ++i) {
                    const QStringList &from = random.bounded(10) < 6 ? corpus.chinese : corpus.english;
                    server::ArticleDraft draft;
                    draft.title = pick(from).section(u'\n', 0, 0).left(60);
                    draft.summary = pick(from).section(u'\n', 0, 1).left(140).simplified();
                    QStringList parts;
                    for (int k = 0; k < 4; ++k) {
                        parts.append(pick(from));
                    }
                    draft.body = parts.join(u"\n\n"_s);
                    draft.requiredTier = protocol::Tier::Free;
                    repo.insert(authorId, draft, 1700000000000LL + qint64(i) * 60000);
                }
                tx.commit();
            }
        }
        qInfo("%d articles written into the server's database in %.1f s", m_articles, timer.elapsed() / 1000.0);
        QVERIFY(m_server->start());
    }

    void serverAlone()
    {
        // The same pages, fetched as fast as the server makes them and thrown away: the ceiling.
        test::HttpClient member = test::HttpClient::signedIn(m_server->baseUrl(), u"member"_s);
        QElapsedTimer timer;
        timer.start();
        QString token;
        qint64 received = 0;
        int pages = 0;
        for (;;) {
            protocol::SyncRequest request{token, protocol::limits::SyncPageMax};
            const auto answer =
                member.get(protocol::endpoints::Sync.url() + u'?' + request.toQuery().toString(QUrl::FullyEncoded));
            const auto page = protocol::SyncPage::fromJson(answer.json);
            QVERIFY(page);
            received += page->upserts.size();
            ++pages;
            token = page->nextToken;
            if (!page->hasMore) {
                break;
            }
        }
        const double seconds = timer.elapsed() / 1000.0;
        qInfo("server alone: %lld articles in %d pages of %d, %.1f s: %.0f articles a second", received, pages,
              protocol::limits::SyncPageMax, seconds, received / seconds);
    }

    void firstSync()
    {
        app::ApiClient api;
        app::MemorySecretStore secrets;
        app::Session session(api, secrets);
        QVERIFY(test::signIn(session, m_server->baseUrl(), u"member"_s));
        app::LocalCache cache;
        QCOMPARE(test::openCache(cache, m_dir.filePath(u"client.sqlite"_s)), QString());
        app::SyncService sync(api, cache);
        app::SearchIndexer indexer(cache);
        QObject::connect(&sync, &app::SyncService::finished, &indexer, &app::SearchIndexer::start);
        QSignalSpy finished(&sync, &app::SyncService::finished);
        QSignalSpy indexed(&indexer, &app::SearchIndexer::finished);
        QElapsedTimer timer;
        timer.start();
        sync.start();
        QVERIFY(finished.wait(20 * 60 * 1000));
        const double seconds = timer.elapsed() / 1000.0;
        const int received = finished.first().at(0).toInt();
        QVERIFY(received >= m_articles);
        qInfo("first sync: %d articles in %.1f s: %.0f articles a second", received, seconds, received / seconds);
        // The index left to fill after the sync (nothing, if it was kept as the pages came).
        QTRY_VERIFY_WITH_TIMEOUT(!indexer.isRunning(), 30 * 60 * 1000);
        qInfo("search index caught up %.1f s after the start", timer.elapsed() / 1000.0);
        const auto found =
            test::runOnCache<int>(cache, [](QSqlDatabase &db) { return app::ArticleCache(db).count(u"的"_s); });
        QVERIFY(found.value_or(0) > 0);
    }

    void cleanupTestCase() { m_server.reset(); }
};

// Past QTest's five minutes a function: a hundred thousand articles and their index take longer.
int main(int argc, char **argv)
{
    qputenv("QTEST_FUNCTION_TIMEOUT", QByteArrayLiteral("3600000"));
    QCoreApplication app(argc, argv);
    BenchFirstSync bench;
    return QTest::qExec(&bench, argc, argv);
}
#include "bench_firstsync.moc"
