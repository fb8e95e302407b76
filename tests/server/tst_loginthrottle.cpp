#include "domain/loginthrottle.h"

#include <QTest>

using namespace Qt::StringLiterals;
using guild::server::LoginThrottle;

class TestLoginThrottle : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void account_overLimit_blocksThatAccountOnly()
    {
        LoginThrottle throttle({3, 100, 60000});
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(throttle.retryAfter(u"10.0.0.1"_s, u"alice"_s), 0);
            throttle.recordFailure(u"10.0.0.1"_s, u"alice"_s);
        }
        const int wait = throttle.retryAfter(u"10.0.0.2"_s, u"alice"_s);
        QVERIFY(wait > 0 && wait <= 60);
        QCOMPARE(throttle.retryAfter(u"10.0.0.1"_s, u"bob"_s), 0);
    }

    void address_overLimit_blocksEveryAccountFromIt()
    {
        LoginThrottle throttle({100, 2, 60000});
        throttle.recordFailure(u"10.0.0.9"_s, u"a"_s);
        throttle.recordFailure(u"10.0.0.9"_s, u"b"_s);
        QVERIFY(throttle.retryAfter(u"10.0.0.9"_s, u"c"_s) > 0);
        QCOMPARE(throttle.retryAfter(u"10.0.0.8"_s, u"c"_s), 0);
    }

    void success_clearsAccountFailures()
    {
        LoginThrottle throttle({2, 100, 60000});
        throttle.recordFailure(u"ip"_s, u"alice"_s);
        throttle.recordSuccess(u"alice"_s);
        throttle.recordFailure(u"ip"_s, u"alice"_s);
        QCOMPARE(throttle.retryAfter(u"ip"_s, u"alice"_s), 0);
    }
};

QTEST_GUILESS_MAIN(TestLoginThrottle)
#include "tst_loginthrottle.moc"
