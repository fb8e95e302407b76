#include "domain/analyticsservice.h"
#include "domain/clock.h"
#include "domain/reportbuilder.h"
#include "storage/analyticsmemo.h"
#include "storage/analyticsrepository.h"
#include "storage/database.h"
#include "storage/migrator.h"
#include "storage/sql.h"

#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace guild::server;
using namespace guild::protocol::analytics;

// The report's memo of final days, on a real SQLite database: figures of days no late event can reach
// are kept once computed and read back afterwards (so a changed rollup no longer shows in them), while
// figures of days still open are computed from the rollups every time.
class TestReportBuilder : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    const QDate m_from{2026, 3, 2}; // a Monday
    const QDate m_to{2026, 3, 15};

    Report build(int closedBefore)
    {
        AnalyticsRepository repo(m_db->connection());
        AnalyticsMemo memo(m_db->connection());
        Report report = ReportBuilder(repo, memo, closedBefore).build(m_from, m_to, u"week"_s, Weights{});
        memo.save();
        return report;
    }

    qint64 kept() { return sql::scalar(m_db->connection(), u"SELECT COUNT(*) FROM analytics_memo"_s).toLongLong(); }

private Q_SLOTS:
    void initTestCase()
    {
        DatabaseConfig config;
        config.sqlitePath = m_dir.filePath(u"memo.sqlite"_s);
        m_db = std::make_unique<Database>(config);
        QCOMPARE(Migrator(*m_db).migrate(), QString());
        QSqlDatabase db = m_db->connection();
        const qint64 joined = QDateTime(m_from, QTime(9, 0), Qt::UTC).toMSecsSinceEpoch();
        for (int i = 1; i <= 3; ++i) {
            sql::exec(db,
                      u"INSERT INTO users (username, email, display_name, password_hash, role, created_at) "
                      "VALUES (?, ?, ?, 'x', 'member', ?)"_s,
                      {u"m%1"_s.arg(i), u"m%1@memo.invalid"_s.arg(i), u"M%1"_s.arg(i), joined});
        }
        // Each member reads on a few days of the two weeks.
        AnalyticsRepository repo(db);
        sql::Transaction tx(db);
        for (int i = 1; i <= 3; ++i) {
            QList<UsageEvent> events;
            for (int d = 0; d < 14; d += i) {
                const QDateTime at(m_from.addDays(d), QTime(12, 0), Qt::UTC);
                const QString id = u"%1-%2"_s.arg(i).arg(d);
                // Reading fits in the active time (the server caps it there).
                events.append({id + u'a', EventKind::Active, at, i == 2 ? 1800 : 600, {}, 0});
                events.append({id + u'r', EventKind::Read, at, 300, u"article"_s, 7});
                if (i == 2) {
                    events.append({id + u'l', EventKind::Read, at, 1200, u"lesson"_s, 8});
                    events.append({id + u'c', EventKind::Complete, at, 0, u"lesson"_s, 8});
                }
            }
            repo.ingest(i, events, QDateTime::currentMSecsSinceEpoch());
        }
        tx.commit();
    }

    void finalDays_areKept_andReadBack()
    {
        const int from = ReportBuilder::dayOf(m_from);
        const Report first = build(from + 100); // every day of the range is final
        QCOMPARE(first.periods.size(), 2);
        QCOMPARE(first.periods[0].consumers, 3.0);
        QCOMPARE(first.periods[1].mau, 3.0);
        QCOMPARE(first.cohorts.size(), 2);
        QCOMPARE(first.cohorts[0].retention, (QList<double>{1.0, 1.0}));
        QVERIFY(kept() > 0);

        // A member's rows go (as if the account were deleted): the kept figures do not move...
        sql::exec(m_db->connection(), u"DELETE FROM activity_daily WHERE user_id = 3"_s);
        const qint64 rows = kept();
        const Report again = build(from + 100);
        QCOMPARE(kept(), rows);
        QCOMPARE(again.periods[0].consumers, 3.0);
        QCOMPARE(again.periods[1].wau, first.periods[1].wau);
        QCOMPARE(again.periods[1].mau, 3.0);
        QCOMPARE(again.cohorts[0].retention, first.cohorts[0].retention);
    }

    void openDays_areComputedEachTime_andNotKept()
    {
        sql::exec(m_db->connection(), u"DELETE FROM analytics_memo"_s);
        const int from = ReportBuilder::dayOf(m_from);
        // Only the first week is final: its figures are kept, the second week's are not.
        const Report report = build(from + 7);
        QCOMPARE(report.periods[0].consumers, 2.0); // member 3's rows are gone
        QCOMPARE(report.periods[1].mau, 2.0);
        QCOMPARE(sql::scalar(m_db->connection(), u"SELECT COUNT(*) FROM analytics_memo WHERE to_day >= ?"_s, {from + 7})
                     .toLongLong(),
                 0);
        QVERIFY(kept() > 0);
    }

    void topContent_fromMonthlySums_matchesTheDailyRows()
    {
        const QDate from(2026, 2, 20);
        const QDate to(2026, 4, 10);
        const auto top = [&](int closedBefore) {
            AnalyticsRepository repo(m_db->connection());
            AnalyticsMemo memo(m_db->connection());
            const Report r = ReportBuilder(repo, memo, closedBefore).build(from, to, u"month"_s, Weights{});
            memo.save();
            QList<QJsonObject> rows;
            for (const ContentFigure &c : r.topByReading + r.topByCompletion) {
                rows.append(c.toJson());
            }
            return rows;
        };
        const auto monthly = [&] {
            return sql::scalar(m_db->connection(), u"SELECT COUNT(*) FROM content_monthly"_s).toLongLong();
        };
        const auto fromDays = top(ReportBuilder::dayOf(from)); // nothing final: every day's rows
        QCOMPARE(monthly(), 0);
        QCOMPARE(fromDays.size(), 4);
        QCOMPARE(fromDays[0][u"itemId"_s].toInteger(), 8); // the lesson: 1200 s a day on 7 days
        QCOMPARE(fromDays[0][u"readingSeconds"_s].toDouble(), 8400.0);

        const int final = ReportBuilder::dayOf(to) + 100;
        const auto fromMonths = top(final);
        // March only: February and April are cut by the range.
        QCOMPARE(monthly(), 2);
        QCOMPARE(sql::scalar(m_db->connection(), u"SELECT MIN(month_day) FROM content_monthly"_s).toInt(),
                 ReportBuilder::dayOf(QDate(2026, 3, 1)));
        QCOMPARE(fromMonths, fromDays);
        QCOMPARE(top(final), fromDays); // and again, from the month kept
        QCOMPARE(monthly(), 2);
    }

    void hourlyUpkeep_keepsTheLastYearsFinalDays()
    {
        QSqlDatabase db = m_db->connection();
        sql::exec(db, u"DELETE FROM analytics_memo"_s);
        sql::exec(db, u"DELETE FROM content_monthly"_s);
        // As if it were the first of September 2026: March is final and inside the last year.
        setClockOffset(QDateTime(QDate(2026, 9, 1), QTime(3, 0), Qt::UTC).toMSecsSinceEpoch() -
                       QDateTime::currentMSecsSinceEpoch());
        AnalyticsService(*m_db).keepFinalDays();
        setClockOffset(0);
        const int march = ReportBuilder::dayOf(QDate(2026, 3, 1));
        const int marchEnd = ReportBuilder::dayOf(QDate(2026, 3, 31));
        QCOMPARE(sql::scalar(
                     db, u"SELECT value FROM analytics_memo WHERE kind = 'consumers' AND from_day = ? AND to_day = ?"_s,
                     {march, marchEnd})
                     .toDouble(),
                 2.0);
        QCOMPARE(sql::scalar(db, u"SELECT COUNT(*) FROM content_monthly WHERE month_day = ?"_s, {march}).toInt(), 2);
        // June (open on the first of September) is not kept.
        QCOMPARE(sql::scalar(db, u"SELECT COUNT(*) FROM analytics_memo WHERE to_day >= ?"_s,
                             {ReportBuilder::dayOf(QDate(2026, 6, 1))})
                     .toInt(),
                 0);
    }
};

QTEST_GUILESS_MAIN(TestReportBuilder)
#include "tst_reportbuilder.moc"
