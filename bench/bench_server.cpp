#include "protocol/endpoints.h"
#include "support/httpclient.h"
#include "support/testserver.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace guild::test;
namespace endpoints = guild::protocol::endpoints;

// Request latency of a real guild-server over loopback HTTP (one client, sequential requests), on
// SQLite, or on PostgreSQL with GUILD_TEST_DATABASE=postgres and GUILD_TEST_PG_URL set.
class BenchServer : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<HttpClient> m_client;

private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<TestServer>();
        QVERIFY(m_server->start());
        m_client = std::make_unique<HttpClient>(m_server->baseUrl());
        QCOMPARE(m_client->login(u"premium"_s).status, 200);
    }

    void health()
    {
        QBENCHMARK
        {
            QCOMPARE(m_client->get(u"/healthz"_s).status, 200);
        }
    }
    void feed_first20()
    {
        QBENCHMARK
        {
            QCOMPARE(m_client->get(endpoints::ListArticles.url() + u"?limit=20"_s).status, 200);
        }
    }
    void feed_tag100()
    {
        QBENCHMARK
        {
            QCOMPARE(m_client->get(endpoints::ListArticles.url() + u"?limit=100&tag=cpp"_s).status, 200);
        }
    }
    void search_chineseWord()
    {
        QBENCHMARK
        {
            QCOMPARE(m_client->get(endpoints::Search.url() + u"?q=%E7%A7%BB%E5%8A%A8&limit=20"_s).status, 200); // 移动
        }
    }
    void search_englishWords()
    {
        QBENCHMARK
        {
            QCOMPARE(m_client->get(endpoints::Search.url() + u"?q=qt+model&limit=20"_s).status, 200);
        }
    }
    void article_body()
    {
        QBENCHMARK
        {
            QCOMPARE(m_client->get(endpoints::GetArticle.url(150)).status, 200);
        }
    }
    void sync_full200()
    {
        QBENCHMARK
        {
            QCOMPARE(m_client->get(endpoints::Sync.url() + u"?limit=200"_s).status, 200);
        }
    }

    void login_argon2id()
    {
        // Dominated by argon2id (m = 19 MiB, t = 2): the cost every sign-in pays on purpose.
        HttpClient c(m_server->baseUrl());
        QBENCHMARK
        {
            QCOMPARE(c.login(u"author"_s).status, 200);
        }
    }
};

QTEST_GUILESS_MAIN(BenchServer)
#include "bench_server.moc"
