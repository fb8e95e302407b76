#pragma once

#include "protocol/apierror.h"

#include <QCoreApplication>
#include <QStringList>

namespace guild::app {

/// What a member reads for each error code the server can send (docs/api.md), in their language. The
/// server's own message is English written for developers: it is shown only in an English interface,
/// and only for the codes whose message says which field or rule was meant (invalid_field, forbidden,
/// conflict, the chat's bad_frame).
class ErrorMessages final
{
    Q_DECLARE_TR_FUNCTIONS(guild::app::ErrorMessages)
public:
    /// For an answer of the REST API.
    static QString forApi(const protocol::ApiError &error);
    /// For an error frame on the chat connection.
    static QString forChat(const QString &code, const QString &serverMessage, int retryAfter = 0);

    /// The codes with a message of their own, REST and chat (tests check every code the protocol
    /// defines is among them).
    static QStringList apiCodes();
    static QStringList chatCodes();
};

} // namespace guild::app
