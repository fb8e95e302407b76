#include "domain/loginthrottle.h"
#include "http/trustedproxies.h"
#include "storage/database.h"
#include "storage/migrator.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using guild::server::Database;
using guild::server::DatabaseConfig;
using guild::server::LoginThrottle;
using guild::server::Migrator;
using guild::server::TrustedProxies;

// The throttle's policy on a real (SQLite) database, with the clock passed in; and whose
// X-Forwarded-For is believed.
class TestLoginThrottle : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    int m_scopes = 0;
    static constexpr qint64 T0 = 1'800'000'000'000;

    LoginThrottle throttle(LoginThrottle::Limits limits)
    {
        return LoginThrottle(*m_db, u"scope%1"_s.arg(++m_scopes), limits);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_db = std::make_unique<Database>(DatabaseConfig::sqlite(m_dir.filePath(u"throttle.sqlite"_s)));
        QCOMPARE(Migrator(*m_db).migrate(), QString());
    }

    void account_freeFailures_thenDoublingDelays()
    {
        LoginThrottle t = throttle({3, 1000, 8000, 3600000, 100, 1000, 60000});
        qint64 now = T0;
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(t.retryAfter(u"10.0.0.1"_s, u"alice"_s, now), 0);
            t.recordFailure(u"10.0.0.1"_s, u"alice"_s, now);
        }
        // Three failures: from now on 1 s, 2 s, 4 s, then 8 s at most, after the last failure.
        for (const qint64 delay : {1000, 2000, 4000, 8000, 8000}) {
            QCOMPARE(t.retryAfter(u"10.0.0.2"_s, u"alice"_s, now), static_cast<int>(delay / 1000));
            QCOMPARE(t.retryAfter(u"10.0.0.2"_s, u"alice"_s, now + delay - 1), 1);
            now += delay;
            QCOMPARE(t.retryAfter(u"10.0.0.2"_s, u"alice"_s, now), 0);
            t.recordFailure(u"10.0.0.2"_s, u"alice"_s, now);
        }
        QCOMPARE(t.retryAfter(u"10.0.0.1"_s, u"bob"_s, now), 0);
        // Failures older than the account's window stop counting.
        QCOMPARE(t.retryAfter(u"10.0.0.1"_s, u"alice"_s, now + 3600000 + 1), 0);
    }

    void address_overLimit_blocksOnlyAccountsThatFailed()
    {
        LoginThrottle t = throttle({100, 1000, 8000, 3600000, 3, 6, 60000});
        for (const QString &account : {u"a"_s, u"b"_s, u"c"_s}) {
            t.recordFailure(u"10.0.0.9"_s, account, T0);
        }
        QVERIFY(t.retryAfter(u"10.0.0.9"_s, u"a"_s, T0 + 1) > 0);     // failed from here: waits
        QCOMPARE(t.retryAfter(u"10.0.0.9"_s, u"d"_s, T0 + 1), 0);     // never failed: goes ahead
        QCOMPARE(t.retryAfter(u"10.0.0.8"_s, u"a"_s, T0 + 1), 0);     // another address: only the account counts
        QCOMPARE(t.retryAfter(u"10.0.0.9"_s, u"a"_s, T0 + 60001), 0); // the window moved on
        // Past the hard limit nothing goes from that address.
        for (const QString &account : {u"e"_s, u"f"_s, u"g"_s}) {
            t.recordFailure(u"10.0.0.9"_s, account, T0 + 2);
        }
        QCOMPARE(t.retryAfter(u"10.0.0.9"_s, u"never_failed"_s, T0 + 3), 60);
        QCOMPARE(t.retryAfter(u"10.0.0.8"_s, u"never_failed"_s, T0 + 3), 0);
    }

    void success_clearsAccountFailures_andPurgeForgets()
    {
        LoginThrottle t = throttle({2, 1000, 8000, 3600000, 100, 1000, 60000});
        t.recordFailure(u"ip"_s, u"alice"_s, T0);
        t.recordFailure(u"ip"_s, u"alice"_s, T0);
        QVERIFY(t.retryAfter(u"ip"_s, u"alice"_s, T0) > 0);
        t.recordSuccess(u"alice"_s);
        QCOMPARE(t.retryAfter(u"ip"_s, u"alice"_s, T0), 0);
        t.recordFailure(u"ip"_s, u"bob"_s, T0);
        t.recordFailure(u"ip"_s, u"bob"_s, T0);
        t.purge(T0 + 3600001);
        QCOMPARE(t.retryAfter(u"ip"_s, u"bob"_s, T0), 0); // forgotten, even asked about the past
    }

    void scopes_countApart()
    {
        LoginThrottle login(*m_db, u"login-x"_s, {1, 1000, 8000, 3600000, 100, 1000, 60000});
        LoginThrottle codes(*m_db, u"redeem-x"_s, {1, 1000, 8000, 3600000, 100, 1000, 60000});
        login.recordFailure(u"ip"_s, u"alice"_s, T0);
        QVERIFY(login.retryAfter(u"ip"_s, u"alice"_s, T0) > 0);
        QCOMPARE(codes.retryAfter(u"ip"_s, u"alice"_s, T0), 0);
    }

    void trustedProxies_data()
    {
        QTest::addColumn<QStringList>("trusted");
        QTest::addColumn<QString>("peer");
        QTest::addColumn<QList<QByteArray>>("forwardedFor");
        QTest::addColumn<QString>("client");
        const QList<QByteArray> none;
        QTest::newRow("no proxies: the peer")
            << QStringList{} << u"192.0.2.5"_s << QList<QByteArray>{"1.2.3.4"} << u"192.0.2.5"_s;
        QTest::newRow("untrusted peer ignores the header")
            << QStringList{u"10.0.0.0/8"_s} << u"192.0.2.5"_s << QList<QByteArray>{"1.2.3.4"} << u"192.0.2.5"_s;
        QTest::newRow("trusted peer, one hop")
            << QStringList{u"10.0.0.0/8"_s} << u"10.1.2.3"_s << QList<QByteArray>{"203.0.113.9"} << u"203.0.113.9"_s;
        QTest::newRow("client-made entries on the left are passed over")
            << QStringList{u"10.0.0.0/8"_s} << u"10.1.2.3"_s << QList<QByteArray>{"6.6.6.6, 203.0.113.9"}
            << u"203.0.113.9"_s;
        QTest::newRow("two proxies") << QStringList{u"10.0.0.0/8"_s} << u"10.1.2.3"_s
                                     << QList<QByteArray>{"203.0.113.9, 10.9.9.9"} << u"203.0.113.9"_s;
        QTest::newRow("several header lines") << QStringList{u"10.0.0.0/8"_s} << u"10.1.2.3"_s
                                              << QList<QByteArray>{"203.0.113.9", "10.9.9.9"} << u"203.0.113.9"_s;
        QTest::newRow("no header: the proxy itself")
            << QStringList{u"10.0.0.0/8"_s} << u"10.1.2.3"_s << none << u"10.1.2.3"_s;
        QTest::newRow("garbage stops the walk") << QStringList{u"10.0.0.0/8"_s} << u"10.1.2.3"_s
                                                << QList<QByteArray>{"203.0.113.9, <script>"} << u"10.1.2.3"_s;
        QTest::newRow("port and brackets") << QStringList{u"10.0.0.0/8"_s} << u"10.1.2.3"_s
                                           << QList<QByteArray>{"[2001:db8::1]:443"} << u"2001:db8::1"_s;
        QTest::newRow("v4 with a port") << QStringList{u"10.0.0.0/8"_s} << u"10.1.2.3"_s
                                        << QList<QByteArray>{"203.0.113.9:5555"} << u"203.0.113.9"_s;
        QTest::newRow("mapped peer matches a v4 subnet") << QStringList{u"127.0.0.1"_s} << u"::ffff:127.0.0.1"_s
                                                         << QList<QByteArray>{"203.0.113.9"} << u"203.0.113.9"_s;
        QTest::newRow("v6 subnet") << QStringList{u"fd00::/8"_s} << u"fd12::1"_s << QList<QByteArray>{"198.51.100.7"}
                                   << u"198.51.100.7"_s;
    }

    void trustedProxies()
    {
        QFETCH(QStringList, trusted);
        QFETCH(QString, peer);
        QFETCH(QList<QByteArray>, forwardedFor);
        QFETCH(QString, client);
        QString error;
        const auto proxies = TrustedProxies::parse(trusted, &error);
        QVERIFY2(proxies, qPrintable(error));
        QCOMPARE(proxies->clientAddress(QHostAddress(peer), forwardedFor), client);
    }

    void trustedProxies_refuseNonsense()
    {
        QString error;
        QVERIFY(!TrustedProxies::parse({u"10.0.0.0/33"_s}, &error));
        QVERIFY(!TrustedProxies::parse({u"proxy.example.org"_s}, &error));
        QVERIFY(error.contains(u"proxy.example.org"_s));
    }
};

QTEST_GUILESS_MAIN(TestLoginThrottle)
#include "tst_loginthrottle.moc"
