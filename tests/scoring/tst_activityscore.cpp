#include "scoring/activityscore.h"

#include <QTest>

#include <limits>

using namespace guild::scoring;
using namespace Qt::StringLiterals;

class TestActivityScore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void participation_workedExample_is5600()
    {
        const ActivityScore s = computeActivity({10000, 1, 0.7, 0.8, 0}, {1, 0, 0});
        QCOMPARE(s.participation, 5600.0);
        QCOMPARE(s.activity, 5600.0);
    }

    void activity_weightsCombineComponents()
    {
        const ActivityScore s = computeActivity({10000, 1, 0.7, 0.8, 0.5}, {0.001, 10, 4});
        QCOMPARE(s.activity, 0.001 * 5600 + 10 * 0.8 + 4 * 0.5);
    }

    void noMembers_participationZero()
    {
        const ActivityScore s = computeActivity({0, 2, 0.7, 0.8, 0.3}, {1, 1, 1});
        QCOMPARE(s.participation, 0.0);
        QCOMPARE(s.activity, 0.8 + 0.3);
    }

    void noContent_qualityZero_zeroesParticipation()
    {
        const ActivityScore s = computeActivity({500, 1, 0.5, 0, 0}, {1, 1, 1});
        QCOMPARE(s.participation, 0.0);
        QCOMPARE(s.activity, 0.0);
    }

    void noRevenue_monetisationTermZero()
    {
        const ActivityScore s = computeActivity({100, 1, 1, 1, 0}, {0, 0, 5});
        QCOMPARE(s.activity, 0.0);
    }

    void outOfRangeInputs_areClamped()
    {
        const double nan = std::numeric_limits<double>::quiet_NaN();
        const ActivityScore s = computeActivity({-5, 30, 1.5, 2, nan}, {1, 1, 1});
        QCOMPARE(s.participation, 0.0);
        QCOMPARE(s.activity, 1.0); // C clamped to 1, B NaN -> 0
        const ActivityScore t = computeActivity({10, 48, 1, 1, 0}, {1, 0, 0});
        QCOMPARE(t.participation, 240.0); // T clamped to 24 hours
    }

    void whatIf_recomputesEveryPeriod_withTheNewWeights()
    {
        guild::protocol::analytics::PeriodFigures busy;
        busy.members = 10000;
        busy.hoursPerDay = 1;
        busy.consumingShare = 0.7;
        busy.quality = 0.8;
        busy.monetisation = 0.25;
        guild::protocol::analytics::PeriodFigures empty; // N = 0, no content, no revenue
        const QList<ActivityScore> scores = activityOver({busy, empty}, {2, 100, 40});
        QCOMPARE(scores.size(), 2);
        QCOMPARE(scores[0].participation, 5600.0);
        QCOMPARE(scores[0].activity, 2 * 5600.0 + 100 * 0.8 + 40 * 0.25);
        QCOMPARE(scores[1].participation, 0.0);
        QCOMPARE(scores[1].activity, 0.0);
        QVERIFY(activityOver({}, {1, 1, 1}).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestActivityScore)
#include "tst_activityscore.moc"
