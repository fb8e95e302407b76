// A first sync of a community of several pages, interrupted by the client going away mid-way, resumes
// from the last page it wrote: the second run fetches only what the first did not keep, and the cache
// ends with every article once. Against a real guild-server whose SQLite database the test fills.

#include "net/apiclient.h"
#include "protocol/limits.h"
#include "secrets/secretstore.h"
#include "services/syncservice.h"
#include "session.h"
#include "storage/articlecache.h"
#include "storage/articlerepository.h"
#include "storage/database.h"
#include "storage/localcache.h"
#include "storage/sql.h"
#include "support/cachewait.h"
#include "support/signin.h"
#include "support/testserver.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace guild;
using namespace guild::app;

namespace {

constexpr int Written = 1600; // a little over three pages of SyncPageMax

struct Client
{
    ApiClient api;
    MemorySecretStore secrets;
    Session session{api, secrets};
    LocalCache cache;
    SyncService sync{api, cache};

    qint64 cached()
    {
        return test::runOnCache<qint64>(cache,
                                        [](QSqlDatabase &db) {
                                            QSqlQuery q(db);
                                            return q.exec(u"SELECT COUNT(*) FROM articles"_s) && q.next()
                                                       ? q.value(0).toLongLong()
                                                       : -1;
                                        })
            .value_or(-1);
    }
    qint64 distinct()
    {
        return test::runOnCache<qint64>(cache,
                                        [](QSqlDatabase &db) {
                                            QSqlQuery q(db);
                                            return q.exec(u"SELECT COUNT(DISTINCT id) FROM articles"_s) && q.next()
                                                       ? q.value(0).toLongLong()
                                                       : -1;
                                        })
            .value_or(-1);
    }
};

} // namespace

class TestFirstSync : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void interrupted_resumesFromTheLastPageWritten_withoutFetchingItAgain()
    {
        if (test::TestServer::usePostgres()) {
            QSKIP("fills the server's SQLite file directly");
        }
        static_assert(Written > 3 * protocol::limits::SyncPageMax);
        test::TestServer server;
        QVERIFY(server.start()); // the demo community; the bulk is written while it is stopped
        QVERIFY(server.stop());
        {
            server::Database db(server::DatabaseConfig::sqlite(server.sqlitePath()));
            QSqlDatabase connection = db.connection();
            const qint64 authorId =
                server::sql::scalar(connection, u"SELECT id FROM users WHERE username = 'author'"_s).toLongLong();
            QVERIFY(authorId > 0);
            server::ArticleRepository repo(connection);
            server::sql::Transaction tx(connection);
            for (int i = 0; i < Written; ++i) {
                server::ArticleDraft draft;
                draft.title = u"Article %1 of a large community"_s.arg(i);
                draft.summary = u"Summary %1"_s.arg(i);
                draft.body = u"Body %1: 大型社区的第 %1 篇文章。"_s.arg(i);
                draft.requiredTier = protocol::Tier::Free;
                repo.insert(authorId, draft, 1700000000000LL + qint64(i) * 60000);
            }
            tx.commit();
        }
        QVERIFY(server.start());

        const QString path = m_dir.filePath(u"first.sqlite"_s);
        qint64 keptBefore = 0;
        {
            Client client;
            QVERIFY(test::signIn(client.session, server.baseUrl(), u"member"_s));
            QVERIFY(test::openCache(client.cache, path).isEmpty());
            QSignalSpy progress(&client.sync, &SyncService::progress);
            client.sync.start();
            QVERIFY(progress.wait(30000)); // one page written...
        }                                  // ...and the client is gone, with the next pages fetched or on their way
        {
            Client peek;
            QVERIFY(test::openCache(peek.cache, path).isEmpty());
            keptBefore = peek.cached();
            QVERIFY(keptBefore >= protocol::limits::SyncPageMax);
        }
        Client client;
        QVERIFY(test::signIn(client.session, server.baseUrl(), u"member"_s));
        QVERIFY(test::openCache(client.cache, path).isEmpty());
        QCOMPARE(client.cached(), keptBefore);
        QSignalSpy finished(&client.sync, &SyncService::finished);
        client.sync.start();
        QVERIFY(finished.wait(60000));
        const qint64 fetchedAfter = finished.first().at(0).toLongLong();
        const qint64 total = client.cached();
        QVERIFY(total >= Written);
        QCOMPARE(client.distinct(), total);
        // Only what the first run did not keep came again.
        QCOMPARE(fetchedAfter, total - keptBefore);
    }
};

QTEST_GUILESS_MAIN(TestFirstSync)
#include "tst_firstsync.moc"
