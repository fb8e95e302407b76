#include "analyticsrepository.h"

#include "analyticscounters.h"
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
    if (m_db.driverName() == u"QPSQL"_s) {
        // One batch of a member's at a time, whichever process: the counters place each new day between
        // the member's days already counted, which a racing batch's uncommitted day would not be among.
        sql::exec(m_db, u"SELECT id FROM users WHERE id = ? FOR NO KEY UPDATE"_s, {userId});
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
    AnalyticsCounters counters(m_db);
    for (auto it = days.cbegin(); it != days.cend(); ++it) { // ascending, as the counters need
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
        if (firstToday) {
            counters.noteActiveDay(userId, static_cast<int>(day));
        }
        if (firstConsumed) {
            counters.noteConsumingDay(userId, static_cast<int>(day));
        }
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
        counters.addContent(static_cast<int>(day), type, item, it->seconds, it->reads, it->completions);
    }
    return result;
}

void CommunityDay::addTo(PeriodFigures &f) const
{
    // In the order of Counters.
    double *fields[] = {&f.activeSeconds, &f.readingSeconds, &f.reads,   &f.completions, &f.likes,
                        &f.comments,      &f.messages,       &f.answers, &f.posts};
    for (size_t i = 0; i < counts.size(); ++i) {
        *fields[i] += counts.at(i);
    }
}

QList<CommunityDay> AnalyticsRepository::communityDays(int fromDay, int toDay)
{
    QList<CommunityDay> days;
    QSqlQuery q = sql::exec(m_db,
                            u"SELECT day, active_members, "_s + joined(u"%c"_s) +
                                u" FROM community_daily WHERE day BETWEEN ? AND ? ORDER BY day"_s,
                            {fromDay, toDay});
    while (q.next()) {
        CommunityDay d;
        d.day = q.value(0).toInt();
        d.activeMembers = q.value(1).toDouble();
        for (size_t i = 0; i < d.counts.size(); ++i) {
            d.counts.at(i) = q.value(int(i) + 2).toDouble();
        }
        days.append(d);
    }
    return days;
}

QList<std::pair<int, double>> AnalyticsRepository::joinDays()
{
    QList<std::pair<int, double>> days;
    QSqlQuery q = sql::exec(m_db, u"SELECT created_at / 86400000, COUNT(*) FROM users GROUP BY created_at / 86400000 "
                                  "ORDER BY 1"_s);
    while (q.next()) {
        days.append({q.value(0).toInt(), q.value(1).toDouble()});
    }
    return days;
}

QList<PaidPayment> AnalyticsRepository::paidPayments()
{
    // In the table's order (by member would read it through an index, a row at a time): the caller
    // sorts. The period comes as a number so no string is made per row.
    QList<PaidPayment> payments;
    QSqlQuery q =
        sql::exec(m_db, u"SELECT user_id, CASE period WHEN 'month' THEN 1 WHEN 'year' THEN 2 WHEN 'once' THEN 3 "
                        "ELSE 0 END, amount_cents, paid_at, period_start, period_end FROM payments "
                        "WHERE status = 'paid' AND paid_at IS NOT NULL"_s);
    while (q.next()) {
        PaidPayment p;
        p.userId = q.value(0).toLongLong();
        const int period = q.value(1).toInt();
        p.tier = period == 1 || period == 2;
        p.once = period == 3;
        p.cents = q.value(2).toDouble();
        p.monthlyCents = period == 2 ? p.cents / 12.0 : p.cents;
        p.paidAt = q.value(3).toLongLong();
        const QVariant start = q.value(4);
        const QVariant end = q.value(5);
        if (!start.isNull() && !end.isNull()) {
            p.periodStart = start.toLongLong();
            p.periodEnd = end.toLongLong();
        }
        payments.append(p);
    }
    return payments;
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

QList<ContentFigure> AnalyticsRepository::contentWeek(int weekDay)
{
    return readContent(sql::exec(m_db,
                                 u"SELECT item_type, item_id, reading_seconds, completions, reads "
                                 "FROM content_weekly WHERE week_day = ?"_s,
                                 {weekDay}));
}

bool AnalyticsRepository::contentIn(int fromDay, int toDay)
{
    return !sql::scalar(m_db, u"SELECT 1 FROM content_daily WHERE day BETWEEN ? AND ? LIMIT 1"_s, {fromDay, toDay})
                .isNull();
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
