#include "membershipservice.h"

#include "clock.h"
#include "storage/database.h"
#include "storage/userrepository.h"

namespace guild::server {

MembershipService::MembershipService(Database &database)
    : m_database(database)
{}

Result<protocol::Membership> MembershipService::membership(const AuthUser &member)
{
    return UserRepository(m_database.connection()).membership(member.id, nowMs());
}

Result<QList<protocol::TierInfo>> MembershipService::tiers()
{
    return UserRepository(m_database.connection()).tiers();
}

} // namespace guild::server
