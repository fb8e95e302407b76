#pragma once

#include "authuser.h"
#include "protocol/errorcodes.h"
#include "result.h"

namespace guild::server {

/// Whether `viewer` may read something for `required` members: authors and admins, who answer as
/// experts and host events, read everything.
inline bool mayRead(const AuthUser &viewer, protocol::Tier required)
{
    return viewer.canPublish() || protocol::tierCovers(viewer.tier, required);
}

/// The refusal for something (`what`, capitalised) above the viewer's tier.
inline ApiError tierRequired(protocol::Tier required, const QString &what)
{
    return ApiError::forbidden(
        protocol::errors::MembershipRequired,
        QStringLiteral("%1 is for %2 members and above.").arg(what, protocol::tierCode(required)));
}

} // namespace guild::server
