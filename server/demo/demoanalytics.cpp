#include "demoanalytics.h"

#include "storage/analyticsrepository.h"
#include "storage/sql.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace guild::server::demo {

using namespace protocol::analytics;

namespace {

constexpr qint64 DayMs = 24LL * 3600 * 1000;
constexpr int HistoryDays = 56;

/// A small deterministic hash, so every demo shows the same history.
quint32 mix(quint32 a, quint32 b)
{
    quint32 h = a * 2654435761u ^ (b + 0x9e3779b9u + (a << 6) + (a >> 2));
    h ^= h >> 15;
    h *= 2246822519u;
    h ^= h >> 13;
    return h;
}

} // namespace

void seedDemoUsage(QSqlDatabase &db, const QHash<QString, qint64> &accounts, qint64 now)
{
    // Joined (days ago) and how keen: the share of days they come, in percent.
    const QList<std::tuple<QString, int, int>> members{{u"admin"_s, 120, 80},
                                                       {u"author"_s, 100, 85},
                                                       {u"member"_s, 60, 70},
                                                       {u"premium"_s, 45, 60},
                                                       {u"free"_s, 20, 40}};
    const qint64 firstArticle = sql::scalar(db, u"SELECT MIN(id) FROM articles"_s).toLongLong();
    AnalyticsRepository repo(db);
    for (const auto &[name, joinedDaysAgo, keen] : members) {
        const qint64 id = accounts.value(name);
        sql::exec(db, u"UPDATE users SET created_at = ? WHERE id = ?"_s, {now - joinedDaysAgo * DayMs, id});
        QList<UsageEvent> events;
        for (int ago = std::min(joinedDaysAgo, HistoryDays); ago >= 1; --ago) {
            const quint32 h = mix(quint32(id), quint32(ago));
            // Keener on weekdays, and more so lately: the community is growing.
            if (int(h % 100) >= keen - (ago > 28 ? 15 : 0)) {
                continue;
            }
            const QDateTime at = QDateTime::fromMSecsSinceEpoch(now - ago * DayMs - (h % 8) * 3600 * 1000, Qt::UTC);
            const int minutes = 8 + int(h % 45);
            const QString prefix = u"demo-%1-%2-"_s.arg(name).arg(ago);
            const qint64 article = firstArticle + (h >> 8) % 40;
            events.append({prefix + u"a"_s, EventKind::Active, at, minutes * 60, {}, 0});
            events.append({prefix + u"r"_s, EventKind::Read, at, minutes * 35, u"article"_s, article});
            if (h % 3 == 0) {
                events.append({prefix + u"c"_s, EventKind::Complete, at, 0, u"article"_s, article});
            }
            if (h % 4 == 0) {
                events.append({prefix + u"l"_s, EventKind::Like, at, 0, {}, 0});
            }
            for (quint32 m = 0; m < h % 5; ++m) {
                events.append({prefix + u"m"_s + QString::number(m), EventKind::Message, at, 0, {}, 0});
            }
            if (h % 7 == 0) {
                events.append({prefix + u"q"_s, EventKind::Answer, at, 0, {}, 0});
            }
            if (name == u"author"_s && h % 5 == 0) {
                events.append({prefix + u"p"_s, EventKind::Post, at, 0, {}, 0});
            }
        }
        repo.ingest(id, events, now);
    }
    // Pat Premium paid by the month twice, then let it lapse: revenue, a conversion and a churn to show.
    for (int paidDaysAgo : {70, 40}) {
        sql::exec(db,
                  u"INSERT INTO payments (user_id, session_id, tier, period, amount_cents, currency, status, "
                  "created_at, paid_at, period_start, period_end) VALUES (?, ?, 2, 'month', 4900, 'CNY', 'paid', ?, "
                  "?, ?, ?)"_s,
                  {accounts.value(u"premium"_s), u"cs_demo_%1"_s.arg(paidDaysAgo), now - paidDaysAgo * DayMs,
                   now - paidDaysAgo * DayMs, now - paidDaysAgo * DayMs, now - (paidDaysAgo - 30) * DayMs});
    }
}

} // namespace guild::server::demo
