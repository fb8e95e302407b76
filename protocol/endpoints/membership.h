#pragma once

#include "protocol/endpoint.h"

// Money and membership: trials, checkout, the provider's webhook, payments, codes, and the admins' member list.
namespace guild::protocol::endpoints {

inline constexpr Route StartTrial{HttpMethod::Post, QLatin1StringView("/api/v1/me/trial"), Access::Bearer,
                                  QLatin1StringView("Start a tier's free trial (once per tier)")};
inline constexpr Route Checkout{
    HttpMethod::Post, QLatin1StringView("/api/v1/payments/checkout"), Access::Bearer,
    QLatin1StringView("Open a checkout session for a tier and period, or for a course sold on its own")};
inline constexpr Route PaymentWebhook{HttpMethod::Post, QLatin1StringView("/api/v1/payments/webhook"), Access::Public,
                                      QLatin1StringView("The payment provider's signed confirmation")};
inline constexpr Route DemoCheckout{HttpMethod::Get, QLatin1StringView("/api/v1/payments/demo/{key}"), Access::Public,
                                    QLatin1StringView("Demo provider: complete a checkout (`--demo` only)")};
inline constexpr Route MyPayments{HttpMethod::Get, QLatin1StringView("/api/v1/me/payments"), Access::Bearer,
                                  QLatin1StringView("The caller's payments")};
inline constexpr Route Redeem{HttpMethod::Post, QLatin1StringView("/api/v1/redeem"), Access::Bearer,
                              QLatin1StringView("Redeem a code for free days")};
inline constexpr Route CreateCode{HttpMethod::Post, QLatin1StringView("/api/v1/admin/codes"), Access::Bearer,
                                  QLatin1StringView("Create a redeem code or coupon (admins)")};
inline constexpr Route ListMembers{HttpMethod::Get, QLatin1StringView("/api/v1/admin/members"), Access::Bearer,
                                   QLatin1StringView("List and search members (admins)")};
inline constexpr Route ExportMembers{HttpMethod::Get, QLatin1StringView("/api/v1/admin/members.csv"), Access::Bearer,
                                     QLatin1StringView("Export members as CSV (admins)")};
inline constexpr Route SetMemberTier{HttpMethod::Post, QLatin1StringView("/api/v1/admin/members/{id}/tier"),
                                     Access::Bearer, QLatin1StringView("Grant or revoke a tier (admins)")};
inline constexpr Route MemberPayments{HttpMethod::Get, QLatin1StringView("/api/v1/admin/members/{id}/payments"),
                                      Access::Bearer, QLatin1StringView("A member's payments (admins)")};

} // namespace guild::protocol::endpoints
