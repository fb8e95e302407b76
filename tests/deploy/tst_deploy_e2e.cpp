// The deployment end to end, as scripts/e2e-deploy.sh sets it up: nginx (deploy/nginx/guild.conf, TLS
// from a throwaway certificate authority) in front of two guild-server processes on one PostgreSQL.
// A member signs in through nginx over verified TLS (the desktop client's own network and chat stack as
// well as plain clients), reads, chats with members connected straight to each process, and keeps
// working after one process is killed; sign-in rate limits follow the real
// client address behind the proxy. Skipped unless the script runs it (GUILD_E2E_URL).

#include "protocol/endpoints.h"
#include "support/chattestclient.h"
#include "support/httpclient.h"
#include "support/signin.h"
#include "support/wsclient.h"

#include <QFile>
#include <QJsonArray>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <csignal>

using namespace Qt::StringLiterals;
using namespace guild;
namespace endpoints = guild::protocol::endpoints;
using test::HttpClient;
using test::WsClient;

namespace {

QString env(const char *name)
{
    return qEnvironmentVariable(name);
}

QSslCertificate authority()
{
    QFile file(env("GUILD_E2E_CA"));
    return file.open(QIODevice::ReadOnly) ? QSslCertificate(file.readAll(), QSsl::Pem) : QSslCertificate();
}

HttpClient throughProxy()
{
    HttpClient client{QUrl(env("GUILD_E2E_URL"))};
    client.addCaCertificate(authority());
    return client;
}

/// A chat connection through nginx (wss, verified against the throwaway authority) or straight to a
/// process (ws on loopback).
std::unique_ptr<WsClient> chatAt(const QUrl &base)
{
    auto client = std::make_unique<WsClient>(base);
    if (base.scheme() == u"https"_s) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificate(authority());
        client->socket()->setSslConfiguration(tls);
    }
    return client;
}

QString tokenOf(HttpClient &client, const QString &user)
{
    return client.login(user).json[u"accessToken"_s].toString();
}

bool hears(WsClient &chat, const QString &body)
{
    return !chat.waitFor([&body](const QJsonObject &f) {
                    return f[u"type"_s] == u"message.new"_s && f[u"message"_s][u"body"_s] == body;
                })
                .isEmpty();
}

void say(WsClient &chat, qint64 channel, const QString &body)
{
    chat.sendJson({{u"type"_s, u"send"_s},
                   {u"channelId"_s, channel},
                   {u"clientId"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)},
                   {u"body"_s, body}});
}

/// A sign-in through nginx over TLS from `source` (a loopback address of its own, as a member at
/// another address would come): the status nginx or the server answered.
int signInFrom(const QString &source, const QString &user, const QString &password)
{
    const QUrl url(env("GUILD_E2E_URL"));
    QSslSocket socket;
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.addCaCertificate(authority());
    tls.setAllowedNextProtocols({QSslConfiguration::NextProtocolHttp1_1});
    socket.setSslConfiguration(tls);
    if (!socket.bind(QHostAddress(source))) {
        return -1;
    }
    socket.connectToHostEncrypted(url.host(), quint16(url.port()));
    if (!socket.waitForEncrypted(10000)) {
        return -2;
    }
    const QByteArray body = R"({"username":")" + user.toUtf8() + R"(","password":")" + password.toUtf8() + "\"}";
    socket.write("POST " + endpoints::Login.url().toLatin1() + " HTTP/1.1\r\nHost: " + url.host().toLatin1() +
                 "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) +
                 "\r\nConnection: close\r\n\r\n" + body);
    QByteArray answer;
    while (!answer.contains("\r\n") && socket.waitForReadyRead(10000)) {
        answer += socket.readAll();
    }
    const QList<QByteArray> statusLine = answer.left(answer.indexOf("\r\n")).split(' ');
    return statusLine.size() >= 2 ? statusLine.at(1).toInt() : -3;
}

} // namespace

class TestDeployE2e : public QObject
{
    Q_OBJECT

    qint64 m_general = 0;
    QTemporaryDir m_dir;
    /// The desktop client's own stack (ApiClient, Session, cache, ChatConnection, ChatService), through
    /// nginx with the throwaway authority added as a self-hosted community would.
    std::unique_ptr<test::ChatTestClient> m_app;

    bool shows(const QString &body) const
    {
        for (int row = 0; row < m_app->messages.rowCount(); ++row) {
            if (m_app->messages.data(m_app->messages.index(row), models::ChatMessageModel::BodyRole) == body) {
                return true;
            }
        }
        return false;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (env("GUILD_E2E_URL").isEmpty()) {
            QSKIP("run by scripts/e2e-deploy.sh, which starts nginx, two servers and PostgreSQL");
        }
        QVERIFY(!authority().isNull());
    }

