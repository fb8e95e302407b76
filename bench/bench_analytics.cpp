#include "benchdatabase.h"
#include "domain/analyticsservice.h"
#include "storage/analyticsrepository.h"
#include "storage/database.h"
#include "storage/databaseconfig.h"
#include "storage/migrator.h"
#include "storage/sql.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace guild::server;
using namespace guild::protocol::analytics;

// The analytics pipeline at community scale, in process on SQLite: a year of usage by 100,000 members
// (GUILD_BENCH_MEMBERS to change it) is folded into the rollups as clients would send it (a member's
// week per batch), then the admin report is timed over the ranges the dashboard offers.
class BenchAnalytics : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<AnalyticsService> m_service;
    AuthUser m_admin;
    QDate m_today;
    qint64 m_events = 0;
    int m_members = 1;

    static quint32 mix(quint32 a, quint32 b)
    {
        quint32 h = a * 2654435761u ^ (b + 0x9e3779b9u + (a << 6) + (a >> 2));
        h ^= h >> 15;
        h *= 2246822519u;
        return h ^ (h >> 13);
    }

    /// One member's week of use: most members come now and then, a few every day.
    QList<UsageEvent> week(qint64 member, int firstDay, qint64 dayZeroMs)
    {
        QList<UsageEvent> events;
        const quint32 keen = mix(quint32(member), 7) % 100; // share of days this member comes, roughly
        for (int d = firstDay; d < firstDay + 7; ++d) {
            const quint32 h = mix(quint32(member), quint32(d));
            if (h % 100 >= keen / 3) { // about 16 % of member-days are active
                continue;
            }
            const QDateTime at =
                QDateTime::fromMSecsSinceEpoch(dayZeroMs + d * 86400000LL + (h % 86000) * 1000, Qt::UTC);
            const QString id = u"%1-%2-"_s.arg(member).arg(d);
            const int minutes = 3 + int(h % 50);
            events.append({id + u'a', EventKind::Active, at, minutes * 60, {}, 0});
            events.append({id + u'r', EventKind::Read, at, minutes * 30, u"article"_s, 1 + qint64(h >> 9) % 5000});
            if (h % 3 == 0) {
                events.append({id + u'c', EventKind::Complete, at, 0, u"article"_s, 1 + qint64(h >> 9) % 5000});
            }
            if (h % 5 == 0) {
                events.append({id + u'm', EventKind::Message, at, 0, {}, 0});
            }
        }
        return events;
    }

    double timeReport(const QString &granularity, int days)
    {
        QElapsedTimer timer;
        timer.start();
        const auto report = m_service->report(m_admin, {m_today.addDays(1 - days), m_today, granularity, 0});
        const double ms = timer.nsecsElapsed() / 1e6;
        if (!report.ok() || report.value().periods.isEmpty()) {
            qFatal("report failed");
        }
        return ms;
    }

    void timeTwice(const QString &name, const QString &granularity, int days)
    {
        sql::exec(m_db->connection(), u"DELETE FROM analytics_memo"_s);
        const double first = timeReport(granularity, days);
        const double again = timeReport(granularity, days);
        qInfo("report, %s: %.0f ms, then %.0f ms", qPrintable(name), first, again);
    }

