#pragma once

#include "protocol/endpoint.h"

// Accounts and sessions: sign-up, sign-in, tokens, the caller, the tier catalogue.
namespace guild::protocol::endpoints {

inline constexpr Route Health{HttpMethod::Get, QLatin1StringView("/healthz"), Access::Public,
                              "Liveness: `{\"status\":\"ok\"}`"};
inline constexpr Route Register{HttpMethod::Post, QLatin1StringView("/api/v1/auth/register"), Access::Public,
                                "Create an account", true};
inline constexpr Route Login{HttpMethod::Post, QLatin1StringView("/api/v1/auth/login"), Access::Public,
                             "Exchange username and password for tokens", true};
inline constexpr Route Refresh{HttpMethod::Post, QLatin1StringView("/api/v1/auth/refresh"), Access::Public,
                               "Rotate a refresh token into a new token pair", true};
inline constexpr Route Logout{HttpMethod::Post, QLatin1StringView("/api/v1/auth/logout"), Access::Bearer,
                              "End this login (access and refresh tokens)", true};
inline constexpr Route Me{HttpMethod::Get, QLatin1StringView("/api/v1/me"), Access::Bearer,
                          "The caller, with the tier in force"};
inline constexpr Route MyMembership{HttpMethod::Get, QLatin1StringView("/api/v1/me/membership"), Access::Bearer,
                                    "The caller's membership"};
inline constexpr Route ListTiers{HttpMethod::Get, QLatin1StringView("/api/v1/tiers"), Access::Public,
                                 "The membership tiers on offer"};

} // namespace guild::protocol::endpoints
