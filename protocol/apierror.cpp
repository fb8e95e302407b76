#include "apierror.h"

#include "errorcodes.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace guild::protocol {

QJsonObject ApiError::toJson() const
{
    return QJsonObject{{u"error"_s, QJsonObject{{u"code"_s, code}, {u"message"_s, message}}}};
}

ApiError ApiError::fromResponse(int status, const QByteArray &body)
{
    ApiError error{status, QString(errors::Internal), QString()};
    const QJsonObject inner = QJsonDocument::fromJson(body).object().value(u"error"_s).toObject();
    if (!inner.isEmpty()) {
        error.code = inner.value(u"code"_s).toString(error.code);
        error.message = inner.value(u"message"_s).toString();
    }
    return error;
}

ApiError ApiError::notFound(const QString &message)
{
    return {404, QString(errors::NotFound), message};
}

ApiError ApiError::rateLimited(int retryAfterSeconds)
{
    return {429, QString(errors::RateLimited), u"Too many requests; try again in %1 s."_s.arg(retryAfterSeconds),
            retryAfterSeconds};
}

ApiError ApiError::busy()
{
    return {503, QString(errors::ServerBusy), u"The server is busy; try again shortly."_s, 1};
}

ApiError ApiError::internal()
{
    return {500, QString(errors::Internal), u"Internal server error."_s};
}

} // namespace guild::protocol
