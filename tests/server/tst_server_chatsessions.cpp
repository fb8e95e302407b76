#include "protocol/endpoints.h"
#include "support/httpclient.h"
#include "support/testserver.h"
#include "support/wsclient.h"

#include <QJsonArray>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace guild::test;
namespace endpoints = guild::protocol::endpoints;

// A live chat connection follows the account, not what it read at `auth`: a tier taken away or run out
// leaves its channels at once, a tier given joins them, and signing out, a revoked login or an expired
// token closes the socket with the documented code; on one process and across two on PostgreSQL.
class TestServerChatSessions : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<TestServer> m_server;
    qint64 m_general = 0; // free
    qint64 m_cppQt = 0;   // member
    qint64 m_premium = 0; // premium

    static QString newId() { return QUuid::createUuid().toString(QUuid::WithoutBraces); }

    struct Member
    {
        QString accessToken;
        QString refreshToken;
        qint64 id = 0;
    };

    static Member login(const TestServer &server, const QString &user)
    {
        HttpClient c(server.baseUrl());
        const HttpResponse r = c.login(user);
        return {r.json[u"accessToken"_s].toString(), r.json[u"refreshToken"_s].toString(),
                r.json[u"user"_s][u"id"_s].toInteger()};
    }

    static HttpResponse setTier(const TestServer &server, qint64 memberId, const QString &tier, int days)
    {
        HttpClient admin = HttpClient::signedIn(server.baseUrl(), u"admin"_s);
        return admin.post(endpoints::SetMemberTier.url(memberId), {{u"tier"_s, tier}, {u"days"_s, days}});
    }

    static QSet<qint64> channelIds(const QJsonObject &ready)
    {
        QSet<qint64> ids;
        for (const QJsonValue &c : ready[u"channels"_s].toArray()) {
            ids.insert(c[u"id"_s].toInteger());
        }
        return ids;
    }

    /// The answer to a send: "ack" or the error code.
    static QString sendOutcome(WsClient &ws, qint64 channel)
    {
        const QString id = ws.send(channel, newId(), u"still here?"_s);
        const QJsonObject answer = ws.waitFor([id](const QJsonObject &f) {
            return f[u"clientId"_s] == id || f[u"ref"_s] == id ||
                   (f[u"type"_s] == u"error"_s && f[u"code"_s] == u"session_ended"_s);
        });
        return answer[u"type"_s] == u"ack"_s ? u"ack"_s : answer[u"code"_s].toString();
    }

    static bool closedWith(WsClient &ws, int code)
    {
        return QTest::qWaitFor([&] { return !ws.isConnected(); }, 10000) &&
               static_cast<int>(ws.socket()->closeCode()) == code;
    }

    bool moveClock(qint64 toMs)
    {
        return HttpClient::moveServerClock(m_server->baseUrl(), QDateTime::fromMSecsSinceEpoch(toMs, Qt::UTC));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<TestServer>(
            TestServer::Options{true, {u"--chat-rate"_s, u"1000:1000"_s, u"--test-clock"_s}});
        QVERIFY(m_server->start());
        HttpClient c = HttpClient::signedIn(m_server->baseUrl(), u"premium"_s);
        for (const QJsonValue &v : c.get(endpoints::ListChannels.url()).json[u"channels"_s].toArray()) {
            const QString tier = v[u"requiredTier"_s].toString();
            (tier == u"free"_s ? m_general : tier == u"member"_s ? m_cppQt : m_premium) = v[u"id"_s].toInteger();
        }
        QVERIFY(m_general && m_cppQt && m_premium);
    }

    void cleanupTestCase() { QVERIFY2(m_server->stop(), qPrintable(m_server->errorOutput().right(4000))); }

    void init() { QVERIFY(moveClock(QDateTime::currentMSecsSinceEpoch())); }

    void revokedTier_leavesChannels_andRefusesSends()
    {
        const Member premium = login(*m_server, u"premium"_s);
        WsClient ws(m_server->baseUrl());
        QVERIFY(channelIds(ws.openAndAuth(premium.accessToken)).contains(m_premium));
        QCOMPARE(sendOutcome(ws, m_premium), u"ack"_s);

        QCOMPARE(setTier(*m_server, premium.id, u"free"_s, 0).status, 200);
        // The refusal comes before the next send is handled: the server heard of the change first.
        QCOMPARE(sendOutcome(ws, m_premium), u"membership_required"_s);
        QCOMPARE(sendOutcome(ws, m_cppQt), u"membership_required"_s);
        QCOMPARE(sendOutcome(ws, m_general), u"ack"_s);
        const QJsonObject removed = ws.waitForType(u"channel.removed"_s);
        QVERIFY(!removed.isEmpty());
        QSet<qint64> gone;
        for (const QJsonObject &f : ws.framesOfType(u"channel.removed"_s)) {
            gone.insert(f[u"channelId"_s].toInteger());
        }
        QCOMPARE(gone, (QSet<qint64>{m_premium, m_cppQt}));

        // Nothing said in the premium channel reaches it any more.
        const qsizetype heardBefore = ws.newMessages(m_premium).size();
        const Member other = login(*m_server, u"admin"_s);
        WsClient admin(m_server->baseUrl());
        QVERIFY(!admin.openAndAuth(other.accessToken).isEmpty());
        QCOMPARE(sendOutcome(admin, m_premium), u"ack"_s);
        QVERIFY(ws.barrier());
        QCOMPARE(ws.newMessages(m_premium).size(), heardBefore);

        // Given back: the channels come back on the same socket, without a reconnect.
        QCOMPARE(setTier(*m_server, premium.id, u"premium"_s, 365).status, 200);
        QTRY_COMPARE(ws.framesOfType(u"channel.new"_s).size(), 2);
        QCOMPARE(sendOutcome(ws, m_premium), u"ack"_s);
        QVERIFY(ws.isConnected());
    }

    void gainedTier_joinsChannels_withoutReconnect()
    {
        const Member free = login(*m_server, u"free"_s);
        WsClient ws(m_server->baseUrl());
        QCOMPARE(channelIds(ws.openAndAuth(free.accessToken)), QSet<qint64>{m_general});
        QCOMPARE(setTier(*m_server, free.id, u"member"_s, 30).status, 200);
        const QJsonObject joined = ws.waitForType(u"channel.new"_s);
        QCOMPARE(joined[u"channel"_s][u"id"_s].toInteger(), m_cppQt);
        QCOMPARE(sendOutcome(ws, m_cppQt), u"ack"_s);
        QCOMPARE(sendOutcome(ws, m_premium), u"membership_required"_s);
        QCOMPARE(setTier(*m_server, free.id, u"free"_s, 0).status, 200);
        QVERIFY(!ws.waitForType(u"channel.removed"_s).isEmpty());
    }

    void logout_closesTheSocket()
    {
        const Member member = login(*m_server, u"member"_s);
        WsClient ws(m_server->baseUrl());
        QVERIFY(!ws.openAndAuth(member.accessToken).isEmpty());
        HttpClient c(m_server->baseUrl());
        c.setToken(member.accessToken);
        QCOMPARE(c.post(endpoints::Logout.url(), {}).status, 204);
        QVERIFY(!ws.waitFor([](const QJsonObject &f) { return f[u"code"_s] == u"session_ended"_s; }).isEmpty());
        QVERIFY(closedWith(ws, 4001));
    }

    void logout_elsewhere_leavesOtherLoginsAlone()
    {
        const Member laptop = login(*m_server, u"member"_s);
        const Member phone = login(*m_server, u"member"_s);
        WsClient ws(m_server->baseUrl());
        QVERIFY(!ws.openAndAuth(laptop.accessToken).isEmpty());
        HttpClient c(m_server->baseUrl());
        c.setToken(phone.accessToken);
        QCOMPARE(c.post(endpoints::Logout.url(), {}).status, 204);
        QCOMPARE(sendOutcome(ws, m_general), u"ack"_s);
        QVERIFY(ws.isConnected());
    }

    void reusedRefreshToken_closesTheSocket()
    {
        const Member member = login(*m_server, u"member"_s);
        WsClient ws(m_server->baseUrl());
        QVERIFY(!ws.openAndAuth(member.accessToken).isEmpty());
        HttpClient c(m_server->baseUrl());
        QCOMPARE(c.post(endpoints::Refresh.url(), {{u"refreshToken"_s, member.refreshToken}}).status, 200);
        // The same refresh token again: someone holds a copy, and the whole login ends.
        QCOMPARE(c.post(endpoints::Refresh.url(), {{u"refreshToken"_s, member.refreshToken}}).status, 401);
        QVERIFY(closedWith(ws, 4001));
    }

    void tierPastGrace_leavesChannels()
    {
        const qint64 start = QDateTime::currentMSecsSinceEpoch();
        const Member free = login(*m_server, u"free"_s);
        QCOMPARE(setTier(*m_server, free.id, u"member"_s, 1).status, 200);
        const qint64 graceEnds = start + 24LL * 3600 * 1000 + 3LL * 24 * 3600 * 1000;
        // In the grace period the tier holds; a fresh login there keeps its token past the tier's end.
        QVERIFY(moveClock(graceEnds - 2 * 60 * 1000));
        const Member late = login(*m_server, u"free"_s);
        WsClient ws(m_server->baseUrl());
        QVERIFY(channelIds(ws.openAndAuth(late.accessToken)).contains(m_cppQt));
        QVERIFY(moveClock(graceEnds + 60 * 1000));
        const QJsonObject removed = ws.waitForType(u"channel.removed"_s);
        QCOMPARE(removed[u"channelId"_s].toInteger(), m_cppQt);
        QCOMPARE(sendOutcome(ws, m_cppQt), u"membership_required"_s);
        QVERIFY(ws.isConnected());
        QCOMPARE(setTier(*m_server, free.id, u"free"_s, 0).status, 200);
    }

    void expiredToken_closes_unlessRenewed()
    {
        const qint64 start = QDateTime::currentMSecsSinceEpoch();
        const Member kept = login(*m_server, u"member"_s);
        const Member lapsed = login(*m_server, u"member"_s);
        WsClient renewing(m_server->baseUrl());
        WsClient idle(m_server->baseUrl());
        QVERIFY(!renewing.openAndAuth(kept.accessToken).isEmpty());
        QVERIFY(!idle.openAndAuth(lapsed.accessToken).isEmpty());

        // Ten minutes on, the client refreshes and hands the new token to its open socket.
        QVERIFY(moveClock(start + 10 * 60 * 1000));
        HttpClient c(m_server->baseUrl());
        const HttpResponse refreshed = c.post(endpoints::Refresh.url(), {{u"refreshToken"_s, kept.refreshToken}});
        QCOMPARE(refreshed.status, 200);
        renewing.sendJson({{u"type"_s, u"auth"_s}, {u"token"_s, refreshed.json[u"accessToken"_s].toString()}});
        QVERIFY(!renewing.waitForType(u"auth.renewed"_s).isEmpty());

        // Past the first tokens' fifteen minutes: the socket that renewed stays, the other closes.
        QVERIFY(moveClock(start + 16 * 60 * 1000));
        QVERIFY(!idle.waitFor([](const QJsonObject &f) { return f[u"code"_s] == u"token_expired"_s; }).isEmpty());
        QVERIFY(closedWith(idle, 4002));
        QCOMPARE(sendOutcome(renewing, m_cppQt), u"ack"_s);
        QVERIFY(renewing.isConnected());
    }

    void renewal_withAnotherMembersToken_isRefused()
    {
        const Member member = login(*m_server, u"member"_s);
        const Member other = login(*m_server, u"free"_s);
        WsClient ws(m_server->baseUrl());
        QVERIFY(!ws.openAndAuth(member.accessToken).isEmpty());
        ws.sendJson({{u"type"_s, u"auth"_s}, {u"token"_s, other.accessToken}});
        QVERIFY(!ws.waitFor([](const QJsonObject &f) { return f[u"code"_s] == u"bad_frame"_s; }).isEmpty());
        ws.sendJson({{u"type"_s, u"auth"_s}, {u"token"_s, u"forged"_s}});
        QVERIFY(!ws.waitFor([](const QJsonObject &f) { return f[u"code"_s] == u"auth_failed"_s; }).isEmpty());
        // Still the member it was, with the member's channels.
        QCOMPARE(sendOutcome(ws, m_cppQt), u"ack"_s);
    }

    void twoProcesses_followTheAccountTogether()
    {
        if (!TestServer::usePostgres()) {
            QSKIP("several processes share one store on PostgreSQL only");
        }
        TestServer second(TestServer::Options{false, {u"--chat-rate"_s, u"1000:1000"_s}, m_server.get()});
        QVERIFY(second.start());
        const Member premium = login(second, u"premium"_s);
        WsClient ws(second.baseUrl());
        QVERIFY(channelIds(ws.openAndAuth(premium.accessToken)).contains(m_premium));
        // The change is made on the first process; the socket lives on the second.
        QCOMPARE(setTier(*m_server, premium.id, u"free"_s, 0).status, 200);
        QCOMPARE(sendOutcome(ws, m_premium), u"membership_required"_s);
        QVERIFY(!ws.waitForType(u"channel.removed"_s).isEmpty());
        HttpClient c(m_server->baseUrl());
        c.setToken(premium.accessToken);
        QCOMPARE(c.post(endpoints::Logout.url(), {}).status, 204);
        QVERIFY(closedWith(ws, 4001));
        QCOMPARE(setTier(*m_server, premium.id, u"premium"_s, 365).status, 200);
        QVERIFY(second.stop());
    }
};

QTEST_GUILESS_MAIN(TestServerChatSessions)
#include "tst_server_chatsessions.moc"
