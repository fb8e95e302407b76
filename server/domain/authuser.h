#pragma once

#include "protocol/tier.h"

#include <QString>

namespace guild::server {

/// The authenticated caller of a request, with the tier in force right now (expired memberships count as free).
struct AuthUser
{
    qint64 id = 0;
    QString username;
    QString displayName;
    protocol::Role role = protocol::Role::Member;
    protocol::Tier tier = protocol::Tier::Free;
    QString tokenFamily;

    bool canPublish() const { return role == protocol::Role::Author || role == protocol::Role::Admin; }
    bool isAdmin() const { return role == protocol::Role::Admin; }
};

} // namespace guild::server
