#pragma once

#include "authuser.h"
#include "protocol/api/membership.h"
#include "protocol/api/moderation.h"
#include "result.h"

#include <QSqlDatabase>

namespace guild::server {

class AccountEvents;
class Database;

/// Tiers and each member's membership: expiry with a grace period, renewals that extend the current
/// period, upgrades, one free trial per tier, and what admins do to memberships.
class MembershipService final
{
public:
    MembershipService(Database &database, const AccountEvents &events);

    Result<protocol::Membership> membership(const AuthUser &member);
    Result<QList<protocol::TierInfo>> tiers();
    Result<protocol::Membership> startTrial(const AuthUser &member, const QString &tierCode);
    /// Inside a write transaction: `days` more of `tier`. The same tier (still in force, grace included)
    /// extends from its expiry; a higher tier starts now. Refuses a lower tier while a higher is in force.
    static Result<protocol::Membership> extend(QSqlDatabase &tx, qint64 userId, protocol::Tier tier, int days,
                                               qint64 now);

    // Admins.
    Result<QList<protocol::MemberSummary>> members(const AuthUser &admin, const QString &search, int limit);
    Result<QByteArray> membersCsv(const AuthUser &admin);
    Result<protocol::Membership> grant(const AuthUser &admin, qint64 userId, const QString &tierCode, int days);
    /// Rewrites a tier (audited). Free cannot be retired or priced: it is what everyone has.
    Result<protocol::TierInfo> updateTier(const AuthUser &admin, const QString &tierCode,
                                          const protocol::TierInput &input);

private:
    /// Paid periods end where the membership now ends: other tiers' at `now`, this tier's at `expiresAt`
    /// (MRR and churn read them).
    static void endPaidPeriods(const QSqlDatabase &tx, qint64 userId, protocol::Tier tier, qint64 expiresAt,
                               qint64 now);

    Database &m_database;
    const AccountEvents &m_events;
};

} // namespace guild::server
