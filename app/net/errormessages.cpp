#include "errormessages.h"

#include "protocol/chat.h"
#include "protocol/errorcodes.h"

#include <QHash>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace guild::app {

namespace errors = protocol::errors;
namespace chaterrors = protocol::chat::errors;

namespace {

constexpr const char *NeedsUpdate = QT_TRANSLATE_NOOP(
    "guild::app::ErrorMessages", "The server could not read what Guild sent. Guild may need an update.");
constexpr const char *SessionEnded =
    QT_TRANSLATE_NOOP("guild::app::ErrorMessages", "Your session has ended. Please sign in again.");
constexpr const char *Banned =
    QT_TRANSLATE_NOOP("guild::app::ErrorMessages", "This account has been banned from the community.");

/// What a code reads as: a fixed text, the server's own message instead in an English interface where
/// it names the field or rule (`detail`), or, for the few that depend on the answer, a function.
struct Entry
{
    const char *text = nullptr;
    bool detail = false;
    QString (*make)(const protocol::ApiError &) = nullptr;
};

const QHash<QString, Entry> &apiEntries()
{
    static const QHash<QString, Entry> table{
        {errors::BadJson, {NeedsUpdate}},
        {errors::InvalidField,
         {QT_TRANSLATE_NOOP("guild::app::ErrorMessages",
                            "Something you entered is not accepted. Check it and try again."),
          true}},
        {errors::InvalidUtf8,
         {QT_TRANSLATE_NOOP("guild::app::ErrorMessages", "The text holds characters that are not valid. Check it.")}},
        {errors::InvalidCursor,
         {QT_TRANSLATE_NOOP("guild::app::ErrorMessages", "The list changed on the server. Load it again.")}},
        {errors::Unauthenticated, {SessionEnded}},
        {errors::InvalidCredentials,
         {nullptr, false,
          [](const protocol::ApiError &e) {
              // 403: signed in, but the password typed to confirm a change is wrong.
              return e.status == 403 ? ErrorMessages::tr("The current password is not right.")
                                     : ErrorMessages::tr("Wrong username or password.");
          }}},
        {errors::TokenExpired, {SessionEnded}},
        {errors::TokenReused, {SessionEnded}},
        {errors::Forbidden, {QT_TRANSLATE_NOOP("guild::app::ErrorMessages", "You are not allowed to do that."), true}},
        {errors::AccountBanned, {Banned}},
        {errors::MembershipRequired,
         {QT_TRANSLATE_NOOP("guild::app::ErrorMessages", "This needs a higher membership tier.")}},
        {errors::PurchaseRequired,
         {QT_TRANSLATE_NOOP("guild::app::ErrorMessages", "This course has to be bought first.")}},
        {errors::RangeNotSatisfiable,
         {QT_TRANSLATE_NOOP("guild::app::ErrorMessages",
                            "The download could not go on from where it stopped. Start it again.")}},
        {errors::InvalidSignature,
         {QT_TRANSLATE_NOOP("guild::app::ErrorMessages", "The payment provider's message could not be verified.")}},
        {errors::WebhookExpired,
         {QT_TRANSLATE_NOOP("guild::app::ErrorMessages", "The payment provider's message came too late.")}},
        {errors::InvalidCode,
         {nullptr, false,
          [](const protocol::ApiError &e) {
              return e.status == 400 ? ErrorMessages::tr("This code does not work: it is wrong, used already, or too "
                                                         "old. Ask for a new one.")
                                     : ErrorMessages::tr("There is no such code.");
          }}},
        {errors::CodeExpired, {QT_TRANSLATE_NOOP("guild::app::ErrorMessages", "This code has expired.")}},
        {errors::CodeUsedUp, {QT_TRANSLATE_NOOP("guild::app::ErrorMessages", "This code has been used up.")}},
        {errors::AlreadyRedeemed,
         {QT_TRANSLATE_NOOP("guild::app::ErrorMessages", "You have redeemed this code already.")}},
        {errors::AlreadyCheckedIn,
         {QT_TRANSLATE_NOOP("guild::app::ErrorMessages", "You have checked in today already.")}},
        {errors::NotEnoughPoints, {QT_TRANSLATE_NOOP("guild::app::ErrorMessages", "You do not have enough points.")}},
        {errors::AlreadyAccepted,
         {QT_TRANSLATE_NOOP("guild::app::ErrorMessages", "An answer to this question was accepted already.")}},
        {errors::EventFull, {QT_TRANSLATE_NOOP("guild::app::ErrorMessages", "This event is full.")}},
        {errors::TrialUsed, {QT_TRANSLATE_NOOP("guild::app::ErrorMessages", "You have used your free trial already.")}},
        {errors::TierRetired, {QT_TRANSLATE_NOOP("guild::app::ErrorMessages", "This tier is no longer offered.")}},
        {errors::UploadOffset,
         {QT_TRANSLATE_NOOP("guild::app::ErrorMessages", "The upload got out of step with the server. Try again.")}},
        {errors::ChecksumMismatch,
         {QT_TRANSLATE_NOOP("guild::app::ErrorMessages",
                            "The video arrived different from the file sent. Upload it again.")}},
        {errors::PollClosed, {QT_TRANSLATE_NOOP("guild::app::ErrorMessages", "This poll is closed.")}},
        {errors::PaymentsUnavailable,
         {QT_TRANSLATE_NOOP("guild::app::ErrorMessages", "This community does not take payments at the moment.")}},
        {errors::MailUnavailable,
         {QT_TRANSLATE_NOOP("guild::app::ErrorMessages",
                            "This community does not send email. Ask one of its admins for a reset code.")}},
        {errors::NotFound, {QT_TRANSLATE_NOOP("guild::app::ErrorMessages", "It is no longer there.")}},
        {errors::MethodNotAllowed, {NeedsUpdate}},
        {errors::UsernameTaken, {QT_TRANSLATE_NOOP("guild::app::ErrorMessages", "That username is taken.")}},
        {errors::EmailTaken, {QT_TRANSLATE_NOOP("guild::app::ErrorMessages", "That email address is in use already.")}},
        {errors::Conflict,
         {QT_TRANSLATE_NOOP("guild::app::ErrorMessages", "This was changed in the meantime. Load it again and retry."),
          true}},
        {errors::RequestInProgress,
         {QT_TRANSLATE_NOOP("guild::app::ErrorMessages",
                            "Your earlier attempt is still being handled. Try again in a moment.")}},
        {errors::IdempotencyKeyReused, {NeedsUpdate}},
        {errors::LengthRequired, {NeedsUpdate}},
        {errors::PayloadTooLarge, {QT_TRANSLATE_NOOP("guild::app::ErrorMessages", "This is too large to send.")}},
        {errors::HeadersTooLarge, {NeedsUpdate}},
        {errors::UnsupportedMediaType,
         {QT_TRANSLATE_NOOP("guild::app::ErrorMessages", "The server does not take this kind of file.")}},
        {errors::UpgradeRequired, {QT_TRANSLATE_NOOP("guild::app::ErrorMessages", "This server needs a newer Guild.")}},
        {errors::RateLimited,
         {nullptr, false,
          [](const protocol::ApiError &e) {
              return ErrorMessages::tr("Too many attempts. Try again in %n second(s).", nullptr, qMax(1, e.retryAfter));
          }}},
        {errors::ServerBusy,
         {QT_TRANSLATE_NOOP("guild::app::ErrorMessages", "The server is busy. Try again in a moment.")}},
        {errors::Internal,
         {nullptr, false,
          [](const protocol::ApiError &e) {
              return ErrorMessages::tr("The server had a problem (%1). Try again later.").arg(e.status);
          }}},
    };
    return table;
}

const QHash<QString, Entry> &chatEntries()
{
    static const QHash<QString, Entry> table{
        {chaterrors::BadFrame, {NeedsUpdate, true}},
        {chaterrors::UnknownType, {NeedsUpdate}},
        {chaterrors::TooLarge, {QT_TRANSLATE_NOOP("guild::app::ErrorMessages", "This message is too long.")}},
        {chaterrors::AuthRequired, {SessionEnded}},
        {chaterrors::AuthFailed, {SessionEnded}},
        {chaterrors::NoSuchChannel,
         {QT_TRANSLATE_NOOP("guild::app::ErrorMessages", "That channel does not exist, or is not open to you.")}},
        {chaterrors::NoSuchMember,
         {QT_TRANSLATE_NOOP("guild::app::ErrorMessages", "No other member has that username.")}},
        {chaterrors::NoSuchMessage, {QT_TRANSLATE_NOOP("guild::app::ErrorMessages", "That message no longer exists.")}},
        {chaterrors::NotAllowed, {QT_TRANSLATE_NOOP("guild::app::ErrorMessages", "You can't change that message.")}},
        {chaterrors::MembershipRequired,
         {QT_TRANSLATE_NOOP("guild::app::ErrorMessages", "Your membership doesn't include this channel.")}},
        {chaterrors::RateLimited,
         {QT_TRANSLATE_NOOP("guild::app::ErrorMessages", "Slow down a little: too many changes at once.")}},
        {chaterrors::SlowConsumer,
         {QT_TRANSLATE_NOOP("guild::app::ErrorMessages", "The connection fell behind and starts again.")}},
        {chaterrors::Internal,
         {QT_TRANSLATE_NOOP("guild::app::ErrorMessages", "The chat server had a problem. Try again later.")}},
        {chaterrors::SessionEnded, {SessionEnded}},
        {chaterrors::TokenExpired, {SessionEnded}},
        {chaterrors::AccountBanned, {Banned}},
    };
    return table;
}

QString messageOf(const Entry &entry, const protocol::ApiError &error)
{
    if (entry.make) {
        return entry.make(error);
    }
    const QString text = ErrorMessages::tr(entry.text);
    // The server's message is English for developers: only an English interface shows it.
    const bool english = QLocale().language() != QLocale::Chinese;
    return entry.detail && english && !error.message.isEmpty() ? error.message : text;
}

} // namespace

QString ErrorMessages::forApi(const protocol::ApiError &error)
{
    if (const auto it = apiEntries().constFind(error.code); it != apiEntries().cend()) {
        return messageOf(*it, error);
    }
    if (error.status >= 500) {
        return tr("The server had a problem (%1). Try again later.").arg(error.status);
    }
    return tr("The request failed (%1).").arg(error.status);
}

QString ErrorMessages::forChat(const QString &code, const QString &serverMessage, int retryAfter)
{
    protocol::ApiError error;
    error.code = code;
    error.message = serverMessage;
    error.retryAfter = retryAfter;
    if (const auto it = chatEntries().constFind(code); it != chatEntries().cend()) {
        return messageOf(*it, error);
    }
    return tr("The chat server refused this (%1).").arg(code);
}

QStringList ErrorMessages::apiCodes()
{
    return apiEntries().keys();
}

QStringList ErrorMessages::chatCodes()
{
    return chatEntries().keys();
}

} // namespace guild::app