    void signIn_andRead_throughNginx_overVerifiedTls()
    {
        HttpClient member = throughProxy();
        const test::HttpResponse health = member.get(endpoints::Health.url());
        QCOMPARE(health.status, 200);
        QCOMPARE(member.login(u"premium"_s).status, 200);
        const test::HttpResponse feed = member.get(endpoints::ListArticles.url());
        QCOMPARE(feed.status, 200);
        const QJsonArray articles = feed.json[u"articles"_s].toArray();
        QVERIFY(articles.size() > 5);
        QCOMPARE(member.get(endpoints::GetArticle.url(articles[0][u"id"_s].toInteger())).status, 200);
        // nginx's request id reached the server, which answered with it.
        QCOMPARE(feed.headers.value("x-request-id").size(), 32);
        // /metrics stays on loopback: the public name does not serve it.
        QCOMPARE(member.get(u"/metrics"_s).status, 404);
        for (const QJsonValue &c : member.get(endpoints::ListChannels.url()).json[u"channels"_s].toArray()) {
            m_general = c[u"name"_s] == u"general"_s ? c[u"id"_s].toInteger() : m_general;
        }
        QVERIFY(m_general > 0);

        // The desktop client signs in there too, and its chat link goes live over wss.
        m_app = test::ChatTestClient::make(QUrl(env("GUILD_E2E_URL")), m_dir.filePath(u"cache.sqlite"_s));
        QVERIFY(m_app);
        QString caError;
        QVERIFY2(m_app->api.addCaFile(env("GUILD_E2E_CA"), &caError), qPrintable(caError));
        m_app->link.setExtraCaCertificates(m_app->api.extraCaCertificates());
        QVERIFY(test::signIn(m_app->session, QUrl(env("GUILD_E2E_URL")), u"member"_s));
        m_app->chat.start(m_app->session.user().id, u"Mei Member"_s);
        QTRY_COMPARE_WITH_TIMEOUT(m_app->chat.link(), app::ChatService::Link::Live, 15000);

        // An untrusted certificate is refused: TLS is verified, not just encrypted.
        HttpClient unverified{QUrl(env("GUILD_E2E_URL"))};
        QCOMPARE(unverified.get(endpoints::Health.url()).status, 0);
    }

    void chat_reachesMembers_onBothProcesses()
    {
        HttpClient viaProxy = throughProxy();
        HttpClient onA{QUrl(env("GUILD_E2E_A"))};
        HttpClient onB{QUrl(env("GUILD_E2E_B"))};
        auto proxied = chatAt(QUrl(env("GUILD_E2E_URL")));
        auto memberOnA = chatAt(QUrl(env("GUILD_E2E_A")));
        auto authorOnB = chatAt(QUrl(env("GUILD_E2E_B")));
        QVERIFY(!proxied->openAndAuth(tokenOf(viaProxy, u"premium"_s)).isEmpty());
        QVERIFY(!memberOnA->openAndAuth(tokenOf(onA, u"member"_s)).isEmpty());
        QVERIFY(!authorOnB->openAndAuth(tokenOf(onB, u"author"_s)).isEmpty());

        // Whichever process nginx chose, one of the two is the other one.
        say(*proxied, m_general, u"hello from behind nginx"_s);
        QVERIFY(hears(*memberOnA, u"hello from behind nginx"_s));
        QVERIFY(hears(*authorOnB, u"hello from behind nginx"_s));
        say(*authorOnB, m_general, u"hello from process B"_s);
        QVERIFY(hears(*proxied, u"hello from process B"_s));
        say(*memberOnA, m_general, u"hello from process A"_s);
        QVERIFY(hears(*proxied, u"hello from process A"_s));

        // The desktop client's message reaches both processes' members; theirs reach its message list.
        m_app->chat.openChannel(m_general);
        QVERIFY(m_app->chat.sendMessage(m_general, u"hello from the desktop client"_s));
        QVERIFY(hears(*memberOnA, u"hello from the desktop client"_s));
        QVERIFY(hears(*authorOnB, u"hello from the desktop client"_s));
        QTRY_COMPARE(m_app->chat.outbox().size(), 0);
        say(*authorOnB, m_general, u"B to the desktop client"_s);
        QTRY_VERIFY_WITH_TIMEOUT(shows(u"B to the desktop client"_s), 10000);
    }

