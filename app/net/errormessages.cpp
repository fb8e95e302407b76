#include "errormessages.h"

#include "protocol/chat.h"
#include "protocol/errorcodes.h"

#include <QHash>
#include <QLocale>

#include <functional>

using namespace Qt::StringLiterals;

namespace guild::app {

namespace errors = protocol::errors;
namespace chaterrors = protocol::chat::errors;

namespace {

using Message = std::function<QString(const protocol::ApiError &)>;

bool englishInterface()
{
    return QLocale().language() != QLocale::Chinese;
}

QString needsUpdate()
{
    return ErrorMessages::tr("The server could not read what Guild sent. Guild may need an update.");
}

QString sessionEnded()
{
    return ErrorMessages::tr("Your session has ended. Please sign in again.");
}

QString banned()
{
    return ErrorMessages::tr("This account has been banned from the community.");
}

/// The server's message where it names the field or rule (in English only), else `ours`.
QString detailOr(const protocol::ApiError &error, const QString &ours)
{
    return englishInterface() && !error.message.isEmpty() ? error.message : ours;
}

const QHash<QString, Message> &apiMessages()
{
    static const QHash<QString, Message> table{
        {errors::BadJson, [](const auto &) { return needsUpdate(); }},
        {errors::InvalidField,
         [](const auto &e) {
             return detailOr(e, ErrorMessages::tr("Something you entered is not accepted. Check it and try again."));
         }},
        {errors::InvalidUtf8,
         [](const auto &) { return ErrorMessages::tr("The text holds characters that are not valid. Check it."); }},
        {errors::InvalidCursor,
         [](const auto &) { return ErrorMessages::tr("The list changed on the server. Load it again."); }},
        {errors::Unauthenticated, [](const auto &) { return sessionEnded(); }},
        {errors::InvalidCredentials,
         [](const auto &e) {
             // 403: signed in, but the password typed to confirm a change is wrong.
             return e.status == 403 ? ErrorMessages::tr("The current password is not right.")
                                    : ErrorMessages::tr("Wrong username or password.");
         }},
        {errors::TokenExpired, [](const auto &) { return sessionEnded(); }},
        {errors::TokenReused, [](const auto &) { return sessionEnded(); }},
        {errors::Forbidden,
         [](const auto &e) { return detailOr(e, ErrorMessages::tr("You are not allowed to do that.")); }},
        {errors::AccountBanned, [](const auto &) { return banned(); }},
        {errors::MembershipRequired,
         [](const auto &) { return ErrorMessages::tr("This needs a higher membership tier."); }},
        {errors::PurchaseRequired,
         [](const auto &) { return ErrorMessages::tr("This course has to be bought first."); }},
        {errors::RangeNotSatisfiable,
         [](const auto &) {
             return ErrorMessages::tr("The download could not go on from where it stopped. Start it again.");
         }},
        {errors::InvalidSignature,
         [](const auto &) { return ErrorMessages::tr("The payment provider's message could not be verified."); }},
        {errors::WebhookExpired,
         [](const auto &) { return ErrorMessages::tr("The payment provider's message came too late."); }},
        {errors::InvalidCode,
         [](const auto &e) {
             return e.status == 400 ? ErrorMessages::tr("This code does not work: it is wrong, used already, or too "
                                                        "old. Ask for a new one.")
                                    : ErrorMessages::tr("There is no such code.");
         }},
        {errors::CodeExpired, [](const auto &) { return ErrorMessages::tr("This code has expired."); }},
        {errors::CodeUsedUp, [](const auto &) { return ErrorMessages::tr("This code has been used up."); }},
        {errors::AlreadyRedeemed,
         [](const auto &) { return ErrorMessages::tr("You have redeemed this code already."); }},
        {errors::AlreadyCheckedIn,
         [](const auto &) { return ErrorMessages::tr("You have checked in today already."); }},
        {errors::NotEnoughPoints, [](const auto &) { return ErrorMessages::tr("You do not have enough points."); }},
        {errors::AlreadyAccepted,
         [](const auto &) { return ErrorMessages::tr("An answer to this question was accepted already."); }},
        {errors::EventFull, [](const auto &) { return ErrorMessages::tr("This event is full."); }},
        {errors::TrialUsed, [](const auto &) { return ErrorMessages::tr("You have used your free trial already."); }},
        {errors::TierRetired, [](const auto &) { return ErrorMessages::tr("This tier is no longer offered."); }},
        {errors::UploadOffset,
         [](const auto &) { return ErrorMessages::tr("The upload got out of step with the server. Try again."); }},
        {errors::ChecksumMismatch,
         [](const auto &) {
             return ErrorMessages::tr("The video arrived different from the file sent. Upload it again.");
         }},
        {errors::PollClosed, [](const auto &) { return ErrorMessages::tr("This poll is closed."); }},
        {errors::PaymentsUnavailable,
         [](const auto &) { return ErrorMessages::tr("This community does not take payments at the moment."); }},
        {errors::MailUnavailable,
         [](const auto &) {
             return ErrorMessages::tr("This community does not send email. Ask one of its admins for a reset code.");
         }},
        {errors::NotFound, [](const auto &) { return ErrorMessages::tr("It is no longer there."); }},
        {errors::MethodNotAllowed, [](const auto &) { return needsUpdate(); }},
        {errors::UsernameTaken, [](const auto &) { return ErrorMessages::tr("That username is taken."); }},
        {errors::EmailTaken, [](const auto &) { return ErrorMessages::tr("That email address is in use already."); }},
        {errors::Conflict,
         [](const auto &e) {
             return detailOr(e, ErrorMessages::tr("This was changed in the meantime. Load it again and retry."));
         }},
        {errors::RequestInProgress,
         [](const auto &) {
             return ErrorMessages::tr("Your earlier attempt is still being handled. Try again in a moment.");
         }},
        {errors::IdempotencyKeyReused, [](const auto &) { return needsUpdate(); }},
        {errors::LengthRequired, [](const auto &) { return needsUpdate(); }},
        {errors::PayloadTooLarge, [](const auto &) { return ErrorMessages::tr("This is too large to send."); }},
        {errors::HeadersTooLarge, [](const auto &) { return needsUpdate(); }},
        {errors::UnsupportedMediaType,
         [](const auto &) { return ErrorMessages::tr("The server does not take this kind of file."); }},
        {errors::UpgradeRequired, [](const auto &) { return ErrorMessages::tr("This server needs a newer Guild."); }},
        {errors::RateLimited,
         [](const auto &e) {
             return ErrorMessages::tr("Too many attempts. Try again in %n second(s).", nullptr, qMax(1, e.retryAfter));
         }},
        {errors::ServerBusy,
         [](const auto &) { return ErrorMessages::tr("The server is busy. Try again in a moment."); }},
        {errors::Internal,
         [](const auto &e) {
             return ErrorMessages::tr("The server had a problem (%1). Try again later.").arg(e.status);
         }},
    };
    return table;
}

const QHash<QString, Message> &chatMessages()
{
    static const QHash<QString, Message> table{
        {chaterrors::BadFrame, [](const auto &e) { return detailOr(e, needsUpdate()); }},
        {chaterrors::UnknownType, [](const auto &) { return needsUpdate(); }},
        {chaterrors::TooLarge, [](const auto &) { return ErrorMessages::tr("This message is too long."); }},
        {chaterrors::AuthRequired, [](const auto &) { return sessionEnded(); }},
        {chaterrors::AuthFailed, [](const auto &) { return sessionEnded(); }},
        {chaterrors::NoSuchChannel,
         [](const auto &) { return ErrorMessages::tr("That channel does not exist, or is not open to you."); }},
        {chaterrors::NoSuchMember,
         [](const auto &) { return ErrorMessages::tr("No other member has that username."); }},
        {chaterrors::NoSuchMessage, [](const auto &) { return ErrorMessages::tr("That message no longer exists."); }},
        {chaterrors::NotAllowed, [](const auto &) { return ErrorMessages::tr("You can't change that message."); }},
        {chaterrors::MembershipRequired,
         [](const auto &) { return ErrorMessages::tr("Your membership doesn't include this channel."); }},
        {chaterrors::RateLimited,
         [](const auto &) { return ErrorMessages::tr("Slow down a little: too many changes at once."); }},
        {chaterrors::SlowConsumer,
         [](const auto &) { return ErrorMessages::tr("The connection fell behind and starts again."); }},
        {chaterrors::Internal,
         [](const auto &) { return ErrorMessages::tr("The chat server had a problem. Try again later."); }},
        {chaterrors::SessionEnded, [](const auto &) { return sessionEnded(); }},
        {chaterrors::TokenExpired, [](const auto &) { return sessionEnded(); }},
        {chaterrors::AccountBanned, [](const auto &) { return banned(); }},
    };
    return table;
}

} // namespace

QString ErrorMessages::forApi(const protocol::ApiError &error)
{
    if (const auto it = apiMessages().constFind(error.code); it != apiMessages().cend()) {
        return (*it)(error);
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
    if (const auto it = chatMessages().constFind(code); it != chatMessages().cend()) {
        return (*it)(error);
    }
    return tr("The chat server refused this (%1).").arg(code);
}

QStringList ErrorMessages::apiCodes()
{
    return apiMessages().keys();
}

QStringList ErrorMessages::chatCodes()
{
    return chatMessages().keys();
}

} // namespace guild::app
