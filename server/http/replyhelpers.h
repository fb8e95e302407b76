#pragma once

#include "apiserver.h"
#include "domain/result.h"

#include <QJsonArray>

namespace guild::server {

/// A JSON number with no fraction (JSON has no integer type of its own).
inline bool isInteger(const QJsonValue &v)
{
    return v.isDouble() && v.toDouble() == static_cast<double>(v.toInteger());
}

/// {"key": [item.toJson()...]} for a list of protocol values.
template <typename T>
QJsonObject listJson(const QString &key, const QList<T> &items)
{
    QJsonArray array;
    for (const T &item : items) {
        array.append(item.toJson());
    }
    return {{key, array}};
}

/// An encoder for toReply: {"key": value.toJson()}.
template <typename T>
auto wrap(const QString &key)
{
    return [key](const T &value) { return QJsonObject{{key, value.toJson()}}; };
}

/// Turns a domain result into a reply with `encode` applied to the value, or the error reply.
template <typename T, typename Encode>
Reply toReply(const Result<T> &result, Encode encode, int status = 200)
{
    if (!result.ok()) {
        return Reply::error(result.error());
    }
    return Reply::json(encode(result.value()), status);
}

/// Runs `body` with the authenticated caller, or answers 401.
template <typename Body>
Reply withUser(const ApiServer &server, const Request &request, Body body)
{
    const Result<AuthUser> user = server.authenticate(request);
    if (!user.ok()) {
        return Reply::error(user.error());
    }
    return body(user.value());
}

/// Runs `body` with the authenticated caller and the request's JSON object, or answers 401 or 400.
template <typename Body>
Reply withUserAndJson(const ApiServer &server, const Request &request, Body body)
{
    return withUser(server, request, [&](const AuthUser &user) {
        protocol::ApiError error;
        const auto json = request.jsonBody(&error);
        return json ? body(user, *json) : Reply::error(error);
    });
}

} // namespace guild::server
