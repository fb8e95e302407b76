#include "benchdatabase.h"
#include "domain/analyticsservice.h"
#include "domain/contentsums.h"
#include "domain/paymentledger.h"
#include "storage/analyticscounters.h"
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
// week per batch, or written straight to the rollups: see initTestCase), then the admin report is
// timed over the ranges the dashboard offers.
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
    /// The last schema version before the report's counters (035): the rollups alone.
    static constexpr int RollupsVersion = 34;

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

    /// Times the report three times (scripts/bench.sh reads these lines).
    void timeRounds(const QString &name, const QString &granularity, int days)
    {
        for (int round = 1; round <= 3; ++round) {
            qInfo("report, %s, round %d: %.1f ms", qPrintable(name), round, timeReport(granularity, days));
        }
    }

    /// Payments as a paid community has them: a fifth of the members pay monthly for a run of one to
    /// twelve months, a few pay for a year, some buy a course once.
    void generatePayments(QSqlDatabase db, int members, qint64 dayZeroMs)
    {
        QElapsedTimer timer;
        timer.start();
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        constexpr qint64 Day = 86400000LL;
        sql::Transaction tx(db);
        sql::Prepared pay(db, u"INSERT INTO payments (user_id, session_id, tier, period, amount_cents, currency, "
                              "status, created_at, paid_at, period_start, period_end) "
                              "VALUES (?, ?, 1, ?, ?, 'EUR', 'paid', ?, ?, ?, ?)"_s);
        qint64 rows = 0;
        const auto add = [&](int m, int n, const QString &period, qint64 cents, qint64 at, qint64 days) {
            if (at <= now) {
                const QVariant end = days > 0 ? QVariant(at + days * Day) : sql::nullInt();
                const QVariant start = days > 0 ? QVariant(at) : sql::nullInt();
                pay.run({m, u"bench-%1-%2"_s.arg(m).arg(n), period, cents, at, at, start, end});
                ++rows;
            }
        };
        for (int m = 2; m <= members; ++m) {
            const quint32 h = mix(quint32(m), 99);
            const qint64 first = dayZeroMs + qint64(h % 360) * Day + qint64(h % 86000) * 1000;
            if (h % 100 < 20) {
                const int months = 1 + int((h >> 8) % 12);
                for (int k = 0; k < months; ++k) {
                    add(m, k, u"month"_s, 2900, first + k * 30 * Day, 30);
                }
            } else if (h % 100 < 23) {
                add(m, 0, u"year"_s, 29000, first, 365);
            }
            if ((h >> 4) % 100 < 5) {
                add(m, 99, u"once"_s, 4900, first + 7 * Day, 0);
            }
        }
        tx.commit();
        qInfo("payments written in %.1f s: %lld", timer.nsecsElapsed() / 1e9, rows);
    }

    /// The year's rollups as the ingest of version 34 made them, written straight to the tables (a
    /// minute instead of a quarter of an hour through the ingest): the same members, days and reading
    /// as week() sends. The migrations after 34 then build the counters from them, as on an upgrade.
    void generateRollups(QSqlDatabase db, int members, int firstDay)
    {
        QElapsedTimer timer;
        timer.start();
        sql::Transaction tx(db);
        sql::Prepared member(db, u"INSERT INTO activity_daily (day, user_id, consumed, batches, consuming_batches, "
                                 "active_seconds, reading_seconds, reads, completions, messages) "
                                 "VALUES (?, ?, 1, 1, 1, ?, ?, 1, ?, ?)"_s);
        struct Reading
        {
            qint64 seconds = 0;
            qint64 reads = 0;
            qint64 completions = 0;
        };
        QHash<std::pair<int, int>, Reading> content;
        qint64 rows = 0;
        for (int d = 0; d < 365; ++d) {
            for (int m = 1; m <= members; ++m) {
                const quint32 keen = mix(quint32(m), 7) % 100;
                const quint32 h = mix(quint32(m), quint32(d));
                if (h % 100 >= keen / 3) {
                    continue;
                }
                const int minutes = 3 + int(h % 50);
                const int completed = h % 3 == 0 ? 1 : 0;
                member.run({firstDay + d, m, minutes * 60, minutes * 30, completed, h % 5 == 0 ? 1 : 0});
                Reading &r = content[{firstDay + d, 1 + int((h >> 9) % 5000)}];
                r.seconds += minutes * 30;
                r.reads += 1;
                r.completions += completed;
                ++rows;
            }
        }
        sql::Prepared item(db, u"INSERT INTO content_daily (day, item_type, item_id, reading_seconds, reads, "
                               "completions) VALUES (?, 'article', ?, ?, ?, ?)"_s);
        for (auto it = content.cbegin(); it != content.cend(); ++it) {
            item.run({it.key().first, it.key().second, it->seconds, it->reads, it->completions});
        }
        sql::exec(db, u"INSERT INTO community_daily (day, active_members, consumers, active_seconds, reading_seconds, "
                      "reads, completions, messages) SELECT day, COUNT(*), SUM(consumed), SUM(active_seconds), "
                      "SUM(reading_seconds), SUM(reads), SUM(completions), SUM(messages) FROM activity_daily "
                      "GROUP BY day"_s);
        tx.commit();
        qInfo("rollups written in %.1f s: activity_daily %lld, content_daily %lld", timer.nsecsElapsed() / 1e9, rows,
              qint64(content.size()));
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
        // GUILD_BENCH_INGEST_YEAR=1 folds the year in through the ingest, as clients send it (about 15
        // minutes at 100,000 members); by default the rollups are written straight and the counters
        // built from them by the migrations, as on an upgrade.
        const bool throughIngest = qEnvironmentVariableIntValue("GUILD_BENCH_INGEST_YEAR") == 1;
        const bool empty = Migrator(*m_db).currentVersion() == 0;
        QCOMPARE(Migrator(*m_db).migrate(empty && !throughIngest ? RollupsVersion : Migrator::latestVersion()),
                 QString());
        m_service = std::make_unique<AnalyticsService>(*m_db);
        m_today = QDateTime::currentDateTimeUtc().date();
        m_admin.id = 1;
        m_admin.role = guild::protocol::Role::Admin;
        m_members = std::max(1, sql::scalar(m_db->connection(), u"SELECT COUNT(*) FROM users"_s).toInt() - 1);
        reuse = reuse || m_members > 1;
        const qint64 dayZeroMs = QDateTime(m_today.addDays(-364), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
        if (reuse) {
            QCOMPARE(Migrator(*m_db).migrate(), QString());
            if (sql::scalar(m_db->connection(), u"SELECT COUNT(*) FROM payments"_s).toInt() == 0) {
                generatePayments(m_db->connection(), m_members + 1, dayZeroMs);
            }
            qInfo("reusing %s: %lld members", qPrintable(config.describe()),
                  sql::scalar(m_db->connection(), u"SELECT COUNT(*) FROM users"_s).toLongLong());
            return;
        }
        QSqlDatabase db = m_db->connection();
        {
            sql::Transaction tx(db);
            sql::Prepared user(db,
                               u"INSERT INTO users (username, email, display_name, password_hash, role, created_at) "
                               "VALUES (?, ?, ?, 'x', ?, ?)"_s);
            for (int i = 1; i <= members; ++i) {
                user.run({u"m%1"_s.arg(i), u"m%1@bench.invalid"_s.arg(i), u"Member %1"_s.arg(i),
                          i == 1 ? u"admin"_s : u"member"_s, dayZeroMs - 86400000LL + (i % 365) * 86400000LL});
            }
            tx.commit();
        }
        m_members = std::max(1, members - 1);
        generatePayments(db, members, dayZeroMs);
        if (!throughIngest) {
            generateRollups(db, members, int(dayZeroMs / 86400000LL));
            QElapsedTimer timer;
            timer.start();
            QCOMPARE(Migrator(*m_db).migrate(), QString());
            qInfo("counters built from the rollups by the migrations in %.1f s", timer.nsecsElapsed() / 1e9);
            return;
        }

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
        // Where a report's time goes, for one 30-day period and for a year.
        AnalyticsRepository repo(m_db->connection());
        AnalyticsCounters counters(m_db->connection());
        const int to = int(QDate(1970, 1, 1).daysTo(m_today));
        const qint64 endMs = (to + 1) * 86400000LL;
        QElapsedTimer t;
        t.start();
        repo.communityDays(to - 364, to);
        qInfo("the community's daily totals of a year %.1f ms", t.nsecsElapsed() / 1e6);
        t.restart();
        counters.distinctMembers(AnalyticsCounters::Kind::Consuming, to - 29, to);
        qInfo("distinct consumers (30 days) %.1f ms", t.nsecsElapsed() / 1e6);
        t.restart();
        repo.joinDays();
        qInfo("members joined per day %.1f ms", t.nsecsElapsed() / 1e6);
        t.restart();
        const PaymentLedger ledger(repo.paidPayments(), endMs);
        qInfo("paid payments read into the ledger %.1f ms", t.nsecsElapsed() / 1e6);
        t.restart();
        for (int d = to - 364; d <= to; ++d) {
            ledger.over(d * 86400000LL, (d + 1) * 86400000LL);
        }
        qInfo("money of 365 days, each alone %.1f ms", t.nsecsElapsed() / 1e6);
        t.restart();
        repo.contentSums(to - 29, to);
        qInfo("content sums from the daily rows (30 days) %.1f ms", t.nsecsElapsed() / 1e6);
        t.restart();
        repo.contentMonth(AnalyticsCounters::monthOf(to));
        qInfo("content sums of a month from content_monthly %.1f ms", t.nsecsElapsed() / 1e6);
        t.restart();
        repo.contentWeek(AnalyticsCounters::weekOf(to));
        qInfo("content sums of a week from content_weekly %.1f ms", t.nsecsElapsed() / 1e6);
        for (const int days : {365, 350, 345}) {
            t.restart();
            ContentSums(repo).over(to - days + 1 - 15, to - 15);
            qInfo("content sums over %d days ending 15 days ago %.1f ms", days, t.nsecsElapsed() / 1e6);
        }
        t.restart();
        QList<int> ends;
        for (int e = to - 364; e <= to; ++e) {
            ends.append(e);
        }
        counters.reach(ends);
        qInfo("WAU and MAU at each of 365 days %.1f ms", t.nsecsElapsed() / 1e6);
        t.restart();
        counters.cohortWeeks(AnalyticsCounters::weekOf(to) - 77, AnalyticsCounters::weekOf(to),
                             AnalyticsCounters::weekOf(to));
        qInfo("twelve weekly cohorts %.1f ms", t.nsecsElapsed() / 1e6);
    }

    void report_last7Days_byDay() { timeRounds(u"7 days by day"_s, u"day"_s, 7); }
    void report_last30Days_byDay() { timeRounds(u"30 days by day"_s, u"day"_s, 30); }
    void report_last90Days_byWeek() { timeRounds(u"90 days by week"_s, u"week"_s, 90); }
    void report_last365Days_byMonth() { timeRounds(u"365 days by month"_s, u"month"_s, 365); }
    void report_last365Days_byWeek() { timeRounds(u"365 days by week"_s, u"week"_s, 365); }
    void report_last365Days_byDay() { timeRounds(u"365 days by day"_s, u"day"_s, 365); }
};

QTEST_GUILESS_MAIN(BenchAnalytics)
#include "bench_analytics.moc"
