#pragma once

#include "protocol/api/accounts.h"
#include "protocol/api/moderation.h"
#include "protocol/api/recovery.h"

// Accounts and sessions: sign-up, sign-in, tokens, the caller, the tier catalogue.
namespace guild::protocol::endpoints {

inline constexpr Endpoint<NoRequest, HealthReply> Health{
    {HttpMethod::Get, QLatin1StringView("/healthz"), Access::Public, "Liveness: `{\"status\":\"ok\"}`"}};
inline constexpr Endpoint<RegisterRequest, UserReply, 201> Register{
    {HttpMethod::Post, QLatin1StringView("/api/v1/auth/register"), Access::Public, "Create an account", true}};
inline constexpr Endpoint<LoginRequest, AuthTokens> Login{{HttpMethod::Post, QLatin1StringView("/api/v1/auth/login"),
                                                           Access::Public, "Exchange username and password for tokens",
                                                           true}};
inline constexpr Endpoint<ForgotRequest, NoContent, 204> ForgotPassword{
    {HttpMethod::Post, QLatin1StringView("/api/v1/auth/forgot"), Access::Public,
     "Email a one-time code to reset a forgotten password", true}};
inline constexpr Endpoint<ResetRequest, NoContent, 204> ResetPassword{
    {HttpMethod::Post, QLatin1StringView("/api/v1/auth/reset"), Access::Public,
     "Set a new password with a one-time code", true}};
inline constexpr Endpoint<RefreshRequest, AuthTokens> Refresh{
    {HttpMethod::Post, QLatin1StringView("/api/v1/auth/refresh"), Access::Public,
     "Rotate a refresh token into a new token pair", true}};
inline constexpr Endpoint<NoRequest, NoContent, 204> Logout{{HttpMethod::Post, QLatin1StringView("/api/v1/auth/logout"),
                                                             Access::Bearer,
                                                             "End this login (access and refresh tokens)", true}};
inline constexpr Endpoint<NoRequest, CurrentUserReply> Me{
    {HttpMethod::Get, QLatin1StringView("/api/v1/me"), Access::Bearer, "The caller, with the tier in force"}};
inline constexpr Endpoint<PasswordChange, NoContent, 204> ChangePassword{
    {HttpMethod::Post, QLatin1StringView("/api/v1/me/password"), Access::Bearer,
     "Change one's password (the current one required); other devices are signed out", true}};
inline constexpr Endpoint<ProfileChange, CurrentUserReply> ChangeProfile{
    {HttpMethod::Post, QLatin1StringView("/api/v1/me/profile"), Access::Bearer, "Change one's display name"}};
inline constexpr Endpoint<RawBody, NoContent, 204> SetAvatar{{HttpMethod::Put, QLatin1StringView("/api/v1/me/avatar"),
                                                              Access::Bearer,
                                                              "Set one's picture: a PNG or JPEG of at most 64 KiB"}};
inline constexpr Endpoint<NoRequest, NoContent, 204> RemoveAvatar{
    {HttpMethod::Delete, QLatin1StringView("/api/v1/me/avatar"), Access::Bearer, "Remove one's picture"}};
inline constexpr Endpoint<NoRequest, RawBody> MemberAvatar{
    {HttpMethod::Get, QLatin1StringView("/api/v1/members/{id}/avatar"), Access::Bearer,
     "A member's picture (404 when they have none)"}};
inline constexpr Endpoint<NoRequest, DeviceSessionList> MySessions{
    {HttpMethod::Get, QLatin1StringView("/api/v1/me/sessions"), Access::Bearer, "One's signed-in devices"}};
inline constexpr Endpoint<NoRequest, NoContent, 204> EndSession{{HttpMethod::Delete,
                                                                 QLatin1StringView("/api/v1/me/sessions/{key}"),
                                                                 Access::Bearer, "Sign one of one's devices out"}};
inline constexpr Endpoint<NoRequest, NoContent, 204> EndAllSessions{
    {HttpMethod::Delete, QLatin1StringView("/api/v1/me/sessions"), Access::Bearer,
     "Sign out everywhere, this device included"}};
inline constexpr Endpoint<NoRequest, MembershipReply> MyMembership{
    {HttpMethod::Get, QLatin1StringView("/api/v1/me/membership"), Access::Bearer, "The caller's membership"}};
inline constexpr Endpoint<NoRequest, LeaseReply> MyLease{
    {HttpMethod::Get, QLatin1StringView("/api/v1/me/lease"), Access::Bearer,
     "The caller's signed entitlement lease: which paid content this device may keep, until when"}};
inline constexpr Endpoint<NoRequest, TierList> ListTiers{
    {HttpMethod::Get, QLatin1StringView("/api/v1/tiers"), Access::Public, "The membership tiers on offer"}};

} // namespace guild::protocol::endpoints
