#include "pointsservice.h"

#include "clock.h"
#include "protocol/errorcodes.h"
#include "storage/database.h"
#include "storage/sql.h"

#include <QDate>
#include <QSet>

using namespace Qt::StringLiterals;

namespace guild::server {

using namespace protocol;
using namespace protocol::engagement;

namespace {
constexpr int StreakBadgeDays = 7;
constexpr qsizetype NoteMax = 280;
} // namespace

PointsService::PointsService(Database &database)
    : m_database(database)
{}

std::optional<PointsService::Rule> PointsService::rule(const QString &action)
{
    static const QHash<QString, Rule> rules{{u"checkin"_s, {5, 5}},
                                            {u"publish"_s, {10, 30}},
                                            {u"answer"_s, {5, 25}},
                                            {u"accepted_answer"_s, {20, 100}},
                                            {u"lesson_completed"_s, {2, 20}}};
    const auto it = rules.constFind(action);
    return it == rules.cend() ? std::nullopt : std::optional<Rule>(*it);
}

QList<qint64> PointsService::levelThresholds()
{
    return {0, 50, 200, 500, 1000, 2000, 5000};
}

QString PointsService::localDay(QSqlDatabase &db, qint64 userId, qint64 now)
{
    const QString zone = sql::scalar(db, u"SELECT timezone FROM users WHERE id = ?"_s, {userId}).toString();
    const QTimeZone tz(zone.toLatin1());
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC);
    return (tz.isValid() ? at.toTimeZone(tz) : at).date().toString(Qt::ISODate);
}

int PointsService::award(QSqlDatabase &tx, qint64 userId, const QString &action, qint64 ref, qint64 now)
{
    const auto r = rule(action);
    if (!r) {
        return 0;
    }
    // Some actions count once per thing (an article, a lesson), however often they are reported.
    static const QSet<QString> oncePerRef{u"publish"_s, u"lesson_completed"_s, u"accepted_answer"_s};
    if (ref > 0 && oncePerRef.contains(action) &&
        sql::scalar(tx, u"SELECT 1 FROM points_ledger WHERE user_id = ? AND action = ? AND ref = ?"_s,
                    {userId, action, ref})
            .isValid()) {
        return 0;
    }
    const QString day = localDay(tx, userId, now);
    const int today = sql::scalar(tx,
                                  u"SELECT COALESCE(SUM(points), 0) FROM points_ledger WHERE user_id = ? AND day = ? "
                                  "AND action = ?"_s,
                                  {userId, day, action})
                          .toInt();
    const int given = qMin(r->points, r->dailyCap - today);
    if (given <= 0) {
        return 0;
    }
    sql::exec(tx,
              u"INSERT INTO points_ledger (user_id, action, points, day, ref, created_at) VALUES (?, ?, ?, ?, ?, ?)"_s,
              {userId, action, given, day, ref, now});
    return given;
}

bool PointsService::move(QSqlDatabase &tx, qint64 userId, const QString &action, int points, qint64 ref, qint64 now)
{
    if (points < 0 && balance(tx, userId) < -points) {
        return false;
    }
    sql::exec(tx,
              u"INSERT INTO points_ledger (user_id, action, points, day, ref, created_at) VALUES (?, ?, ?, ?, ?, ?)"_s,
              {userId, action, points, localDay(tx, userId, now), ref, now});
    return true;
}

qint64 PointsService::balance(QSqlDatabase &db, qint64 userId)
{
    return sql::scalar(db, u"SELECT COALESCE(SUM(points), 0) FROM points_ledger WHERE user_id = ?"_s, {userId})
        .toLongLong();
}

void PointsService::grantBadge(QSqlDatabase &tx, qint64 userId, const QString &badge, qint64 now)
{
    sql::exec(tx, u"INSERT INTO badges (user_id, badge, awarded_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING"_s,
              {userId, badge, now});
}

int PointsService::streak(QSqlDatabase &db, qint64 userId, const QString &today)
{
    // Consecutive days ending today (or yesterday, when today is not checked in yet).
    QSqlQuery q = sql::exec(db, u"SELECT day FROM checkins WHERE user_id = ? ORDER BY day DESC LIMIT 400"_s, {userId});
    QDate expected = QDate::fromString(today, Qt::ISODate);
    int days = 0;
    bool first = true;
    while (q.next()) {
        const QDate day = QDate::fromString(q.value(0).toString(), Qt::ISODate);
        if (first && day == expected.addDays(-1)) {
            expected = day;
        }
        first = false;
        if (day != expected) {
            break;
        }
        ++days;
        expected = expected.addDays(-1);
    }
    return days;
}

