#pragma once

#include <QLatin1StringView>

// Machine-readable error codes carried in {"error":{"code":...}}; docs/api.md lists when each is used.
namespace guild::protocol::errors {

inline constexpr QLatin1StringView BadJson{"bad_json"};
inline constexpr QLatin1StringView InvalidField{"invalid_field"};
inline constexpr QLatin1StringView InvalidUtf8{"invalid_utf8"};
inline constexpr QLatin1StringView InvalidCursor{"invalid_cursor"};
inline constexpr QLatin1StringView Unauthenticated{"unauthenticated"};
inline constexpr QLatin1StringView InvalidCredentials{"invalid_credentials"};
inline constexpr QLatin1StringView TokenExpired{"token_expired"};
inline constexpr QLatin1StringView TokenReused{"token_reused"};
inline constexpr QLatin1StringView Forbidden{"forbidden"};
inline constexpr QLatin1StringView AccountBanned{"account_banned"};
inline constexpr QLatin1StringView MembershipRequired{"membership_required"};
inline constexpr QLatin1StringView PurchaseRequired{"purchase_required"};
inline constexpr QLatin1StringView RangeNotSatisfiable{"range_not_satisfiable"};
inline constexpr QLatin1StringView InvalidSignature{"invalid_signature"};
inline constexpr QLatin1StringView WebhookExpired{"webhook_expired"};
inline constexpr QLatin1StringView InvalidCode{"invalid_code"};
inline constexpr QLatin1StringView CodeExpired{"code_expired"};
inline constexpr QLatin1StringView CodeUsedUp{"code_used_up"};
inline constexpr QLatin1StringView AlreadyRedeemed{"already_redeemed"};
inline constexpr QLatin1StringView AlreadyCheckedIn{"already_checked_in"};
inline constexpr QLatin1StringView NotEnoughPoints{"not_enough_points"};
inline constexpr QLatin1StringView AlreadyAccepted{"already_accepted"};
inline constexpr QLatin1StringView EventFull{"event_full"};
inline constexpr QLatin1StringView TrialUsed{"trial_used"};
inline constexpr QLatin1StringView TierRetired{"tier_retired"};
inline constexpr QLatin1StringView UploadOffset{"upload_offset"};
inline constexpr QLatin1StringView ChecksumMismatch{"checksum_mismatch"};
inline constexpr QLatin1StringView PollClosed{"poll_closed"};
inline constexpr QLatin1StringView PaymentsUnavailable{"payments_unavailable"};
inline constexpr QLatin1StringView MailUnavailable{"mail_unavailable"};
inline constexpr QLatin1StringView NotFound{"not_found"};
inline constexpr QLatin1StringView MethodNotAllowed{"method_not_allowed"};
inline constexpr QLatin1StringView UsernameTaken{"username_taken"};
inline constexpr QLatin1StringView EmailTaken{"email_taken"};
inline constexpr QLatin1StringView Conflict{"conflict"};
inline constexpr QLatin1StringView RequestInProgress{"request_in_progress"};
inline constexpr QLatin1StringView IdempotencyKeyReused{"idempotency_key_reused"};
inline constexpr QLatin1StringView LengthRequired{"length_required"};
inline constexpr QLatin1StringView PayloadTooLarge{"payload_too_large"};
inline constexpr QLatin1StringView HeadersTooLarge{"headers_too_large"};
inline constexpr QLatin1StringView UnsupportedMediaType{"unsupported_media_type"};
inline constexpr QLatin1StringView UpgradeRequired{"upgrade_required"};
inline constexpr QLatin1StringView RateLimited{"rate_limited"};
inline constexpr QLatin1StringView ServerBusy{"server_busy"};
inline constexpr QLatin1StringView Internal{"internal"};

} // namespace guild::protocol::errors