private Q_SLOTS:
    void initTestCase()
    {
        const int members = qEnvironmentVariableIntValue("GUILD_BENCH_MEMBERS") > 0
                                ? qEnvironmentVariableIntValue("GUILD_BENCH_MEMBERS")
                                : 100000;
        // GUILD_BENCH_DB keeps the generated year in that file and uses it again on the next run, so the
        // report can be timed after a change without generating the year again.
        const QString kept = qEnvironmentVariable("GUILD_BENCH_DB");
        bool reuse = !kept.isEmpty() && QFileInfo::exists(kept);
        // GUILD_TEST_DATABASE=postgres with GUILD_TEST_PG_URL: the same on PostgreSQL (an empty database).
        QString why;
        const std::optional<DatabaseConfig> chosen =
            guild::bench::benchDatabase(kept.isEmpty() ? m_dir.filePath(u"bench.sqlite"_s) : kept, &why);
        QVERIFY2(chosen, qPrintable(why));
        const DatabaseConfig config = *chosen;
        m_db = std::make_unique<Database>(config);
        QCOMPARE(Migrator(*m_db).migrate(), QString());
        m_service = std::make_unique<AnalyticsService>(*m_db);
        m_today = QDateTime::currentDateTimeUtc().date();
        m_admin.id = 1;
        m_admin.role = guild::protocol::Role::Admin;
        m_members = std::max(1, sql::scalar(m_db->connection(), u"SELECT COUNT(*) FROM users"_s).toInt() - 1);
        reuse = reuse || m_members > 1;
        if (reuse) {
            qInfo("reusing %s: %lld members", qPrintable(config.describe()),
                  sql::scalar(m_db->connection(), u"SELECT COUNT(*) FROM users"_s).toLongLong());
            return;
        }
        const qint64 dayZeroMs = QDateTime(m_today.addDays(-364), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
        QSqlDatabase db = m_db->connection();
        {
            sql::Transaction tx(db);
            for (int i = 1; i <= members; ++i) {
                sql::exec(db,
                          u"INSERT INTO users (username, email, display_name, password_hash, role, created_at) "
                          "VALUES (?, ?, ?, 'x', ?, ?)"_s,
                          {u"m%1"_s.arg(i), u"m%1@bench.invalid"_s.arg(i), u"Member %1"_s.arg(i),
                           i == 1 ? u"admin"_s : u"member"_s, dayZeroMs - 86400000LL + (i % 365) * 86400000LL});
            }
            tx.commit();
        }
        m_members = std::max(1, members - 1);

        // A year, a member's week per batch; a thousand batches per transaction so the bench finishes
        // today (the per-batch cost with its own commit is timed below).
        QElapsedTimer timer;
        timer.start();
        qint64 batches = 0;
        AnalyticsRepository repo(db);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        db.transaction();
        for (int firstDay = 0; firstDay < 365; firstDay += 7) {
            for (int m = 1; m <= members; ++m) {
                const QList<UsageEvent> events = week(m, firstDay, dayZeroMs);
                if (events.isEmpty()) {
                    continue;
                }
                m_events += repo.ingest(m, events, now).accepted;
                if (++batches % 1000 == 0) {
                    db.commit();
                    db.transaction();
                }
            }
        }
        db.commit();
        const double seconds = timer.nsecsElapsed() / 1e9;
        qInfo("ingested %lld events in %lld batches from %d members in %.1f s: %.0f events/s", m_events, batches,
              members, seconds, m_events / seconds);
        qInfo("rollup rows: activity_daily %lld, content_daily %lld",
              sql::scalar(db, u"SELECT COUNT(*) FROM activity_daily"_s).toLongLong(),
              sql::scalar(db, u"SELECT COUNT(*) FROM content_daily"_s).toLongLong());
    }

    void ingest_oneBatchWithItsOwnTransaction()
    {
        int n = 0;
        const qint64 dayZeroMs = QDateTime(m_today.addDays(-6), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
        QBENCHMARK
        {
            QList<UsageEvent> events = week(1000003 + n, 0, dayZeroMs);
            for (UsageEvent &e : events) {
                e.id += u"-late-%1"_s.arg(n); // new each round: nothing deduplicated away
            }
            ++n;
            guild::server::AuthUser member;
            member.id = 2 + n % m_members; // an account that exists
            QVERIFY(m_service->ingest(member, events).ok());
        }
    }

    void ingest_fullBatchOf500()
    {
        // The largest batch a client sends (after a long time offline): a member's day in one-minute slices
        // and reads, each batch its own transaction.
        int n = 0;
        const QDateTime start(m_today.addDays(-1), QTime(0, 0), Qt::UTC);
        QBENCHMARK
        {
            QList<UsageEvent> events;
            for (int i = 0; i < 250; ++i) {
                const QDateTime at = start.addSecs(i * 60);
                const QString id = u"full-%1-%2-"_s.arg(n).arg(i);
                events.append({id + u'a', EventKind::Active, at, 60, {}, 0});
                events.append({id + u'r', EventKind::Read, at, 60, u"article"_s, 1 + i % 20});
            }
            ++n;
            guild::server::AuthUser member;
            member.id = 2 + n % m_members; // an account that exists
            QVERIFY(m_service->ingest(member, events).ok());
        }
    }

    void parts_ofOnePeriod()
    {
        // Where a report's time goes, for one 30-day period.
        AnalyticsRepository repo(m_db->connection());
        const int to = int(QDate(1970, 1, 1).daysTo(m_today));
        const qint64 endMs = (to + 1) * 86400000LL;
        QElapsedTimer t;
        PeriodFigures f;
        t.start();
        repo.addTotals(to - 29, to, f);
        qInfo("totals %.1f ms", t.nsecsElapsed() / 1e6);
        t.restart();
        repo.consumers(to - 29, to);
        qInfo("distinct consumers (30 days) %.1f ms", t.nsecsElapsed() / 1e6);
        t.restart();
        repo.membersBefore(endMs);
        qInfo("members before %.1f ms", t.nsecsElapsed() / 1e6);
        t.restart();
        repo.money(endMs - 30 * 86400000LL, endMs, endMs);
        qInfo("money %.1f ms", t.nsecsElapsed() / 1e6);
        t.restart();
        repo.contentSums(to - 29, to);
        qInfo("content sums (30 days) %.1f ms", t.nsecsElapsed() / 1e6);
        t.restart();
        repo.contentSums(to - 364, to);
        qInfo("content sums (365 days) %.1f ms", t.nsecsElapsed() / 1e6);
        t.restart();
        repo.reach({to - 334, to});
        qInfo("reach pass over 365 days %.1f ms", t.nsecsElapsed() / 1e6);
        t.restart();
        repo.cohortWeeks(endMs - 84 * 86400000LL, endMs, to - 83, to, to - 83);
        qInfo("twelve weekly cohorts in one pass %.1f ms", t.nsecsElapsed() / 1e6);
    }

    // Each report twice: first as an admin's first look (nothing kept), then again with the figures of
    // final days (older than 91 days) read back from the memo.
    void report_last7Days_byDay() { timeTwice(u"7 days by day"_s, u"day"_s, 7); }
    void report_last30Days_byDay() { timeTwice(u"30 days by day"_s, u"day"_s, 30); }
    void report_last90Days_byWeek() { timeTwice(u"90 days by week"_s, u"week"_s, 90); }
    void report_last365Days_byMonth() { timeTwice(u"365 days by month"_s, u"month"_s, 365); }
    void report_last365Days_byWeek() { timeTwice(u"365 days by week"_s, u"week"_s, 365); }
};

QTEST_GUILESS_MAIN(BenchAnalytics)
#include "bench_analytics.moc"
