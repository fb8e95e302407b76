#include "domain/contentsums.h"
#include "domain/paymentledger.h"
#include "domain/reportbuilder.h"
#include "protocol/limits.h"
#include "storage/analyticscounters.h"
#include "storage/analyticsrepository.h"
#include "storage/database.h"
#include "storage/migrator.h"
#include "storage/sql.h"
#include "support/scratchdatabase.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <random>

using namespace Qt::StringLiterals;
using namespace guild::server;
using namespace guild::protocol::analytics;
using guild::test::ScratchDatabase;

namespace {
constexpr qint64 DayMs = 24LL * 3600 * 1000;
constexpr int Members = 30;
} // namespace

// The report's counters on a real database (SQLite, and PostgreSQL with GUILD_TEST_DATABASE=postgres):
// however the usage events arrive (days out of order, several days per batch, batches sent twice),
// and when the migration builds them from rollups already there, they say what a scan of every
// member-day says: distinct members and consumers of any range, WAU and MAU, cohorts, monthly and
// weekly reading; and the money figures from one read of the payments say what a statement each does.
class TestAnalyticsCounters : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<ScratchDatabase> m_scratch;
    std::unique_ptr<Database> m_db;
    int m_databases = 0;
    const int m_first = ReportBuilder::dayOf(QDate(2026, 1, 5)); // a Monday
    const int m_last = m_first + 119;

    /// A new, empty database at `version` (0: the latest).
    void open(int version = 0)
    {
        m_db.reset();
        m_scratch.reset();
        std::optional<DatabaseConfig> config;
        if (ScratchDatabase::wanted()) {
            m_scratch = std::make_unique<ScratchDatabase>();
            QVERIFY(m_scratch->create());
            QString why;
            config = DatabaseConfig::fromUrl(m_scratch->url(), &why);
            QVERIFY2(config, qPrintable(why));
        } else {
            config = DatabaseConfig::sqlite(m_dir.filePath(u"counters%1.sqlite"_s.arg(++m_databases)));
        }
        m_db = std::make_unique<Database>(*config);
        Migrator migrator(*m_db);
        QCOMPARE(version > 0 ? migrator.migrate(version) : migrator.migrate(), QString());
        QSqlDatabase db = m_db->connection();
        for (int i = 1; i <= Members; ++i) {
            // Members join over the month before the first day and the whole range.
            const qint64 joined = (m_first - 30 + (i * 149) % 150) * DayMs + 9 * 3600 * 1000;
            sql::exec(db,
                      u"INSERT INTO users (username, email, display_name, password_hash, role, created_at) "
                      "VALUES (?, ?, ?, 'x', 'member', ?)"_s,
                      {u"m%1"_s.arg(i), u"m%1@counters.invalid"_s.arg(i), u"M%1"_s.arg(i), joined});
        }
    }

    qint64 memberId(int i)
    {
        return sql::scalar(m_db->connection(), u"SELECT id FROM users WHERE username = ?"_s, {u"m%1"_s.arg(i)})
            .toLongLong();
    }

    /// Each member's days of use, from a fixed seed: activity on about a third of the days after they
    /// joined, reading on most of those, a completion now and then.
    QList<std::pair<qint64, QList<UsageEvent>>> usageByDay()
    {
        QList<std::pair<qint64, QList<UsageEvent>>> days;
        QRandomGenerator rng(17);
        for (int i = 1; i <= Members; ++i) {
            const qint64 id = memberId(i);
            const int joined =
                int(sql::scalar(m_db->connection(), u"SELECT created_at FROM users WHERE id = ?"_s, {id}).toLongLong() /
                    DayMs);
            const int keen = 10 + int(rng.bounded(50));
            for (int d = std::max(joined, m_first); d <= m_last; ++d) {
                if (int(rng.bounded(100)) >= keen) {
                    continue;
                }
                const QDateTime at = QDateTime::fromMSecsSinceEpoch(d * DayMs + rng.bounded(80000) * 1000LL, Qt::UTC);
                const QString eid = u"%1-%2-"_s.arg(id).arg(d);
                QList<UsageEvent> events{{eid + u'a', EventKind::Active, at, 1200, {}, 0}};
                if (rng.bounded(100) < 60) {
                    events.append({eid + u'r', EventKind::Read, at, 300, u"article"_s, 1 + rng.bounded(6)});
                }
                if (rng.bounded(100) < 20) {
                    events.append({eid + u'c', EventKind::Complete, at, 0, u"lesson"_s, 1 + rng.bounded(3)});
                }
                days.append({id, events});
            }
        }
        return days;
    }

    void ingest(qint64 member, const QList<UsageEvent> &events)
    {
        QSqlDatabase db = m_db->connection();
        sql::Transaction tx(db);
        AnalyticsRepository(db).ingest(member, events, (m_last + 2) * DayMs);
        tx.commit();
    }

    double scanned(const QString &condition, const QVariantList &bindings)
    {
        return sql::scalar(m_db->connection(),
                           u"SELECT COUNT(DISTINCT a.user_id) FROM activity_daily a JOIN users u ON u.id = a.user_id "
                           "WHERE "_s +
                               condition,
                           bindings)
            .toDouble();
    }

    /// Every figure the counters give, against a scan of activity_daily and content_daily.
    void verifyAgainstTheRollups()
    {
        AnalyticsCounters counters(m_db->connection());
        AnalyticsRepository repo(m_db->connection());
        QVERIFY(scanned(u"a.day BETWEEN ? AND ?"_s, {m_first, m_last}) > Members / 2);
        QRandomGenerator rng(5);
        QList<std::pair<int, int>> ranges{
            {m_first, m_last}, {m_first, m_first}, {m_last, m_last}, {m_first - 9, m_first}};
        for (int n = 0; n < 60; ++n) {
            const int a = m_first + int(rng.bounded(120));
            ranges.append({a, std::min(m_last + 3, a + int(rng.bounded(n % 2 ? 40 : 100)))});
        }
        for (const auto &[a, b] : ranges) {
            QCOMPARE(counters.distinctMembers(AnalyticsCounters::Kind::Active, a, b),
                     scanned(u"a.day BETWEEN ? AND ?"_s, {a, b}));
            QCOMPARE(counters.distinctMembers(AnalyticsCounters::Kind::Consuming, a, b),
                     scanned(u"a.day BETWEEN ? AND ? AND a.consumed = 1"_s, {a, b}));
        }
        QList<int> ends;
        for (int e = m_first; e <= m_last + 31; e += 3) {
            ends.append(e);
        }
        const auto reach = counters.reach(ends);
        for (int e : ends) {
            QCOMPARE(reach.value(e).first, scanned(u"a.day BETWEEN ? AND ?"_s, {e - 6, e}));
            QCOMPARE(reach.value(e).second, scanned(u"a.day BETWEEN ? AND ?"_s, {e - 29, e}));
        }
        const int firstWeek = AnalyticsCounters::weekOf(m_first - 30);
        const int lastWeek = AnalyticsCounters::weekOf(m_last);
        const auto cohorts = counters.cohortWeeks(firstWeek, lastWeek, lastWeek);
        double cells = 0;
        for (int join = firstWeek; join <= lastWeek; join += 7) {
            for (int week = join; week <= lastWeek; week += 7) {
                const double active = scanned(u"u.created_at >= ? AND u.created_at < ? AND a.day BETWEEN ? AND ?"_s,
                                              {join * DayMs, (join + 7) * DayMs, week, week + 6});
                QCOMPARE(cohorts.value({join, week}), active);
                cells += active;
            }
        }
        QVERIFY(cells > 0);
        const auto byItem = [](QList<ContentFigure> rows) {
            std::sort(rows.begin(), rows.end(), [](const ContentFigure &x, const ContentFigure &y) {
                return std::tie(x.itemType, x.itemId) < std::tie(y.itemType, y.itemId);
            });
            QList<QList<double>> out;
            for (const ContentFigure &c : rows) {
                out.append({double(c.itemId), c.readingSeconds, c.reads, c.completions});
            }
            return out;
        };
        for (QDate month(2025, 12, 1); ReportBuilder::dayOf(month) <= m_last; month = month.addMonths(1)) {
            const int first = ReportBuilder::dayOf(month);
            QCOMPARE(AnalyticsCounters::monthOf(first + month.daysInMonth() - 1), first);
            QCOMPARE(byItem(repo.contentMonth(first)),
                     byItem(repo.contentSums(first, first + month.daysInMonth() - 1)));
        }
        for (int week = AnalyticsCounters::weekOf(m_first - 7); week <= m_last; week += 7) {
            QCOMPARE(byItem(repo.contentWeek(week)), byItem(repo.contentSums(week, week + 6)));
        }
        // Any range from months, weeks and days: as the daily rows say, whatever the plan.
        for (const auto &[a, b] : ranges) {
            QCOMPARE(byItem(ContentSums(repo).over(a, b)), byItem(repo.contentSums(a, b)));
        }
        QCOMPARE(byItem(ContentSums(repo).over(m_first - 40, m_last + 40)),
                 byItem(repo.contentSums(m_first - 40, m_last + 40)));
    }

