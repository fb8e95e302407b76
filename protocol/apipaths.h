#pragma once

#include <QLatin1StringView>

// Endpoint paths of the REST API; docs/api.md documents each one.
namespace guild::protocol::paths {

inline constexpr QLatin1StringView Health{"/healthz"};
inline constexpr QLatin1StringView Register{"/api/v1/auth/register"};
inline constexpr QLatin1StringView Login{"/api/v1/auth/login"};
inline constexpr QLatin1StringView Refresh{"/api/v1/auth/refresh"};
inline constexpr QLatin1StringView Logout{"/api/v1/auth/logout"};
inline constexpr QLatin1StringView Me{"/api/v1/me"};
inline constexpr QLatin1StringView MyMembership{"/api/v1/me/membership"};
inline constexpr QLatin1StringView Tiers{"/api/v1/tiers"};
inline constexpr QLatin1StringView Articles{"/api/v1/articles"};
inline constexpr QLatin1StringView Sync{"/api/v1/sync"};

} // namespace guild::protocol::paths
