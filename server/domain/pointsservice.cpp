#include "pointsservice.h"

#include "clock.h"
#include "protocol/errorcodes.h"
#include "storage/database.h"
#include "storage/pointsrepository.h"
#include "storage/sql.h"
#include "storage/userrepository.h"

#include <QDate>
#include <QSet>

using namespace Qt::StringLiterals;

namespace guild::server {

using namespace protocol;
using namespace protocol::engagement;

namespace {
constexpr int StreakBadgeDays = 7;
/// How far back a streak is counted.
constexpr int StreakDaysRead = 400;
constexpr int LeadersShown = 20;
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
    const QString zone = UserRepository(db).timezone(userId);
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
    PointsRepository points(tx);
    if (ref > 0 && oncePerRef.contains(action) && points.hasEntry(userId, action, ref)) {
        return 0;
    }
    const QString day = localDay(tx, userId, now);
    const int given = qMin(r->points, r->dailyCap - points.earnedOn(userId, day, action));
    if (given <= 0) {
        return 0;
    }
    points.addEntry(userId, action, given, day, ref, now);
    return given;
}

bool PointsService::move(QSqlDatabase &tx, qint64 userId, const QString &action, int points, qint64 ref, qint64 now)
{
    if (points < 0 && balance(tx, userId) < -points) {
        return false;
    }
    PointsRepository(tx).addEntry(userId, action, points, localDay(tx, userId, now), ref, now);
    return true;
}

qint64 PointsService::balance(QSqlDatabase &db, qint64 userId)
{
    return PointsRepository(db).balance(userId);
}

void PointsService::grantBadge(QSqlDatabase &tx, qint64 userId, const QString &badge, qint64 now)
{
    PointsRepository(tx).grantBadge(userId, badge, now);
}

int PointsService::streak(QSqlDatabase &db, qint64 userId, const QString &today)
{
    // Consecutive days ending today (or yesterday, when today is not checked in yet).
    QDate expected = QDate::fromString(today, Qt::ISODate);
    int days = 0;
    bool first = true;
    for (const QString &text : PointsRepository(db).checkinDays(userId, StreakDaysRead)) {
        const QDate day = QDate::fromString(text, Qt::ISODate);
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
    s.badges = PointsRepository(db).badges(member.id);
    const QString today = localDay(db, member.id, nowMs());
    s.checkedInToday = PointsRepository(db).checkedIn(member.id, today);
    s.streak = streak(db, member.id, today);
    return s;
}

QList<PointsEntry> PointsService::ledger(const AuthUser &member, int limit)
{
    return PointsRepository(m_database.connection()).latest(member.id, limit);
}

Result<QList<LeaderboardEntry>> PointsService::leaderboard(const QString &period)
{
    if (period != u"week"_s && period != u"all"_s) {
        return ApiError::badRequest(errors::InvalidField, u"'period' is week or all."_s);
    }
    const qint64 since = period == u"week"_s ? nowMs() - 7LL * 24 * 3600 * 1000 : 0;
    // Earned points only: spending on a bounty does not lower a member's rank, receiving one counts.
    return PointsRepository(m_database.connection()).leaders(since, LeadersShown);
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
    if (!PointsRepository(db).addCheckin(member.id, today, note, now)) {
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
    return PointsRepository(m_database.connection()).checkinDaysOf(member.id, month);
}

Result<QString> PointsService::setTimezone(const AuthUser &member, const QString &ianaId)
{
    if (ianaId.size() > 64 || !QTimeZone(ianaId.toLatin1()).isValid()) {
        return ApiError::badRequest(errors::InvalidField,
                                    u"'timezone' must be an IANA time zone like Asia/Shanghai."_s);
    }
    UserRepository(m_database.connection()).setTimezone(member.id, ianaId);
    return ianaId;
}

} // namespace guild::server