    void lessonVideo_isOneFile_servedTheSameByEitherProcess()
    {
        // Lesson media lives in one directory both processes share, and links are signed with a key
        // both read from the database: a link made through nginx plays from either process.
        HttpClient viaProxy = throughProxy();
        QCOMPARE(viaProxy.login(u"premium"_s).status, 200);
        QString link;
        for (const QJsonValue &c : viaProxy.get(endpoints::ListCourses.url()).json[u"courses"_s].toArray()) {
            const QJsonObject course =
                viaProxy.get(endpoints::GetCourse.url(c[u"id"_s].toInteger())).json[u"course"_s].toObject();
            for (const QJsonValue &section : course[u"sections"_s].toArray()) {
                for (const QJsonValue &lesson : section[u"lessons"_s].toArray()) {
                    const test::HttpResponse made =
                        viaProxy.post(endpoints::VideoLink.url(lesson[u"id"_s].toInteger()), QJsonObject{});
                    link = link.isEmpty() && made.status == 200 ? made.json[u"url"_s].toString() : link;
                }
            }
        }
        QVERIFY(!link.isEmpty());
        const QList<std::pair<QByteArray, QByteArray>> range{{"Range", "bytes=0-65535"}};
        const test::HttpResponse fromA = HttpClient{QUrl(env("GUILD_E2E_A"))}.send("GET", link, {}, {}, range);
        const test::HttpResponse fromB = HttpClient{QUrl(env("GUILD_E2E_B"))}.send("GET", link, {}, {}, range);
        const test::HttpResponse proxied = throughProxy().send("GET", link, {}, {}, range);
        QCOMPARE(fromA.status, 206);
        QCOMPARE(fromB.status, 206);
        QCOMPARE(proxied.status, 206);
        QVERIFY(fromA.body.size() > 1000);
        QCOMPARE(fromB.body, fromA.body);
        QCOMPARE(proxied.body, fromA.body);
    }

    void oneProcessKilled_theMemberKeepsWorking()
    {
        HttpClient viaProxy = throughProxy();
        const QString token = tokenOf(viaProxy, u"premium"_s);
        HttpClient onB{QUrl(env("GUILD_E2E_B"))};
        auto authorOnB = chatAt(QUrl(env("GUILD_E2E_B")));
        QVERIFY(!authorOnB->openAndAuth(tokenOf(onB, u"author"_s)).isEmpty());

        const qint64 pid = env("GUILD_E2E_PID_A").toLongLong();
        QVERIFY(pid > 1);
        QCOMPARE(::kill(pid_t(pid), SIGKILL), 0);
        QTRY_VERIFY(::kill(pid_t(pid), 0) != 0);

        // Every read still answers: nginx takes the next process when one cannot be reached.
        for (int i = 0; i < 8; ++i) {
            QCOMPARE(viaProxy.get(endpoints::ListArticles.url()).status, 200);
        }
        QCOMPARE(viaProxy.get(endpoints::MyMembership.url()).status, 200);
        // The token issued before still works (it is in the database, not in a process).
        HttpClient withOldToken = throughProxy();
        withOldToken.setToken(token);
        QCOMPARE(withOldToken.get(endpoints::ListChannels.url()).status, 200);
        // Chat connects again (as the client's backoff would) and reaches the process that is left.
        auto again = chatAt(QUrl(env("GUILD_E2E_URL")));
        QVERIFY(!again->openAndAuth(token).isEmpty());
        say(*again, m_general, u"still here after a process died"_s);
        QVERIFY(hears(*authorOnB, u"still here after a process died"_s));

        // The desktop client finds its way back by itself (its backoff, through nginx, to B).
        QTRY_COMPARE_WITH_TIMEOUT(m_app->chat.link(), app::ChatService::Link::Live, 15000);
        QVERIFY(m_app->chat.sendMessage(m_general, u"the desktop client, after the kill"_s));
        QVERIFY(hears(*authorOnB, u"the desktop client, after the kill"_s));
        QTRY_COMPARE(m_app->chat.outbox().size(), 0);
    }

    void signInLimits_followTheRealClientAddress()
    {
        // One address guessing: nginx lets a burst through to the server, then refuses with 429.
        QList<int> guessing;
        for (int i = 0; i < 10; ++i) {
            guessing.append(signInFrom(u"127.0.0.2"_s, u"member"_s, u"wrong-password"_s));
        }
        QCOMPARE(guessing.first(), 401); // the server's answer: it was let through
        QCOMPARE(guessing.last(), 429);  // nginx's, for that address
        QVERIFY(!guessing.contains(-1) && !guessing.contains(-2) && !guessing.contains(-3));
        // A member at another address is not held up by it.
        QCOMPARE(signInFrom(u"127.0.0.3"_s, u"premium"_s, u"guild-demo"_s), 200);

        // The server saw the real addresses (X-Forwarded-For from its trusted proxy), not nginx's.
        QString logs;
        for (const QString &path : env("GUILD_E2E_LOGS").split(u':', Qt::SkipEmptyParts)) {
            QFile log(path);
            if (log.open(QIODevice::ReadOnly)) {
                logs += QString::fromUtf8(log.readAll());
            }
        }
        QVERIFY(logs.contains(u"\"ip\":\"127.0.0.2\""_s));
        QVERIFY(logs.contains(u"\"ip\":\"127.0.0.3\""_s));
    }
};

QTEST_GUILESS_MAIN(TestDeployE2e)
#include "tst_deploy_e2e.moc"
