#pragma once

#include "protocol/engagement.h"

#include <QSqlDatabase>

namespace guild::server {

/// Points as stored: the ledger (the only record; balances are its sums), badges and daily check-ins
/// (points_ledger, badges, checkins). Days are the member's local days, as text (YYYY-MM-DD).
class PointsRepository final
{
public:
    explicit PointsRepository(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    void addEntry(qint64 userId, const QString &action, int points, const QString &day, qint64 ref, qint64 now);
    /// Whether `action` about `ref` is in the ledger already.
    bool hasEntry(qint64 userId, const QString &action, qint64 ref);
    /// What `action` earned the member on `day`.
    int earnedOn(qint64 userId, const QString &day, const QString &action);
    qint64 balance(qint64 userId);
    /// The newest first.
    QList<protocol::engagement::PointsEntry> latest(qint64 userId, int limit);
    /// Who earned most since `since` (spending does not count), most first.
    QList<protocol::engagement::LeaderboardEntry> leaders(qint64 since, int limit);

    void grantBadge(qint64 userId, const QString &badge, qint64 now);
    /// In the order they were earned.
    QStringList badges(qint64 userId);

    /// False when the member checked in on `day` already.
    bool addCheckin(qint64 userId, const QString &day, const QString &note, qint64 now);
    bool checkedIn(qint64 userId, const QString &day);
    /// Check-in days, newest first.
    QStringList checkinDays(qint64 userId, int limit);
    /// Check-in days of one month ("YYYY-MM"), oldest first.
    QStringList checkinDaysOf(qint64 userId, const QString &month);

private:
    QSqlDatabase m_db;
};

} // namespace guild::server
