#pragma once

#include "authuser.h"
#include "protocol/engagement.h"
#include "result.h"

#include <QSqlDatabase>
#include <QTimeZone>

namespace guild::server {

class Database;

/// Points (积分), levels, badges and the daily check-in (打卡). Every action earns points up to a daily
/// cap counted in the member's own time zone, so points cannot be farmed; the ledger is the only
/// record (balances are its sum). Bounties move points between members through the same ledger.
class PointsService final
{
public:
    explicit PointsService(Database &database);

    struct Rule
    {
        int points;
        int dailyCap;
    };
    /// checkin, publish, answer, accepted_answer, lesson_completed.
    static std::optional<Rule> rule(const QString &action);
    /// Level thresholds in points: level n starts at thresholds[n - 1].
    static QList<qint64> levelThresholds();

    /// Inside a write transaction: awards `action` (capped per local day); returns the points given.
    int award(QSqlDatabase &tx, qint64 userId, const QString &action, qint64 ref, qint64 now);
    /// Inside a write transaction: moves points with no cap (bounties); false if `userId` lacks them.
    bool move(QSqlDatabase &tx, qint64 userId, const QString &action, int points, qint64 ref, qint64 now);
    static qint64 balance(QSqlDatabase &db, qint64 userId);

    Result<protocol::engagement::Standing> standing(const AuthUser &member);
    QList<protocol::engagement::PointsEntry> ledger(const AuthUser &member, int limit);
    /// "week" (the last seven days) or "all".
    Result<QList<protocol::engagement::LeaderboardEntry>> leaderboard(const QString &period);

    /// The day's check-in with an optional note; answers the new standing (streak, points).
    Result<protocol::engagement::Standing> checkIn(const AuthUser &member, const QString &note);
    /// Days checked in during `month` ("yyyy-MM"), in the member's time zone.
    Result<QStringList> checkins(const AuthUser &member, const QString &month);
    Result<QString> setTimezone(const AuthUser &member, const QString &ianaId);

    /// Inside a transaction: grants `badge` once.
    static void grantBadge(QSqlDatabase &tx, qint64 userId, const QString &badge, qint64 now);
    /// The member's local date ("yyyy-MM-dd") at `now`.
    static QString localDay(QSqlDatabase &db, qint64 userId, qint64 now);

private:
    static int streak(QSqlDatabase &db, qint64 userId, const QString &today);

    Database &m_database;
};

} // namespace guild::server