Result<Standing> PointsService::standing(const AuthUser &member)
{
    QSqlDatabase db = m_database.connection();
    Standing s;
    s.points = balance(db, member.id);
    const QList<qint64> thresholds = levelThresholds();
    for (qsizetype i = 0; i < thresholds.size(); ++i) {
        if (s.points >= thresholds.at(i)) {
            s.level = static_cast<int>(i + 1);
            s.nextLevelAt = i + 1 < thresholds.size() ? thresholds.at(i + 1) : 0;
        }
    }
    QSqlQuery b =
        sql::exec(db, u"SELECT badge FROM badges WHERE user_id = ? ORDER BY awarded_at, badge"_s, {member.id});
    while (b.next()) {
        s.badges.append(b.value(0).toString());
    }
    const QString today = localDay(db, member.id, nowMs());
    s.checkedInToday =
        sql::scalar(db, u"SELECT 1 FROM checkins WHERE user_id = ? AND day = ?"_s, {member.id, today}).isValid();
    s.streak = streak(db, member.id, today);
    return s;
}

QList<PointsEntry> PointsService::ledger(const AuthUser &member, int limit)
{
    QSqlQuery q = sql::exec(m_database.connection(),
                            u"SELECT action, points, day, created_at FROM points_ledger WHERE user_id = ? "
                            "ORDER BY id DESC LIMIT ?"_s,
                            {member.id, limit});
    QList<PointsEntry> list;
    while (q.next()) {
        list.append({q.value(0).toString(), q.value(1).toInt(), q.value(2).toString(),
                     QDateTime::fromMSecsSinceEpoch(q.value(3).toLongLong(), Qt::UTC)});
    }
    return list;
}

Result<QList<LeaderboardEntry>> PointsService::leaderboard(const QString &period)
{
    if (period != u"week"_s && period != u"all"_s) {
        return ApiError::badRequest(errors::InvalidField, u"'period' is week or all."_s);
    }
    const qint64 since = period == u"week"_s ? nowMs() - 7LL * 24 * 3600 * 1000 : 0;
    // Earned points only: spending on a bounty does not lower a member's rank, receiving one counts.
    QSqlQuery q = sql::exec(m_database.connection(),
                            u"SELECT u.id, u.display_name, SUM(p.points) AS total FROM points_ledger p "
                            "JOIN users u ON u.id = p.user_id WHERE p.created_at >= ? AND p.points > 0 "
                            "GROUP BY u.id, u.display_name ORDER BY total DESC, u.id LIMIT 20"_s,
                            {since});
    QList<LeaderboardEntry> list;
    while (q.next()) {
        list.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong()});
    }
    return list;
}

Result<Standing> PointsService::checkIn(const AuthUser &member, const QString &note)
{
    if (note.size() > NoteMax) {
        return ApiError::badRequest(errors::InvalidField, u"A check-in note is at most %1 characters."_s.arg(NoteMax));
    }
    QSqlDatabase db = m_database.connection();
    sql::Transaction tx(db);
    const qint64 now = nowMs();
    const QString today = localDay(db, member.id, now);
    const bool inserted = sql::exec(db,
                                    u"INSERT INTO checkins (user_id, day, note, created_at) VALUES (?, ?, ?, ?) "
                                    "ON CONFLICT DO NOTHING"_s,
                                    {member.id, today, note.isNull() ? u""_s : note, now})
                              .numRowsAffected() > 0;
    if (!inserted) {
        return ApiError::conflict(errors::AlreadyCheckedIn, u"You have checked in today already (%1)."_s.arg(today));
    }
    award(db, member.id, u"checkin"_s, 0, now);
    if (streak(db, member.id, today) >= StreakBadgeDays) {
        grantBadge(db, member.id, u"streak_7"_s, now);
    }
    grantBadge(db, member.id, u"first_checkin"_s, now);
    tx.commit();
    return standing(member);
}

Result<QStringList> PointsService::checkins(const AuthUser &member, const QString &month)
{
    static const QRegularExpression shape(u"^\\d{4}-\\d{2}$"_s);
    if (!shape.match(month).hasMatch()) {
        return ApiError::badRequest(errors::InvalidField, u"'month' is yyyy-MM."_s);
    }
    QSqlQuery q =
        sql::exec(m_database.connection(), u"SELECT day FROM checkins WHERE user_id = ? AND day LIKE ? ORDER BY day"_s,
                  {member.id, QString(month + u"-%"_s)});
    QStringList days;
    while (q.next()) {
        days.append(q.value(0).toString());
    }
    return days;
}

Result<QString> PointsService::setTimezone(const AuthUser &member, const QString &ianaId)
{
    if (ianaId.size() > 64 || !QTimeZone(ianaId.toLatin1()).isValid()) {
        return ApiError::badRequest(errors::InvalidField,
                                    u"'timezone' must be an IANA time zone like Asia/Shanghai."_s);
    }
    sql::exec(m_database.connection(), u"UPDATE users SET timezone = ? WHERE id = ?"_s, {ianaId, member.id});
    return ianaId;
}

} // namespace guild::server
