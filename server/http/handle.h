#pragma once

#include "apiserver.h"
#include "protocol/contract.h"
#include "protocol/jsonwriter.h"

#include <type_traits>

namespace guild::server {

/// What a typed handler is given besides its decoded request: the HTTP request (headers, the client's
/// address), the caller on routes that need a bearer token, and the path's parameter.
struct Call
{
    const Request &http;
    const AuthUser *caller = nullptr;
    qint64 id = 0; ///< "{id}" in the path
    QString key;   ///< "{key}" in the path

    /// The signed-in caller: only on Access::Bearer routes (the token was checked before the handler).
    const AuthUser &user() const { return *caller; }
};

namespace detail {

template <typename T>
struct IsResult : std::false_type
{};
template <typename T>
struct IsResult<Result<T>> : std::true_type
{};

/// The handler's outcome as the endpoint's answer: its response type's JSON with the endpoint's
/// success status, or the error. A handler returns Result<X> for any X the response is made from
/// (Result<Article> for One<Article, "article">), or a Reply for the few answers that are not JSON.
template <typename E, typename Outcome>
Reply encode(const Outcome &outcome)
{
    using Response = typename E::Response;
    if constexpr (std::is_same_v<Outcome, Reply>) {
        return outcome;
    } else {
        static_assert(IsResult<Outcome>::value, "a typed handler returns Result<...> or Reply");
        if (!outcome.ok()) {
            return Reply::error(outcome.error());
        }
        if constexpr (std::is_same_v<Response, protocol::NoContent>) {
            return Reply::noContent();
        } else if constexpr (requires(const Response &r, protocol::JsonWriter &w) { r.writeJson(w); }) {
            // Large, frequent answers write their JSON straight instead of building a QJsonObject.
            protocol::JsonWriter writer;
            Response(outcome.value()).writeJson(writer);
            return Reply::jsonBytes(writer.take(), E::successStatus);
        } else {
            return Reply::json(Response(outcome.value()).toJson(), E::successStatus);
        }
    }
}

template <typename Req>
std::optional<Req> decode(const Request &request, protocol::ApiError *error)
{
    if constexpr (std::is_same_v<Req, protocol::NoRequest> || std::is_same_v<Req, protocol::RawBody>) {
        return Req{};
    } else if constexpr (protocol::QueryRequest<Req>) {
        return Req::fromQuery(request.query, error);
    } else {
        static_assert(protocol::BodyRequest<Req>);
        const auto json = request.jsonBody(error);
        return json ? Req::fromJson(*json, error) : std::nullopt;
    }
}

template <typename E, typename H>
Reply serve(const ApiServer &server, const E &endpoint, const H &handler, const Request &request, qint64 id,
            const QString &key)
{
    using Req = typename E::Request;
    std::optional<Result<AuthUser>> caller;
    if (endpoint.access == protocol::Access::Bearer) {
        caller = server.authenticate(request);
        if (!caller->ok()) {
            return Reply::error(caller->error());
        }
    }
    protocol::ApiError error;
    const std::optional<Req> decoded = decode<Req>(request, &error);
    if (!decoded) {
        return Reply::error(error);
    }
    const Call call{request, caller ? &caller->value() : nullptr, id, key};
    Reply reply;
    if constexpr (std::is_invocable_v<const H &, const Call &, const Req &>) {
        reply = encode<E>(handler(call, *decoded));
    } else {
        reply = encode<E>(handler(call));
    }
    reply.memberId = caller ? caller->value().id : 0;
    return reply;
}

} // namespace detail

/// Answers `endpoint` with `handler`, typed end to end: the caller is authenticated when the route
/// needs it, the request decoded by the endpoint's request type (a 400 with the broken rule when it
/// does not decode), and the handler's result encoded by its response type.
/// `handler`: (const Call &, const Request &) or, for requests without content, (const Call &).
template <typename E, typename H>
void handle(ApiServer &server, const E &endpoint, H handler, ApiServer::Pool pool = ApiServer::Pool::General)
{
    const ApiServer &api = server;
    if (endpoint.takesId()) {
        server.routeWithId(endpoint, [&api, &endpoint, handler](qint64 id, const Request &request) {
            return detail::serve(api, endpoint, handler, request, id, QString());
        });
    } else if (endpoint.takesKey()) {
        server.routeWithKey(endpoint, [&api, &endpoint, handler](const QString &key, const Request &request) {
            return detail::serve(api, endpoint, handler, request, 0, key);
        });
    } else {
        server.route(
            endpoint,
            [&api, &endpoint, handler](const Request &request) {
                return detail::serve(api, endpoint, handler, request, 0, QString());
            },
            pool);
    }
}

} // namespace guild::server
