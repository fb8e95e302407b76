#include "protocol/endpoints.h"
#include "support/httpclient.h"
#include "support/testserver.h"

#include <QJsonArray>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace guild::test;
namespace endpoints = guild::protocol::endpoints;

// Every kind of bad input gets a clear 4xx, changes nothing, and the server keeps serving.
class TestServerBadInput : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<TestServer> m_server;
    QString m_authorToken;

    HttpClient author()
    {
        HttpClient c(m_server->baseUrl());
        c.setToken(m_authorToken);
        return c;
    }

    int articleCount()
    {
        HttpClient c = author();
        return c.get(endpoints::Sync.url() + u"?limit=500"_s).json[u"articles"_s].toArray().size();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<TestServer>();
        QVERIFY(m_server->start());
        HttpClient c(m_server->baseUrl());
        m_authorToken = c.login(u"author"_s).json[u"accessToken"_s].toString();
        QVERIFY(!m_authorToken.isEmpty());
    }

    void cleanupTestCase() { QVERIFY2(m_server->stop(), qPrintable(m_server->errorOutput().right(4000))); }

    void malformedBodies_return4xx_andChangeNothing_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::newRow("truncated json") << QByteArray("{\"title\": \"x\", \"body\": ") << QByteArray("application/json")
                                        << 400 << u"bad_json"_s;
        QTest::newRow("not an object") << QByteArray("[\"title\"]") << QByteArray("application/json") << 400
                                       << u"bad_json"_s;
        QTest::newRow("empty body") << QByteArray() << QByteArray("application/json") << 400 << u"bad_json"_s;
        QTest::newRow("title is a number") << QByteArray("{\"title\": 5, \"body\": \"b\"}")
                                           << QByteArray("application/json") << 400 << u"invalid_field"_s;
        QTest::newRow("tags not a list") << QByteArray("{\"title\": \"t\", \"body\": \"b\", \"tags\": \"cpp\"}")
                                         << QByteArray("application/json") << 400 << u"invalid_field"_s;
        QTest::newRow("tag with markup") << QByteArray("{\"title\": \"t\", \"body\": \"b\", \"tags\": [\"<script>\"]}")
                                         << QByteArray("application/json") << 400 << u"invalid_field"_s;
        QTest::newRow("unknown tier") << QByteArray("{\"title\": \"t\", \"body\": \"b\", \"requiredTier\": \"gold\"}")
                                      << QByteArray("application/json") << 400 << u"invalid_field"_s;
        QTest::newRow("overlong title") << ("{\"title\": \"" + QByteArray(201, 'x') + "\", \"body\": \"b\"}")
                                        << QByteArray("application/json") << 400 << u"invalid_field"_s;
        QTest::newRow("invalid utf-8") << QByteArray("{\"title\": \"\xc3\x28\", \"body\": \"b\"}")
                                       << QByteArray("application/json") << 400 << u"invalid_utf8"_s;
        QTest::newRow("nul in title") << QByteArray("{\"title\": \"a\\u0000b\", \"body\": \"b\"}")
                                      << QByteArray("application/json") << 400 << u"invalid_field"_s;
        QTest::newRow("wrong content type") << QByteArray("title=x") << QByteArray("application/x-www-form-urlencoded")
                                            << 415 << u"unsupported_media_type"_s;
        QTest::newRow("sql metacharacters") << QByteArray("{\"title\": \"x'); DELETE FROM articles; --\", \"body\": 7}")
                                            << QByteArray("application/json") << 400 << u"invalid_field"_s;
    }
    void malformedBodies_return4xx_andChangeNothing()
    {
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, contentType);
        QFETCH(int, status);
        QFETCH(QString, code);
        const int before = articleCount();
        HttpClient c = author();
        const HttpResponse r = c.send("POST", endpoints::CreateArticle.url(), body, contentType);
        QCOMPARE(r.status, status);
        QCOMPARE(r.errorCode(), code);
        QVERIFY(!r.json[u"error"_s][u"message"_s].toString().isEmpty());
        QCOMPARE(articleCount(), before);
    }

    void sqlMetacharacters_areStoredVerbatim()
    {
        HttpClient c = author();
        const QString title = u"Robert'); DROP TABLE articles;--"_s;
        const HttpResponse r =
            c.post(endpoints::CreateArticle.url(), {{u"title"_s, title}, {u"body"_s, u"'; SELECT 1; --"_s}});
        QCOMPARE(r.status, 201);
        QCOMPARE(r.json[u"article"_s][u"title"_s].toString(), title);
        QCOMPARE(c.get(endpoints::ListArticles.url() + u"?tag=x'%20OR%20'1'='1"_s).json[u"articles"_s].toArray().size(),
                 0);
        QVERIFY(articleCount() > 200);
    }

    void oversizeBody_returns413_beforeBuffering()
    {
        const int before = articleCount();
        HttpClient c = author();
        const QByteArray huge = "{\"title\": \"t\", \"body\": \"" + QByteArray(2 * 1024 * 1024, 'a') + "\"}";
        const HttpResponse r = c.send("POST", endpoints::CreateArticle.url(), huge);
        QCOMPARE(r.status, 413);
        QCOMPARE(r.errorCode(), u"payload_too_large"_s);
        QCOMPARE(articleCount(), before);
    }

    void bodyUnderCapButOverFieldLimit_returns400()
    {
        HttpClient c = author();
        const QByteArray big = "{\"title\": \"t\", \"body\": \"" + QByteArray(300 * 1024, 'a') + "\"}";
        const HttpResponse r = c.send("POST", endpoints::CreateArticle.url(), big);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), u"invalid_field"_s);
    }

    void rawTransportAbuse_getsErrors_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<QByteArray>("statusLine");
        QTest::newRow("chunked") << QByteArray("POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: "
                                               "chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n")
                                 << QByteArray("HTTP/1.1 411");
        QTest::newRow("huge content-length")
            << QByteArray("POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\nContent-Length: 99999999999\r\n\r\n")
            << QByteArray("HTTP/1.1 413");
        QTest::newRow("negative content-length")
            << QByteArray("POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\nContent-Length: -5\r\n\r\n")
            << QByteArray("HTTP/1.1 413");
        QTest::newRow("huge header") << (QByteArray("GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: ") +
                                         QByteArray(40000, 'h') + "\r\n\r\n")
                                     << QByteArray("HTTP/1.1 431");
    }
    void rawTransportAbuse_getsErrors()
    {
        QFETCH(QByteArray, request);
        QFETCH(QByteArray, statusLine);
        const QByteArray answer = HttpClient::rawExchange(m_server->port(), request);
        QVERIFY2(answer.startsWith(statusLine), answer.left(200).constData());
        QVERIFY(answer.contains("\"error\""));
    }

    void pipelinedRequests_answeredInOrder()
    {
        // A slow login (argon2id, auth pool) then a fast health check on one connection: the answers
        // must come back in request order even though the second finishes first.
        const QByteArray login = "{\"username\":\"member\",\"password\":\"guild-demo\"}";
        const QByteArray requests = "POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                                    "Content-Length: " +
                                    QByteArray::number(login.size()) + "\r\n\r\n" + login +
                                    "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n";
        QTcpSocket socket;
        socket.connectToHost(u"127.0.0.1"_s, m_server->port());
        QVERIFY(socket.waitForConnected(5000));
        socket.write(requests);
        QByteArray answer;
        QTRY_VERIFY_WITH_TIMEOUT((answer += socket.readAll()).contains("\"status\":\"ok\""), 15000);
        const qsizetype token = answer.indexOf("accessToken");
        const qsizetype health = answer.indexOf("\"status\":\"ok\"");
        QVERIFY(token > 0);
        QVERIFY(token < health);
    }

    void garbageBytes_doNotCrashServer()
    {
        HttpClient::rawExchange(m_server->port(), QByteArray::fromHex("1603010200") + "garbage\r\n\r\n");
        HttpClient::rawExchange(m_server->port(), "NOTAMETHOD / HTTP/9.9\r\n\r\n");
        HttpClient::rawExchange(m_server->port(), "GET /healthz HTTP/1.1\r\nHost: x\r\nContent-Length: 10\r\n\r\nabc");
        HttpClient c(m_server->baseUrl());
        QCOMPARE(c.get(u"/healthz"_s).status, 200);
        QVERIFY(m_server->isRunning());
    }

    void unknownIdsAndPaths_return404()
    {
        HttpClient c = author();
        QCOMPARE(c.get(endpoints::GetArticle.url(0)).status, 404);
        QCOMPARE(c.get(endpoints::ListArticles.url() + u"/-1"_s).status, 404);
        QCOMPARE(c.get(endpoints::ListArticles.url() + u"/99999999999999999999"_s).status, 404);
        QCOMPARE(c.patch(endpoints::EditArticle.url(424242), {{u"title"_s, u"x"_s}}).status, 404);
        QCOMPARE(c.del(endpoints::DeleteArticle.url(424242)).status, 404);
        QCOMPARE(c.get(endpoints::ListArticles.url().replace(u"articles"_s, u"nothing-here"_s)).errorCode(),
                 u"not_found"_s);
        QCOMPARE(c.get(u"/ws"_s).status, 426); // the chat endpoint, without the WebSocket upgrade
        QCOMPARE(c.get(u"/ws"_s).errorCode(), u"upgrade_required"_s);
        QCOMPARE(c.get(endpoints::ListArticles.url() + u"?cursor=%%%"_s).status, 400);
        QCOMPARE(c.get(endpoints::ListArticles.url() + u"?cursor=bm90LWEtY3Vyc29y"_s).errorCode(), u"invalid_cursor"_s);
        QCOMPARE(c.get(endpoints::ListArticles.url() + u"?limit=abc"_s).status, 400);
        QCOMPARE(c.get(endpoints::ListArticles.url() + u"?limit=-3"_s).status, 400);
    }

    void wrongTypesOnAuth_return400()
    {
        HttpClient c(m_server->baseUrl());
        QCOMPARE(
            c.send("POST", endpoints::Login.url(), "{\"username\": [\"member\"], \"password\": \"guild-demo\"}").status,
            400);
        QCOMPARE(c.send("POST", endpoints::Login.url(), "{\"username\": \"member\", \"password\": null}").status, 400);
        QCOMPARE(c.send("POST", endpoints::Refresh.url(), "{\"refreshToken\": 12}").status, 400);
        QCOMPARE(c.send("POST", endpoints::Register.url(), "{\"username\": true}").status, 400);
    }
};

QTEST_GUILESS_MAIN(TestServerBadInput)
#include "tst_server_badinput.moc"