private Q_SLOTS:
    void counters_matchTheRollups_howeverTheEventsArrive()
    {
        open();
        if (QTest::currentTestFailed()) {
            return;
        }
        // Each member's days in a shuffled order, one to five days per batch, and some batches twice.
        std::mt19937 shuffle(3);
        QList<std::pair<qint64, QList<UsageEvent>>> batches;
        const auto days = usageByDay();
        QHash<qint64, QList<QList<UsageEvent>>> byMember;
        for (const auto &[member, day] : days) {
            byMember[member].append(day);
        }
        for (auto it = byMember.begin(); it != byMember.end(); ++it) {
            std::shuffle(it->begin(), it->end(), shuffle);
            for (qsizetype i = 0; i < it->size();) {
                QList<UsageEvent> batch;
                const qsizetype n = 1 + qsizetype(shuffle() % 5);
                for (qsizetype k = 0; k < n && i < it->size(); ++k, ++i) {
                    batch += it->at(i);
                }
                batches.append({it.key(), batch});
                if (shuffle() % 10 == 0) {
                    batches.append({it.key(), batch});
                }
            }
        }
        std::shuffle(batches.begin(), batches.end(), shuffle);
        for (const auto &[member, events] : batches) {
            ingest(member, events);
        }
        verifyAgainstTheRollups();
    }

    void counters_areBuiltFromTheRollupsAlreadyThere_byTheMigration()
    {
        // A database from before the counters, its rollups filled as the ingest of that version did.
        open(34);
        if (QTest::currentTestFailed()) {
            return;
        }
        QSqlDatabase db = m_db->connection();
        for (const auto &[member, day] : usageByDay()) {
            const int d = int(day.first().at.toMSecsSinceEpoch() / DayMs);
            bool consumed = false;
            for (const UsageEvent &e : day) {
                if (!e.itemType.isEmpty()) {
                    consumed = true;
                    sql::exec(
                        db,
                        u"INSERT INTO content_daily (day, item_type, item_id, reading_seconds, reads, completions) "
                        "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (day, item_type, item_id) DO UPDATE SET "
                        "reading_seconds = content_daily.reading_seconds + excluded.reading_seconds, "
                        "reads = content_daily.reads + excluded.reads, "
                        "completions = content_daily.completions + excluded.completions"_s,
                        {d, e.itemType, e.itemId, e.seconds, e.kind == EventKind::Read ? 1 : 0,
                         e.kind == EventKind::Complete ? 1 : 0});
                }
            }
            sql::exec(
                db,
                u"INSERT INTO activity_daily (day, user_id, consumed, batches, consuming_batches, active_seconds) "
                "VALUES (?, ?, ?, 1, ?, 1200)"_s,
                {d, member, consumed ? 1 : 0, consumed ? 1 : 0});
        }
        QCOMPARE(Migrator(*m_db).migrate(), QString());
        verifyAgainstTheRollups();
    }

    void report_readsTheCounters_andMatchesTheRollups()
    {
        open();
        if (QTest::currentTestFailed()) {
            return;
        }
        for (const auto &[member, day] : usageByDay()) {
            ingest(member, day);
        }
        QSqlDatabase db = m_db->connection();
        AnalyticsRepository repo(db);
        AnalyticsCounters counters(db);
        // Months cut by the range at both ends.
        const QDate from = QDate(1970, 1, 1).addDays(m_first + 12);
        const QDate to = QDate(1970, 1, 1).addDays(m_last - 10);
        const Report report = ReportBuilder(repo, counters).build(from, to, u"month"_s, Weights{});
        QCOMPARE(report.periods.size(), 4);
        for (const PeriodFigures &p : report.periods) {
            const int a = ReportBuilder::dayOf(p.start);
            const int b = ReportBuilder::dayOf(p.end);
            QCOMPARE(p.consumers, scanned(u"a.day BETWEEN ? AND ? AND a.consumed = 1"_s, {a, b}));
            QCOMPARE(p.mau, scanned(u"a.day BETWEEN ? AND ?"_s, {b - 29, b}));
            QCOMPARE(p.wau, scanned(u"a.day BETWEEN ? AND ?"_s, {b - 6, b}));
        }
        // The range as one period, and the range of the same length before it, for the headline figures.
        QVERIFY(report.total && report.previousTotal);
        const int first = ReportBuilder::dayOf(from);
        const int last = ReportBuilder::dayOf(to);
        const int length = last - first + 1;
        QCOMPARE(report.total->start, from);
        QCOMPARE(report.total->end, to);
        QCOMPARE(report.previousTotal->start, from.addDays(-length));
        QCOMPARE(report.previousTotal->end, from.addDays(-1));
        double reads = 0;
        for (const PeriodFigures &p : report.periods) {
            reads += p.reads;
        }
        QCOMPARE(report.total->reads, reads);
        QCOMPARE(report.total->consumers, scanned(u"a.day BETWEEN ? AND ? AND a.consumed = 1"_s, {first, last}));
        QCOMPARE(report.total->mau, scanned(u"a.day BETWEEN ? AND ?"_s, {last - 29, last}));
        QCOMPARE(report.previousTotal->consumers,
                 scanned(u"a.day BETWEEN ? AND ? AND a.consumed = 1"_s, {first - length, first - 1}));
        // A week against the week before, which is that week's own report (the ingest took the last
        // month's events only, so both weeks are inside it).
        const Report lastWeek = ReportBuilder(repo, counters).build(to.addDays(-6), to, u"day"_s, Weights{});
        const Report before =
            ReportBuilder(repo, counters).build(to.addDays(-13), to.addDays(-7), u"week"_s, Weights{});
        QVERIFY(lastWeek.previousTotal && before.total);
        QCOMPARE(lastWeek.previousTotal->consumers, before.total->consumers);
        QVERIFY(lastWeek.previousTotal->consumers > 0);
        QCOMPARE(lastWeek.previousTotal->consumers,
                 scanned(u"a.day BETWEEN ? AND ? AND a.consumed = 1"_s, {last - 13, last - 7}));
        QCOMPARE(lastWeek.previousTotal->reads, before.total->reads);
        QCOMPARE(lastWeek.previousTotal->mau, before.total->mau);
        QCOMPARE(lastWeek.previousTotal->activity, before.total->activity);
        // Top content over the range, as the daily rows rank it.
        QSqlQuery q = sql::exec(db,
                                u"SELECT item_type, item_id, SUM(reading_seconds), SUM(completions) FROM content_daily "
                                "WHERE day BETWEEN ? AND ? GROUP BY item_type, item_id "
                                "ORDER BY SUM(reading_seconds) DESC, SUM(completions) DESC, item_type, item_id"_s,
                                {ReportBuilder::dayOf(from), ReportBuilder::dayOf(to)});
        QList<std::pair<QString, double>> expected;
        while (q.next()) {
            expected.append({q.value(0).toString() + QString::number(q.value(1).toLongLong()), q.value(2).toDouble()});
        }
        QList<std::pair<QString, double>> top;
        for (const ContentFigure &c : report.topByReading) {
            top.append({c.itemType + QString::number(c.itemId), c.readingSeconds});
        }
        QCOMPARE(top.size(), std::min<qsizetype>(10, expected.size()));
        QCOMPARE(top, expected.first(top.size()));
        QVERIFY(top.size() >= 6);
        // Cohorts: the share of each week's joiners active in each later week.
        QVERIFY(!report.cohorts.isEmpty());
        for (const Cohort &c : report.cohorts) {
            const int join = ReportBuilder::dayOf(c.week);
            for (qsizetype w = 0; w < c.retention.size(); ++w) {
                const int week = join + 7 * int(w);
                const double active = scanned(u"u.created_at >= ? AND u.created_at < ? AND a.day BETWEEN ? AND ?"_s,
                                              {join * DayMs, (join + 7) * DayMs, week, week + 6});
                QCOMPARE(c.retention.at(w), c.size > 0 ? active / c.size : 0.0);
            }
        }
    }

    void money_fromOneReadOfThePayments_matchesAStatementPerFigure()
    {
        open();
        if (QTest::currentTestFailed()) {
            return;
        }
        QSqlDatabase db = m_db->connection();
        // Runs of monthly payments with gaps, years, purchases once, payments never paid, and periods cut
        // short (or before they began) by an upgrade or an admin.
        QRandomGenerator rng(23);
        int session = 0;
        for (int i = 1; i <= Members; ++i) {
            const qint64 member = memberId(i);
            qint64 at = (m_first - 40 + qint64(rng.bounded(100))) * DayMs + rng.bounded(80000) * 1000LL;
            for (int n = int(rng.bounded(8)); n > 0; --n) {
                const int kind = int(rng.bounded(10));
                const QString period = kind < 6 ? u"month"_s : kind < 8 ? u"year"_s : u"once"_s;
                const QString status = rng.bounded(10) == 0 ? u"pending"_s : u"paid"_s;
                const qint64 days = period == u"year"_s ? 365 : 30;
                QVariant start = sql::nullInt();
                QVariant end = sql::nullInt();
                if (period != u"once"_s) {
                    start = at;
                    const int cut = int(rng.bounded(10));
                    end = cut == 0 ? at + rng.bounded(10) * DayMs : cut == 1 ? at - DayMs : at + days * DayMs;
                }
                sql::exec(
                    db,
                    u"INSERT INTO payments (user_id, session_id, tier, period, amount_cents, currency, status, "
                    "created_at, paid_at, period_start, period_end) VALUES (?, ?, 1, ?, ?, 'EUR', ?, ?, ?, ?, ?)"_s,
                    {member, u"s%1"_s.arg(++session), period, 1000 + rng.bounded(5000), status, at,
                     status == u"paid"_s ? QVariant(at) : sql::nullInt(), start, end});
                at += (period == u"once"_s ? 3 : rng.bounded(3) == 0 ? days + 20 : days) * DayMs;
            }
        }
        const qint64 now = (m_last - 20) * DayMs + 5000;
        const PaymentLedger ledger(AnalyticsRepository(db).paidPayments(), now);
        const QString tierPaid = u"status = 'paid' AND period IN ('month', 'year')"_s;
        const auto statement = [&](const QString &text, const QVariantList &bindings) {
            return sql::scalar(db, text, bindings).toDouble();
        };
        int periods = 0;
        double seen = 0;
        for (int a = m_first - 60; a <= m_last + 60; a += 1 + int(rng.bounded(9))) {
            const int b = a + int(rng.bounded(35));
            const qint64 from = a * DayMs;
            const qint64 to = (b + 1) * DayMs;
            const MoneyFigures m = ledger.over(from, to);
            QCOMPARE(m.payers, statement(u"SELECT COUNT(DISTINCT user_id) FROM payments WHERE status = 'paid' AND ("
                                         "(period IN ('month', 'year') AND period_start < ? AND period_end > ? AND "
                                         "period_end > period_start) OR (period = 'once' AND paid_at >= ? AND "
                                         "paid_at < ?))"_s,
                                         {to, from, from, to}));
            QCOMPARE(m.revenueCents, statement(u"SELECT COALESCE(SUM(amount_cents), 0) FROM payments WHERE "
                                               "status = 'paid' AND paid_at >= ? AND paid_at < ?"_s,
                                               {from, to}));
            QCOMPARE(m.mrrCents, statement(u"SELECT COALESCE(SUM(CASE period WHEN 'year' THEN amount_cents / 12.0 "
                                           "ELSE amount_cents END), 0) FROM payments WHERE "_s +
                                               tierPaid + u" AND period_start < ? AND period_end >= ?"_s,
                                           {to, to}));
            QCOMPARE(m.churned, statement(u"SELECT COUNT(*) FROM (SELECT user_id, MAX(period_end) + ? AS lapsed_ms "
                                          "FROM payments WHERE "_s +
                                              tierPaid +
                                              u" GROUP BY user_id) c WHERE lapsed_ms >= ? AND lapsed_ms < ? AND "
                                              "lapsed_ms <= ?"_s,
                                          {guild::protocol::limits::MembershipGraceMs, from, to, now}));
            QCOMPARE(m.converted, statement(u"SELECT COUNT(*) FROM (SELECT user_id, MIN(paid_at) AS first_ms FROM "
                                            "payments WHERE status = 'paid' GROUP BY user_id) f WHERE first_ms >= ? "
                                            "AND first_ms < ?"_s,
                                            {from, to}));
            ++periods;
            seen += m.payers + m.churned + m.converted;
        }
        QVERIFY(periods > 20);
        QVERIFY(seen > 0);
    }

    void cleanupTestCase()
    {
        m_db.reset();
        m_scratch.reset();
    }
};

QTEST_GUILESS_MAIN(TestAnalyticsCounters)
#include "tst_analyticscounters.moc"
