#include "analyticsrepository.h"

#include "protocol/limits.h"
#include "sql.h"

#include <QHash>
#include <QMap>
#include <QSet>

#include <algorithm>
#include <array>
#include <cmath>

using namespace Qt::StringLiterals;

namespace guild::server {

using namespace protocol::analytics;

namespace {

constexpr qint64 DayMs = 24LL * 3600 * 1000;

/// One member's new activity on one day, summed over a batch.
struct MemberDay
{
    bool consumed = false;
    std::array<qint64, 9> counts{}; // in the order of Counters below
};

// The counters kept per member-day and per community-day, in one order for every statement.
constexpr std::array<QLatin1StringView, 9> Counters{"active_seconds"_L1, "reading_seconds"_L1, "reads"_L1,
                                                    "completions"_L1,    "likes"_L1,           "comments"_L1,
                                                    "messages"_L1,       "answers"_L1,         "posts"_L1};

struct ContentDelta
{
    qint64 seconds = 0;
    qint64 reads = 0;
    qint64 completions = 0;
};

void count(MemberDay &day, const UsageEvent &e)
{
    switch (e.kind) {
    case EventKind::Active:
        day.counts[0] += e.seconds;
        break;
    case EventKind::Read:
        day.counts[1] += e.seconds;
        day.counts[2] += 1;
        day.consumed = true;
        break;
    case EventKind::Complete:
        day.counts[3] += 1;
        day.consumed = true;
        break;
    case EventKind::Like:
        day.counts[4] += 1;
        break;
    case EventKind::Comment:
        day.counts[5] += 1;
        break;
    case EventKind::Message:
        day.counts[6] += 1;
        break;
    case EventKind::Answer:
        day.counts[7] += 1;
        break;
    case EventKind::Post:
        day.counts[8] += 1;
        break;
    }
}

QHash<qint64, double> capToTheDay(const QSqlDatabase &db, qint64 userId, QMap<qint64, MemberDay> &days, qint64 now)
{
    // Returns, per day whose reading was cut, the share of it kept.
    // What one member can add to a day is bounded by the day itself: active time by the seconds the day
    // has had so far (all of them for a past day), reading by the member's active time. The member's row
    // is locked first, so two batches racing on other connections cannot both fill the same room.
    const bool pg = db.driverName() == u"QPSQL"_s;
    sql::Prepared ensure(db, u"INSERT INTO activity_daily (day, user_id) VALUES (?, ?) ON CONFLICT DO NOTHING"_s);
    sql::Prepared current(db, u"SELECT active_seconds, reading_seconds FROM activity_daily WHERE day = ? AND "
                              "user_id = ?"_s +
                                  (pg ? u" FOR UPDATE"_s : QString()));
    QHash<qint64, double> readingKept;
    for (auto it = days.begin(); it != days.end(); ++it) {
        const qint64 day = it.key();
        ensure.run({day, userId});
        QSqlQuery &q = current.run({day, userId});
        const qint64 active = q.next() ? q.value(0).toLongLong() : 0;
        const qint64 reading = q.value(1).toLongLong();
        q.finish();
        const qint64 dayHas = std::clamp<qint64>((now + ClockSkewMs - day * DayMs) / 1000, 0, DayMs / 1000);
        qint64 &addActive = it->counts[0];
        qint64 &addReading = it->counts[1];
        addActive = std::clamp<qint64>(dayHas - active, 0, addActive);
        const qint64 wanted = addReading;
        addReading = std::clamp<qint64>(active + addActive - reading, 0, addReading);
        if (addReading < wanted) {
            readingKept.insert(day, wanted > 0 ? double(addReading) / double(wanted) : 0.0);
        }
    }
    return readingKept;
}

QString joined(const QString &pattern)
{
    QStringList parts;
    for (QLatin1StringView c : Counters) {
        parts.append(QString(pattern).replace(u"%c"_s, QString(c)));
    }
    return parts.join(u", "_s);
}

} // namespace

IngestResult AnalyticsRepository::ingest(qint64 userId, const QList<UsageEvent> &events, qint64 now)
{
    IngestResult result;
    // Which of the batch's events are new. On PostgreSQL they go a hundred rows per statement and the
    // database names the new ids: a round trip per event made a batch slow there. SQLite is a function
    // call away, and one prepared single-row statement run per event is cheaper than preparing a long one
    // (bench/bench_analytics measures both).
    QSet<QString> stored;
    const auto row = [&](const UsageEvent &e) {
        const qint64 at = e.at.toMSecsSinceEpoch();
        const QString itemType = e.itemType.isEmpty() ? u""_s : e.itemType; // a null QString binds as NULL
        return QVariantList{userId, e.id, eventKindCode(e.kind), at / DayMs, at, e.seconds, itemType, e.itemId, now};
    };
    const QString insert = u"INSERT INTO usage_events (user_id, event_id, kind, day, occurred_at, seconds, "
                           "item_type, item_id, received_at) VALUES "_s;
    const QString oneRow = u"(?, ?, ?, ?, ?, ?, ?, ?, ?)"_s;
    if (m_db.driverName() != u"QPSQL"_s) {
        sql::Prepared insertEvent(m_db, insert + oneRow + u" ON CONFLICT DO NOTHING"_s);
        for (const UsageEvent &e : events) {
            if (insertEvent.run(row(e)).numRowsAffected() == 1) {
                stored.insert(e.id);
            }
        }
    } else {
        constexpr qsizetype RowsPerInsert = 100;
        for (qsizetype first = 0; first < events.size(); first += RowsPerInsert) {
            const qsizetype n = std::min(RowsPerInsert, events.size() - first);
            QStringList rows;
            QVariantList values;
            for (qsizetype i = first; i < first + n; ++i) {
                rows.append(oneRow);
                values += row(events.at(i));
            }
            QSqlQuery q =
                sql::exec(m_db, insert + rows.join(u", "_s) + u" ON CONFLICT DO NOTHING RETURNING event_id"_s, values);
            while (q.next()) {
                stored.insert(q.value(0).toString());
            }
        }
    }
    QMap<qint64, MemberDay> days;
    QMap<std::tuple<qint64, QString, qint64>, ContentDelta> content;
    for (const UsageEvent &e : events) {
        // The first of the batch's events with an id is the one stored; a repeat is a duplicate.
        if (!stored.remove(e.id)) {
            ++result.duplicates;
            continue;
        }
        ++result.accepted;
        const qint64 day = e.at.toMSecsSinceEpoch() / DayMs;
        count(days[day], e);
        if (!e.itemType.isEmpty()) {
            ContentDelta &c = content[{day, e.itemType, e.itemId}];
            c.seconds += e.seconds;
            c.reads += e.kind == EventKind::Read ? 1 : 0;
            c.completions += e.kind == EventKind::Complete ? 1 : 0;
        }
    }
    if (days.isEmpty()) {
        return result;
    }
    const QHash<qint64, double> readingKept = capToTheDay(m_db, userId, days, now);
    for (auto it = content.begin(); it != content.end(); ++it) {
        // Reading that did not fit the day is taken off each item in proportion.
        it->seconds = static_cast<qint64>(std::floor(it->seconds * readingKept.value(std::get<0>(it.key()), 1.0)));
    }

    // Whoever's batch is the day's first for the member (or the first to consume) counts them once in
    // the community's day, however many batches or servers race: the row lock orders the upserts.
    sql::Prepared addToMember(
        m_db, u"INSERT INTO activity_daily (day, user_id, consumed, batches, consuming_batches, "_s + joined(u"%c"_s) +
                  u") VALUES (?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (day, user_id) DO UPDATE SET "
                  "consumed = CASE WHEN excluded.consumed = 1 THEN 1 ELSE activity_daily.consumed END, "
                  "batches = activity_daily.batches + 1, "
                  "consuming_batches = activity_daily.consuming_batches + excluded.consuming_batches, "_s +
                  joined(u"%c = activity_daily.%c + excluded.%c"_s) + u" RETURNING batches, consuming_batches"_s);
    sql::Prepared addToCommunity(m_db,
                                 u"INSERT INTO community_daily (day, active_members, consumers, "_s + joined(u"%c"_s) +
                                     u") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (day) DO UPDATE SET "
                                     "active_members = community_daily.active_members + excluded.active_members, "
                                     "consumers = community_daily.consumers + excluded.consumers, "_s +
                                     joined(u"%c = community_daily.%c + excluded.%c"_s));
    for (auto it = days.cbegin(); it != days.cend(); ++it) {
        const qint64 day = it.key();
        QVariantList values;
        for (qint64 c : it->counts) {
            values.append(c);
        }
        const int consumed = it->consumed ? 1 : 0;
        QSqlQuery &member = addToMember.run(QVariantList{day, userId, consumed, consumed} + values);
        if (!member.next()) {
            throw sql::Error(member.lastError());
        }
        const bool firstToday = member.value(0).toInt() == 1;
        const bool firstConsumed = it->consumed && member.value(1).toInt() == 1;
        member.finish();
        addToCommunity.run(QVariantList{day, firstToday ? 1 : 0, firstConsumed ? 1 : 0} + values);
    }
    if (content.isEmpty()) {
        return result;
    }
    sql::Prepared addToContent(m_db, u"INSERT INTO content_daily (day, item_type, item_id, reading_seconds, reads, "
                                     "completions) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (day, item_type, item_id) "
                                     "DO UPDATE SET reading_seconds = content_daily.reading_seconds + "
                                     "excluded.reading_seconds, reads = content_daily.reads + excluded.reads, "
                                     "completions = content_daily.completions + excluded.completions"_s);
    for (auto it = content.cbegin(); it != content.cend(); ++it) {
        const auto &[day, type, item] = it.key();
        addToContent.run({day, type, item, it->seconds, it->reads, it->completions});
    }
    return result;
}

double AnalyticsRepository::addTotals(int fromDay, int toDay, PeriodFigures &f)
{
    QSqlQuery q = sql::exec(m_db,
                            u"SELECT COALESCE(SUM(active_members), 0), "_s + joined(u"COALESCE(SUM(%c), 0)"_s) +
                                u" FROM community_daily WHERE day BETWEEN ? AND ?"_s,
                            {fromDay, toDay});
    if (!q.next()) {
        return 0;
    }
    // In the order of Counters.
    double *fields[] = {&f.activeSeconds, &f.readingSeconds, &f.reads,   &f.completions, &f.likes,
                        &f.comments,      &f.messages,       &f.answers, &f.posts};
    for (int i = 0; i < 9; ++i) {
        *fields[i] += q.value(i + 1).toDouble();
    }
    return q.value(0).toDouble();
}

double AnalyticsRepository::consumers(int fromDay, int toDay)
{
    return sql::scalar(
               m_db, u"SELECT COUNT(DISTINCT user_id) FROM activity_daily WHERE day BETWEEN ? AND ? AND consumed = 1"_s,
               {fromDay, toDay})
        .toDouble();
}

QHash<int, std::pair<double, double>> AnalyticsRepository::reach(const QList<int> &endDays)
{
    QHash<int, std::pair<double, double>> out;
    if (endDays.isEmpty()) {
        return out;
    }
    const int first = endDays.first() - 29;
    const int last = endDays.last();
    // lastSeen[member] is the latest day they were active so far; byLastSeen[d] how many members' latest
    // day is d. After day e, those active in [e - 29, e] are the members whose latest day is in it.
    QHash<qint64, int> lastSeen;
    QList<int> byLastSeen(last - first + 1, 0);
    qsizetype next = 0;
    auto settle = [&](int upTo) {
        for (; next < endDays.size() && endDays.at(next) < upTo; ++next) {
            const int e = endDays.at(next);
            double week = 0;
            double month = 0;
            for (int d = std::max(first, e - 29); d <= e; ++d) {
                month += byLastSeen.at(d - first);
                week += d >= e - 6 ? byLastSeen.at(d - first) : 0;
            }
            out.insert(e, {week, month});
        }
    };
    QSqlQuery q = sql::exec(m_db, u"SELECT day, user_id FROM activity_daily WHERE day BETWEEN ? AND ? ORDER BY day"_s,
                            {first, last});
    while (q.next()) {
        const int day = q.value(0).toInt();
        settle(day);
        const qint64 member = q.value(1).toLongLong();
        const auto it = lastSeen.find(member);
        if (it != lastSeen.end()) {
            --byLastSeen[*it - first];
            *it = day;
        } else {
            lastSeen.insert(member, day);
        }
        ++byLastSeen[day - first];
    }
    settle(last + 1);
    return out;
}

double AnalyticsRepository::membersBefore(qint64 beforeMs)
{
    return sql::scalar(m_db, u"SELECT COUNT(*) FROM users WHERE created_at < ?"_s, {beforeMs}).toDouble();
}

double AnalyticsRepository::membersJoined(qint64 fromMs, qint64 toMs)
{
    return sql::scalar(m_db, u"SELECT COUNT(*) FROM users WHERE created_at >= ? AND created_at < ?"_s, {fromMs, toMs})
        .toDouble();
}

MoneyFigures AnalyticsRepository::money(qint64 fromMs, qint64 toMs, qint64 now)
{
    MoneyFigures m;
    // Tier payments count for the days they really paid for (period_start to period_end: a renewal's
    // days follow the current ones, an upgrade or an admin's correction ends them early).
    const QString tierPaid = u"status = 'paid' AND period IN ('month', 'year')"_s;
    // Paying members: a tier payment covering part of the period, or a course bought in it.
    m.payers = sql::scalar(m_db,
                           u"SELECT COUNT(DISTINCT user_id) FROM payments WHERE status = 'paid' AND ("
                           "(period IN ('month', 'year') AND period_start < ? AND period_end > ?) OR "
                           "(period = 'once' AND paid_at >= ? AND paid_at < ?))"_s,
                           {toMs, fromMs, fromMs, toMs})
                   .toDouble();
    m.revenueCents = sql::scalar(m_db,
                                 u"SELECT COALESCE(SUM(amount_cents), 0) FROM payments "
                                 "WHERE status = 'paid' AND paid_at >= ? AND paid_at < ?"_s,
                                 {fromMs, toMs})
                         .toDouble();
    // Monthly recurring revenue at the period's end: tier payments in force then, a year counted as 1/12.
    m.mrrCents = sql::scalar(m_db,
                             u"SELECT COALESCE(SUM(CASE period WHEN 'year' THEN amount_cents / 12.0 ELSE amount_cents "
                             "END), 0) FROM payments WHERE "_s +
                                 tierPaid + u" AND period_start < ? AND period_end >= ?"_s,
                             {toMs, toMs})
                     .toDouble();
    // Churned: the member's last paid period ended, and the grace period after it too, in the period
    // (and by now: a lapse still to come is not a churn yet). A renewal in grace continues the period.
    m.churned =
        sql::scalar(m_db,
                    u"SELECT COUNT(*) FROM (SELECT user_id, MAX(period_end) + ? AS lapsed_ms FROM payments "
                    "WHERE "_s +
                        tierPaid +
                        u" GROUP BY user_id) covers WHERE lapsed_ms >= ? AND lapsed_ms < ? AND lapsed_ms <= ?"_s,
                    {protocol::limits::MembershipGraceMs, fromMs, toMs, now})
            .toDouble();
    // Converted: the member's first payment of any kind fell in the period.
    m.converted = sql::scalar(m_db,
                              u"SELECT COUNT(*) FROM (SELECT user_id, MIN(paid_at) AS first_ms FROM payments "
                              "WHERE status = 'paid' GROUP BY user_id) firsts WHERE first_ms >= ? AND first_ms < ?"_s,
                              {fromMs, toMs})
                      .toDouble();
    return m;
}

namespace {
QList<ContentFigure> readContent(QSqlQuery q)
{
    QList<ContentFigure> rows;
    while (q.next()) {
        rows.append({q.value(0).toString(), q.value(1).toLongLong(), QString(), q.value(2).toDouble(),
                     q.value(3).toDouble(), q.value(4).toDouble()});
    }
    return rows;
}
} // namespace

QList<ContentFigure> AnalyticsRepository::contentSums(int fromDay, int toDay)
{
    return readContent(sql::exec(m_db,
                                 u"SELECT item_type, item_id, SUM(reading_seconds), SUM(completions), SUM(reads) "
                                 "FROM content_daily WHERE day BETWEEN ? AND ? GROUP BY item_type, item_id"_s,
                                 {fromDay, toDay}));
}

QList<ContentFigure> AnalyticsRepository::contentMonth(int monthDay)
{
    return readContent(sql::exec(m_db,
                                 u"SELECT item_type, item_id, reading_seconds, completions, reads "
                                 "FROM content_monthly WHERE month_day = ?"_s,
                                 {monthDay}));
}

void AnalyticsRepository::fillContentMonth(int monthDay, int lastDay)
{
    sql::Transaction tx(m_db);
    sql::exec(m_db,
              u"INSERT INTO content_monthly (month_day, item_type, item_id, reading_seconds, completions, reads) "
              "SELECT ?, item_type, item_id, SUM(reading_seconds), SUM(completions), SUM(reads) FROM content_daily "
              "WHERE day BETWEEN ? AND ? GROUP BY item_type, item_id ON CONFLICT DO NOTHING"_s,
              {monthDay, monthDay, lastDay});
    tx.commit();
}

void AnalyticsRepository::addTitles(QList<ContentFigure> &items)
{
    for (ContentFigure &c : items) {
        c.title = sql::scalar(m_db,
                              c.itemType == u"article"_s ? u"SELECT title FROM articles WHERE id = ?"_s
                                                         : u"SELECT title FROM lessons WHERE id = ?"_s,
                              {c.itemId})
                      .toString();
    }
}

QHash<std::pair<int, int>, double> AnalyticsRepository::cohortWeeks(qint64 fromMs, qint64 toMs, int fromDay, int toDay,
                                                                    int gridDay)
{
    const auto weekOf = [gridDay](qint64 day) {
        const qint64 offset = ((day - gridDay) % 7 + 7) % 7;
        return int(day - offset);
    };
    QSet<std::pair<qint64, int>> seen; // (member, active week): each counted once
    QHash<std::pair<int, int>, double> counts;
    QSqlQuery q =
        sql::exec(m_db,
                  u"SELECT a.day, a.user_id, u.created_at FROM activity_daily a JOIN users u ON u.id = a.user_id "
                  "WHERE u.created_at >= ? AND u.created_at < ? AND a.day BETWEEN ? AND ?"_s,
                  {fromMs, toMs, fromDay, toDay});
    while (q.next()) {
        const int week = weekOf(q.value(0).toInt());
        const qint64 member = q.value(1).toLongLong();
        if (!seen.contains({member, week})) {
            seen.insert({member, week});
            counts[{weekOf(q.value(2).toLongLong() / DayMs), week}] += 1;
        }
    }
    return counts;
}

std::optional<Weights> AnalyticsRepository::weights(int version)
{
    QSqlQuery q = sql::exec(m_db,
                            u"SELECT w.version, w.alpha, w.beta, w.gamma, w.set_at, COALESCE(u.display_name, '') "
                            "FROM activity_weights w LEFT JOIN users u ON u.id = w.set_by "
                            "WHERE ? = 0 OR w.version = ? ORDER BY w.version DESC LIMIT 1"_s,
                            {version, version});
    if (!q.next()) {
        return std::nullopt;
    }
    const qint64 setAt = q.value(4).toLongLong();
    return Weights{q.value(0).toInt(),
                   q.value(1).toDouble(),
                   q.value(2).toDouble(),
                   q.value(3).toDouble(),
                   setAt > 0 ? QDateTime::fromMSecsSinceEpoch(setAt, Qt::UTC) : QDateTime(),
                   q.value(5).toString()};
}

QList<Weights> AnalyticsRepository::weightHistory()
{
    QList<int> versions;
    {
        QSqlQuery q = sql::exec(m_db, u"SELECT version FROM activity_weights ORDER BY version DESC LIMIT 100"_s);
        while (q.next()) {
            versions.append(q.value(0).toInt());
        }
    }
    QList<Weights> list;
    for (int v : versions) {
        if (const auto w = weights(v)) {
            list.append(*w);
        }
    }
    return list;
}

int AnalyticsRepository::addWeights(double alpha, double beta, double gamma, qint64 userId, qint64 now)
{
    return sql::scalar(m_db,
                       u"INSERT INTO activity_weights (alpha, beta, gamma, set_by, set_at) VALUES (?, ?, ?, ?, ?) "
                       "RETURNING version"_s,
                       {alpha, beta, gamma, userId, now})
        .toInt();
}

QList<MyDay> AnalyticsRepository::memberDays(qint64 userId, int fromDay, int toDay)
{
    QList<MyDay> list;
    {
        QSqlQuery q = sql::exec(m_db,
                                u"SELECT day, active_seconds, reading_seconds, completions FROM activity_daily "
                                "WHERE user_id = ? AND day BETWEEN ? AND ? ORDER BY day"_s,
                                {userId, fromDay, toDay});
        while (q.next()) {
            list.append({QDate(1970, 1, 1).addDays(q.value(0).toLongLong()), q.value(1).toDouble(),
                         q.value(2).toDouble(), q.value(3).toDouble(), 0});
        }
    }
    // Points are booked on the member's own calendar day.
    QHash<QString, double> points;
    {
        QSqlQuery q =
            sql::exec(m_db,
                      u"SELECT day, SUM(points) FROM points_ledger WHERE user_id = ? AND day >= ? AND day <= ? "
                      "GROUP BY day"_s,
                      {userId, QDate(1970, 1, 1).addDays(fromDay).toString(Qt::ISODate),
                       QDate(1970, 1, 1).addDays(toDay).toString(Qt::ISODate)});
        while (q.next()) {
            points.insert(q.value(0).toString(), q.value(1).toDouble());
        }
    }
    for (MyDay &d : list) {
        d.points = points.take(d.day.toString(Qt::ISODate));
    }
    for (auto it = points.cbegin(); it != points.cend(); ++it) {
        list.append({QDate::fromString(it.key(), Qt::ISODate), 0, 0, 0, it.value()});
    }
    std::sort(list.begin(), list.end(), [](const MyDay &a, const MyDay &b) { return a.day < b.day; });
    return list;
}

} // namespace guild::server
