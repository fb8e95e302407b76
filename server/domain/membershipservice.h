#pragma once

#include "authuser.h"
#include "protocol/types.h"
#include "result.h"

namespace guild::server {

class Database;

/// Tiers and each member's membership; payments and renewals arrive with the membership issue.
class MembershipService final
{
public:
    explicit MembershipService(Database &database);

    Result<protocol::Membership> membership(const AuthUser &member);
    Result<QList<protocol::TierInfo>> tiers();

private:
    Database &m_database;
};

} // namespace guild::server
