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
    /// When the access token used stops working (ms since the epoch; 0 when not known).
    qint64 accessExpiresAt = 0;
    /// When `tier` lapses, its grace period included (ms since the epoch; 0: it does not).
    qint64 tierUntil = 0;

    bool canPublish() const { return role == protocol::Role::Author || role == protocol::Role::Admin; }
    bool isAdmin() const { return role == protocol::Role::Admin; }
};

/// The tier whose content a member of `role` holding `paid` reads: authors and admins write and
/// moderate paid content, so they read all of it whatever they pay.
inline protocol::Tier readingTier(protocol::Role role, protocol::Tier paid)
{
    return role == protocol::Role::Author || role == protocol::Role::Admin ? protocol::Tier::Premium : paid;
}

} // namespace guild::server
