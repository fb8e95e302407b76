#include "protocol/endpoints.h"
#include "support/httpclient.h"
#include "support/testserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace guild::test;
namespace endpoints = guild::protocol::endpoints;

// Registration, login, tokens and their rotation, against a real guild-server.
class TestServerAuth : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<TestServer> m_server;

    HttpClient client() { return HttpClient(m_server->baseUrl()); }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<TestServer>();
        QVERIFY2(m_server->start(), "guild-server did not start");
    }

    void cleanupTestCase() { QVERIFY2(m_server->stop(), qPrintable(m_server->errorOutput().right(4000))); }

    void health_returns200()
    {
        HttpClient c = client();
        const HttpResponse r = c.get(u"/healthz"_s);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(u"status"_s).toString(), u"ok"_s);
    }

    void register_newUser_returns201WithUser()
    {
        HttpClient c = client();
        const HttpResponse r = c.post(endpoints::Register.url(), {{u"username"_s, u"Newbie_1"_s},
                                                                  {u"email"_s, u"newbie@example.org"_s},
                                                                  {u"password"_s, u"correct horse battery"_s}});
        QCOMPARE(r.status, 201);
        const QJsonObject user = r.json.value(u"user"_s).toObject();
        QCOMPARE(user.value(u"username"_s).toString(), u"newbie_1"_s);
        QCOMPARE(user.value(u"role"_s).toString(), u"member"_s);
        QVERIFY(!r.body.contains("password"));

        const HttpResponse login = c.login(u"newbie_1"_s, u"correct horse battery"_s);
        QCOMPARE(login.status, 200);
        const HttpResponse membership = c.get(endpoints::MyMembership.url());
        QCOMPARE(membership.status, 200);
        QCOMPARE(membership.json[u"membership"_s].toObject()[u"tier"_s].toString(), u"free"_s);
    }

    void register_duplicateUsername_returns409()
    {
        HttpClient c = client();
        const HttpResponse r = c.post(
            endpoints::Register.url(),
            {{u"username"_s, u"member"_s}, {u"email"_s, u"other@example.org"_s}, {u"password"_s, u"long enough pw"_s}});
        QCOMPARE(r.status, 409);
        QCOMPARE(r.errorCode(), u"username_taken"_s);
    }

    void register_invalidFields_return400_data()
    {
        QTest::addColumn<QString>("username");
        QTest::addColumn<QString>("email");
        QTest::addColumn<QString>("password");
        QTest::newRow("short username") << u"ab"_s << u"a@b.cd"_s << u"long enough pw"_s;
        QTest::newRow("username with space") << u"a b c"_s << u"a@b.cd"_s << u"long enough pw"_s;
        QTest::newRow("sql in username") << u"x'; DROP TABLE users; --"_s << u"a@b.cd"_s << u"long enough pw"_s;
        QTest::newRow("bad email") << u"valid_name"_s << u"not-an-email"_s << u"long enough pw"_s;
        QTest::newRow("short password") << u"valid_name"_s << u"a@b.cd"_s << u"short"_s;
    }
    void register_invalidFields_return400()
    {
        QFETCH(QString, username);
        QFETCH(QString, email);
        QFETCH(QString, password);
        HttpClient c = client();
        const HttpResponse r = c.post(endpoints::Register.url(),
                                      {{u"username"_s, username}, {u"email"_s, email}, {u"password"_s, password}});
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), u"invalid_field"_s);
        QCOMPARE(c.login(u"valid_name"_s, password).status, 401);
    }

    void login_demoMember_returnsTokensAndUser()
    {
        HttpClient c = client();
        const HttpResponse r = c.login(u"member"_s);
        QCOMPARE(r.status, 200);
        QVERIFY(r.json.value(u"accessToken"_s).toString().size() >= 22); // >= 128 bits in base64
        QVERIFY(r.json.value(u"refreshToken"_s).toString().size() >= 22);
        QVERIFY(r.json.value(u"expiresIn"_s).toInt() <= 900);
        QCOMPARE(r.json[u"user"_s].toObject()[u"username"_s].toString(), u"member"_s);
        const HttpResponse me = c.get(endpoints::Me.url());
        QCOMPARE(me.status, 200);
        QCOMPARE(me.json[u"user"_s].toObject()[u"tier"_s].toString(), u"member"_s);
    }

    void login_wrongPassword_returns401()
    {
        HttpClient c = client();
        const HttpResponse r = c.login(u"premium"_s, u"wrong password"_s);
        QCOMPARE(r.status, 401);
        QCOMPARE(r.errorCode(), u"invalid_credentials"_s);
        QCOMPARE(c.login(u"nobody_here"_s, u"whatever1"_s).status, 401);
    }

    void me_withoutToken_returns401()
    {
        HttpClient c = client();
        QCOMPARE(c.get(endpoints::Me.url()).status, 401);
        c.setToken(u"not-a-real-token"_s);
        const HttpResponse r = c.get(endpoints::Me.url());
        QCOMPARE(r.status, 401);
        QCOMPARE(r.errorCode(), u"unauthenticated"_s);
    }

    void refresh_rotatesToken_andOldOneIsRefused()
    {
        HttpClient c = client();
        const HttpResponse login = c.login(u"author"_s);
        const QString first = login.json.value(u"refreshToken"_s).toString();
        const HttpResponse rotated = c.post(endpoints::Refresh.url(), {{u"refreshToken"_s, first}});
        QCOMPARE(rotated.status, 200);
        const QString second = rotated.json.value(u"refreshToken"_s).toString();
        QVERIFY(second != first);
        c.setToken(rotated.json.value(u"accessToken"_s).toString());
        QCOMPARE(c.get(endpoints::Me.url()).status, 200);

        // Reusing the rotated token signals theft: the whole family is revoked.
        const HttpResponse reuse = c.post(endpoints::Refresh.url(), {{u"refreshToken"_s, first}});
        QCOMPARE(reuse.status, 401);
        QCOMPARE(reuse.errorCode(), u"token_reused"_s);
        QCOMPARE(c.get(endpoints::Me.url()).status, 401);
        const HttpResponse successor = c.post(endpoints::Refresh.url(), {{u"refreshToken"_s, second}});
        QCOMPARE(successor.status, 401);
    }

    void refresh_unknownToken_returns401()
    {
        HttpClient c = client();
        const HttpResponse r = c.post(endpoints::Refresh.url(), {{u"refreshToken"_s, u"bogus"_s}});
        QCOMPARE(r.status, 401);
    }

    void logout_revokesAccessAndRefresh()
    {
        HttpClient c = client();
        const HttpResponse login = c.login(u"premium"_s);
        QCOMPARE(login.status, 200);
        QCOMPARE(c.post(endpoints::Logout.url(), {}).status, 204);
        QCOMPARE(c.get(endpoints::Me.url()).status, 401);
        const HttpResponse r =
            c.post(endpoints::Refresh.url(), {{u"refreshToken"_s, login.json.value(u"refreshToken"_s).toString()}});
        QCOMPARE(r.status, 401);
    }

    void tiers_listsThree()
    {
        HttpClient c = client();
        const HttpResponse r = c.get(endpoints::ListTiers.url());
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(u"tiers"_s).toArray().size(), 3);
    }

    void login_bruteForce_isThrottled()
    {
        HttpClient c = client();
        int throttledAt = -1;
        for (int i = 0; i < 12 && throttledAt < 0; ++i) {
            const HttpResponse r = c.login(u"free"_s, u"guess-%1"_s.arg(i));
            if (r.status == 429) {
                throttledAt = i;
                QCOMPARE(r.errorCode(), u"rate_limited"_s);
                QVERIFY(r.headers.value("retry-after").toInt() > 0);
            } else {
                QCOMPARE(r.status, 401);
            }
        }
        // Five free failures, then each attempt waits twice as long (1 s, 2 s, …) after the last failure;
        // a guess takes far less than that here, unless the machine stalls for seconds.
        QVERIFY2(throttledAt >= 5 && throttledAt <= 7, qPrintable(QString::number(throttledAt)));
        // Even the right password is refused while the account is throttled.
        QCOMPARE(c.login(u"free"_s).status, 429);
    }

    static HttpResponse loginFrom(TestServer &server, const QString &user, const QString &password,
                                  const QByteArray &forwardedFor = {})
    {
        HttpClient c(server.baseUrl());
        QList<std::pair<QByteArray, QByteArray>> headers;
        if (!forwardedFor.isEmpty()) {
            headers.append({"X-Forwarded-For", forwardedFor});
        }
        return c.send(
            "POST", endpoints::Login.url(),
            QJsonDocument(QJsonObject{{u"username"_s, user}, {u"password"_s, password}}).toJson(QJsonDocument::Compact),
            "application/json", headers);
    }

    void bruteForce_onOneAccount_locksNobodyElseOut()
    {
        // Everyone here shares 127.0.0.1, as members behind one proxy or office do.
        TestServer server;
        QVERIFY(server.start());
        for (int i = 0; i < 40; ++i) {
            const int status = loginFrom(server, u"member"_s, u"guess-%1"_s.arg(i)).status;
            QVERIFY2(status == 401 || status == 429, qPrintable(QString::number(status)));
        }
        QCOMPARE(loginFrom(server, u"member"_s, u"guild-demo"_s).status, 429); // the account waits
        QCOMPARE(loginFrom(server, u"free"_s, u"guild-demo"_s).status, 200);   // nobody else does
        QCOMPARE(loginFrom(server, u"premium"_s, u"guild-demo"_s).status, 200);

        // Spraying many accounts from one address: past 30 failures it may only try accounts that have not
        // failed; those that have (the sprayed ones) wait, the others still sign in.
        for (int i = 0; i < 32; ++i) {
            QCOMPARE(loginFrom(server, u"nobody_%1"_s.arg(i), u"guess"_s).status, 401);
        }
        QCOMPARE(loginFrom(server, u"nobody_3"_s, u"guess"_s).status, 429);
        QCOMPARE(loginFrom(server, u"author"_s, u"guild-demo"_s).status, 200);
        // A client cannot escape by naming another address: without --trusted-proxy the header is ignored.
        QCOMPARE(loginFrom(server, u"nobody_3"_s, u"guess"_s, "198.51.100.7").status, 429);
        QVERIFY(server.stop());
    }

    void throttle_isSharedByEveryProcess()
    {
        if (!TestServer::usePostgres()) {
            QSKIP("several processes share one store on PostgreSQL only");
        }
        TestServer first;
        QVERIFY(first.start());
        TestServer second(TestServer::Options{false, {}, &first});
        QVERIFY(second.start());
        // Guesses spread over two processes count together: the account slows down on both.
        int refused = 0;
        for (int i = 0; i < 8; ++i) {
            refused += loginFrom(i % 2 ? second : first, u"premium"_s, u"guess-%1"_s.arg(i)).status == 429 ? 1 : 0;
        }
        QVERIFY(refused >= 1);
        QCOMPARE(loginFrom(first, u"premium"_s, u"guild-demo"_s).status, 429);
        QCOMPARE(loginFrom(second, u"premium"_s, u"guild-demo"_s).status, 429);
        QCOMPARE(loginFrom(second, u"member"_s, u"guild-demo"_s).status, 200);
        QVERIFY(second.stop());
        QVERIFY(first.stop());
    }

    void forwardedFor_isBelieved_onlyFromTrustedProxies()
    {
        TestServer server(TestServer::Options{true, {u"--trusted-proxy"_s, u"127.0.0.0/8"_s}});
        QVERIFY(server.start());
        // An attacker behind the proxy sprays accounts from 203.0.113.9.
        for (int i = 0; i < 32; ++i) {
            QCOMPARE(loginFrom(server, u"sprayed_%1"_s.arg(i), u"guess"_s, "203.0.113.9").status, 401);
        }
        QCOMPARE(loginFrom(server, u"sprayed_1"_s, u"guess"_s, "203.0.113.9").status, 429);
        // The same account from another member's address is only as throttled as the account is.
        QCOMPARE(loginFrom(server, u"sprayed_1"_s, u"guess"_s, "198.51.100.7").status, 401);
        // A client that adds its own X-Forwarded-For in front gains nothing: the proxy appends the real one.
        QCOMPARE(loginFrom(server, u"sprayed_2"_s, u"guess"_s, "192.0.2.1, 203.0.113.9").status, 429);
        QCOMPARE(loginFrom(server, u"member"_s, u"guild-demo"_s, "203.0.113.9").status, 200);
        QVERIFY(server.stop());
        QVERIFY(!TestServer(TestServer::Options{true, {u"--trusted-proxy"_s, u"not-a-subnet"_s}}).start());
    }

    void accessToken_expires_thenRefreshWorks()
    {
        TestServer shortLived(TestServer::Options{true, {u"--access-token-ttl"_s, u"1"_s}});
        QVERIFY(shortLived.start());
        HttpClient c(shortLived.baseUrl());
        const HttpResponse login = c.login(u"member"_s);
        QCOMPARE(login.json.value(u"expiresIn"_s).toInt(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(c.get(endpoints::Me.url()).errorCode(), u"token_expired"_s, 10000);
        const HttpResponse refreshed =
            c.post(endpoints::Refresh.url(), {{u"refreshToken"_s, login.json.value(u"refreshToken"_s).toString()}});
        QCOMPARE(refreshed.status, 200);
    }
};

QTEST_GUILESS_MAIN(TestServerAuth)
#include "tst_server_auth.moc"
