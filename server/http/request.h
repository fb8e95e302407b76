#pragma once

#include "domain/authuser.h"
#include "domain/result.h"
#include "protocol/apierror.h"

#include <QHash>
#include <QJsonObject>
#include <QUrlQuery>

#include <memory>
#include <optional>

class QHttpServerRequest;

namespace guild::server {

class TrustedProxies;

/// A copy of what a handler needs from a QHttpServerRequest, safe to carry to a worker thread
/// (the original lives only as long as the server's callback).
struct Request
{
    QByteArray method;
    QString path;
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; // names lower-cased
    QByteArray body;
    /// The client's address: the peer, or what a trusted proxy says in X-Forwarded-For.
    QString clientAddress;
    /// Who the bearer token names, once looked up (ApiServer::authenticate asks the database only once).
    std::shared_ptr<const Result<AuthUser>> caller;

    static Request from(const QHttpServerRequest &request, const TrustedProxies &proxies);
    QString bearerToken() const;
    /// The body as a JSON object, after checking media type and UTF-8; nullopt with `error` set otherwise.
    std::optional<QJsonObject> jsonBody(protocol::ApiError *error) const;
};

} // namespace guild::server
