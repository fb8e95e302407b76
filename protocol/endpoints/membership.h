#pragma once

#include "protocol/api/membership.h"
#include "protocol/api/moderation.h"
#include "protocol/api/recovery.h"

// Money and membership: trials, checkout, the provider's webhook, payments, codes, and the admins' member list.
namespace guild::protocol::endpoints {

inline constexpr Endpoint<TierRequest, MembershipReply> StartTrial{
    {HttpMethod::Post, QLatin1StringView("/api/v1/me/trial"), Access::Bearer,
     "Start a tier's free trial (once per tier)"}};
inline constexpr Endpoint<CheckoutRequest, CheckoutSession, 201> Checkout{
    {HttpMethod::Post, QLatin1StringView("/api/v1/payments/checkout"), Access::Bearer,
     "Open a checkout session for a tier and period, or for a course sold on its own"}};
inline constexpr Endpoint<RawBody, WebhookReceipt> PaymentWebhook{
    {HttpMethod::Post, QLatin1StringView("/api/v1/payments/webhook"), Access::Public,
     "The payment provider's signed confirmation"}};
inline constexpr Endpoint<NoRequest, RawBody> DemoCheckout{
    {HttpMethod::Get, QLatin1StringView("/api/v1/payments/demo/{key}"), Access::Public,
     "Demo provider: complete a checkout (`--demo` only)"}};
inline constexpr Endpoint<NoRequest, PaymentList> MyPayments{
    {HttpMethod::Get, QLatin1StringView("/api/v1/me/payments"), Access::Bearer, "The caller's payments"}};
inline constexpr Endpoint<RedeemRequest, MembershipReply> Redeem{
    {HttpMethod::Post, QLatin1StringView("/api/v1/redeem"), Access::Bearer, "Redeem a code for free days"}};
inline constexpr Endpoint<CreateCodeRequest, CodeReply, 201> CreateCode{
    {HttpMethod::Post, QLatin1StringView("/api/v1/admin/codes"), Access::Bearer,
     "Create a redeem code or coupon (admins)"}};
inline constexpr Endpoint<NoRequest, CodeList> ListCodes{
    {HttpMethod::Get, QLatin1StringView("/api/v1/admin/codes"), Access::Bearer,
     "Redeem codes and coupons with their use, newest first (admins)"}};
inline constexpr Endpoint<MembersRequest, MemberList> ListMembers{
    {HttpMethod::Get, QLatin1StringView("/api/v1/admin/members"), Access::Bearer, "List and search members (admins)"}};
inline constexpr Endpoint<NoRequest, RawBody> ExportMembers{{HttpMethod::Get,
                                                             QLatin1StringView("/api/v1/admin/members.csv"),
                                                             Access::Bearer, "Export members as CSV (admins)"}};
inline constexpr Endpoint<TierRequest, MembershipReply> SetMemberTier{
    {HttpMethod::Post, QLatin1StringView("/api/v1/admin/members/{id}/tier"), Access::Bearer,
     "Grant or revoke a tier (admins)"}};
inline constexpr Endpoint<NoRequest, PaymentList> MemberPayments{
    {HttpMethod::Get, QLatin1StringView("/api/v1/admin/members/{id}/payments"), Access::Bearer,
     "A member's payments (admins)"}};
inline constexpr Endpoint<BanRequest, NoContent, 204> BanMember{
    {HttpMethod::Post, QLatin1StringView("/api/v1/admin/members/{id}/ban"), Access::Bearer,
     "Ban a member for some days or for good, ending their sessions (admins)"}};
inline constexpr Endpoint<NoRequest, NoContent, 204> UnbanMember{{HttpMethod::Delete,
                                                                  QLatin1StringView("/api/v1/admin/members/{id}/ban"),
                                                                  Access::Bearer, "Lift a member's ban (admins)"}};
inline constexpr Endpoint<NoRequest, One<ResetCode, "reset">, 201> IssueResetCode{
    {HttpMethod::Post, QLatin1StringView("/api/v1/admin/members/{id}/reset-code"), Access::Bearer,
     "A one-time code for a member to set a new password (admins)", true}};
inline constexpr Endpoint<RoleRequest, NoContent, 204> SetMemberRole{
    {HttpMethod::Post, QLatin1StringView("/api/v1/admin/members/{id}/role"), Access::Bearer,
     "Make a member an author, an admin, or a member again (admins)"}};
inline constexpr Endpoint<TierInput, One<TierInfo, "tier">> UpdateTier{
    {HttpMethod::Put, QLatin1StringView("/api/v1/admin/tiers/{key}"), Access::Bearer,
     "Set a tier's name, prices, currency, trial and benefits, or retire it (admins)"}};
inline constexpr Endpoint<AuditRequest, AuditList> AuditLog{{HttpMethod::Get, QLatin1StringView("/api/v1/admin/audit"),
                                                             Access::Bearer,
                                                             "The audit log of admin actions, newest first (admins)"}};
inline constexpr Endpoint<NoRequest, RawBody> ExportAuditLog{{HttpMethod::Get,
                                                              QLatin1StringView("/api/v1/admin/audit.csv"),
                                                              Access::Bearer, "Export the audit log as CSV (admins)"}};

} // namespace guild::protocol::endpoints
