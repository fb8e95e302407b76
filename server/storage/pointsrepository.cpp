#include "pointsrepository.h"

#include "sql.h"

using namespace Qt::StringLiterals;

namespace guild::server {

using namespace protocol::engagement;

namespace {

QStringList strings(QSqlQuery &q)
{
    QStringList out;
    while (q.next()) {
        out.append(q.value(0).toString());
    }
    return out;
}

} // namespace

void PointsRepository::addEntry(qint64 userId, const QString &action, int points, const QString &day, qint64 ref,
                                qint64 now)
{
    sql::exec(m_db,
              u"INSERT INTO points_ledger (user_id, action, points, day, ref, created_at) VALUES (?, ?, ?, ?, ?, ?)"_s,
              {userId, action, points, day, ref, now});
}

bool PointsRepository::hasEntry(qint64 userId, const QString &action, qint64 ref)
{
    return sql::scalar(m_db, u"SELECT 1 FROM points_ledger WHERE user_id = ? AND action = ? AND ref = ?"_s,
                       {userId, action, ref})
        .isValid();
}

int PointsRepository::earnedOn(qint64 userId, const QString &day, const QString &action)
{
    return sql::scalar(m_db,
                       u"SELECT COALESCE(SUM(points), 0) FROM points_ledger WHERE user_id = ? AND day = ? "
                       "AND action = ?"_s,
                       {userId, day, action})
        .toInt();
}

qint64 PointsRepository::balance(qint64 userId)
{
    return sql::scalar(m_db, u"SELECT COALESCE(SUM(points), 0) FROM points_ledger WHERE user_id = ?"_s, {userId})
        .toLongLong();
}

QList<PointsEntry> PointsRepository::latest(qint64 userId, int limit)
{
    QSqlQuery q = sql::exec(m_db,
                            u"SELECT action, points, day, created_at FROM points_ledger WHERE user_id = ? "
                            "ORDER BY id DESC LIMIT ?"_s,
                            {userId, limit});
    QList<PointsEntry> list;
    while (q.next()) {
        list.append({q.value(0).toString(), q.value(1).toInt(), q.value(2).toString(), sql::timeFromMs(q.value(3))});
    }
    return list;
}

QList<LeaderboardEntry> PointsRepository::leaders(qint64 since, int limit)
{
    QSqlQuery q = sql::exec(m_db,
                            u"SELECT u.id, u.display_name, SUM(p.points) AS total FROM points_ledger p "
                            "JOIN users u ON u.id = p.user_id WHERE p.created_at >= ? AND p.points > 0 "
                            "GROUP BY u.id, u.display_name ORDER BY total DESC, u.id LIMIT ?"_s,
                            {since, limit});
    QList<LeaderboardEntry> list;
    while (q.next()) {
        list.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong()});
    }
    return list;
}

void PointsRepository::grantBadge(qint64 userId, const QString &badge, qint64 now)
{
    sql::exec(m_db, u"INSERT INTO badges (user_id, badge, awarded_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING"_s,
              {userId, badge, now});
}

QStringList PointsRepository::badges(qint64 userId)
{
    QSqlQuery q = sql::exec(m_db, u"SELECT badge FROM badges WHERE user_id = ? ORDER BY awarded_at, badge"_s, {userId});
    return strings(q);
}

bool PointsRepository::addCheckin(qint64 userId, const QString &day, const QString &note, qint64 now)
{
    return sql::exec(m_db,
                     u"INSERT INTO checkins (user_id, day, note, created_at) VALUES (?, ?, ?, ?) "
                     "ON CONFLICT DO NOTHING"_s,
                     {userId, day, note.isNull() ? u""_s : note, now})
               .numRowsAffected() > 0;
}

bool PointsRepository::checkedIn(qint64 userId, const QString &day)
{
    return sql::scalar(m_db, u"SELECT 1 FROM checkins WHERE user_id = ? AND day = ?"_s, {userId, day}).isValid();
}

QStringList PointsRepository::checkinDays(qint64 userId, int limit)
{
    QSqlQuery q =
        sql::exec(m_db, u"SELECT day FROM checkins WHERE user_id = ? ORDER BY day DESC LIMIT ?"_s, {userId, limit});
    return strings(q);
}

QStringList PointsRepository::checkinDaysOf(qint64 userId, const QString &month)
{
    QSqlQuery q = sql::exec(m_db, u"SELECT day FROM checkins WHERE user_id = ? AND day LIKE ? ORDER BY day"_s,
                            {userId, QString(month + u"-%"_s)});
    return strings(q);
}

} // namespace guild::server
