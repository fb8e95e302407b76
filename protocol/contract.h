#pragma once

#include "apierror.h"
#include "endpoint.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <QUrlQuery>

#include <algorithm>
#include <concepts>
#include <cstddef>
#include <optional>

// The typed half of the contract: what each route takes and answers. An endpoint descriptor
// (protocol/endpoints/*.h) names its request and response types; the server decodes the one and encodes
// the other with them, the client the other way round, so neither writes an envelope key by hand.
namespace guild::protocol {

/// A JSON key fixed at compile time, so envelope types can be spelt `One<Article, "article">`.
template <std::size_t N>
struct Key
{
    char text[N];
    constexpr Key(const char (&literal)[N]) { std::copy_n(literal, N, text); } // NOLINT: implicit on purpose
    QLatin1StringView view() const { return QLatin1StringView(text, qsizetype(N - 1)); }
};

/// The JSON form of one value: protocol types by their toJson, plain values as themselves.
template <typename T>
QJsonValue toJsonValue(const T &value)
{
    if constexpr (std::same_as<T, QString> || std::same_as<T, bool> || std::same_as<T, double>) {
        return QJsonValue(value);
    } else if constexpr (std::integral<T>) {
        return QJsonValue(qint64(value));
    } else {
        return value.toJson();
    }
}

/// Reads back what toJsonValue wrote; nullopt when the value has another shape.
template <typename T>
std::optional<T> fromJsonValue(const QJsonValue &value)
{
    if constexpr (std::same_as<T, QString>) {
        return value.isString() ? std::optional<T>(value.toString()) : std::nullopt;
    } else if constexpr (std::same_as<T, bool>) {
        return value.isBool() ? std::optional<T>(value.toBool()) : std::nullopt;
    } else if constexpr (std::same_as<T, double>) {
        return value.isDouble() ? std::optional<T>(value.toDouble()) : std::nullopt;
    } else if constexpr (std::integral<T>) {
        return value.isDouble() && value.toDouble() == double(value.toInteger())
                   ? std::optional<T>(T(value.toInteger()))
                   : std::nullopt;
    } else {
        return value.isObject() ? T::fromJson(value.toObject()) : std::nullopt;
    }
}

/// A list as a JSON array, each item by toJsonValue.
template <typename T>
QJsonArray jsonArray(const QList<T> &items)
{
    QJsonArray array;
    for (const T &item : items) {
        array.append(toJsonValue(item));
    }
    return array;
}

/// An answer holding one value under one key: {"article": {...}}.
template <typename T, Key K>
struct One
{
    T value;

    One() = default;
    One(T v) // NOLINT: implicit, so a handler returns the value itself
        : value(std::move(v))
    {}

    QJsonObject toJson() const { return {{K.view(), toJsonValue(value)}}; }
    static std::optional<One> fromJson(const QJsonObject &json)
    {
        auto v = fromJsonValue<T>(json.value(K.view()));
        return v ? std::optional<One>(One(std::move(*v))) : std::nullopt;
    }
};

/// An answer holding a list under one key: {"comments": [...]}. Items this client cannot read (a
/// newer server's additions) are left out; a missing or non-list key makes the whole answer unreadable.
template <typename T, Key K>
struct ListOf
{
    QList<T> items;

    ListOf() = default;
    ListOf(QList<T> list) // NOLINT: implicit, so a handler returns the list itself
        : items(std::move(list))
    {}

    QJsonObject toJson() const { return {{K.view(), jsonArray(items)}}; }
    static std::optional<ListOf> fromJson(const QJsonObject &json)
    {
        const QJsonValue value = json.value(K.view());
        if (!value.isArray()) {
            return std::nullopt;
        }
        ListOf list;
        for (const QJsonValue &item : value.toArray()) {
            if (auto v = fromJsonValue<T>(item)) {
                list.items.append(std::move(*v));
            }
        }
        return list;
    }
};

/// A request without a body or query (a GET of a fixed thing, a POST whose path says it all).
struct NoRequest
{
    QJsonObject toJson() const { return {}; }
    static std::optional<NoRequest> fromJson(const QJsonObject &, ApiError *) { return NoRequest{}; }
};

/// The answer of a route that says nothing but its status (204).
struct NoContent
{
    QJsonObject toJson() const { return {}; }
    static std::optional<NoContent> fromJson(const QJsonObject &) { return NoContent{}; }
};

/// A body that is not JSON (a CSV export, an HTML page, a media range, a signed webhook): the handler
/// and the caller deal with the bytes themselves.
struct RawBody
{};

/// A request carried in the body as a JSON object, decoded strictly (JsonReader's rules).
template <typename T>
concept BodyRequest = requires(const T &request, const QJsonObject &json, ApiError *error)
{
    {
        request.toJson()
        } -> std::same_as<QJsonObject>;
    {
        T::fromJson(json, error)
        } -> std::same_as<std::optional<T>>;
};

/// A request carried in the query string (the GETs that page, filter or pick a period).
template <typename T>
concept QueryRequest = requires(const T &request, const QUrlQuery &query, ApiError *error)
{
    {
        request.toQuery()
        } -> std::same_as<QUrlQuery>;
    {
        T::fromQuery(query, error)
        } -> std::same_as<std::optional<T>>;
};

/// A response the client decodes (everything but RawBody).
template <typename T>
concept JsonResponse = requires(const T &response, const QJsonObject &json)
{
    {
        response.toJson()
        } -> std::same_as<QJsonObject>;
    {
        T::fromJson(json)
        } -> std::same_as<std::optional<T>>;
};

/// A typed route: its Route (method, path, access, summary), what it takes and what it answers with
/// which success status.
template <typename Req, typename Resp, int SuccessStatus = 200>
struct Endpoint : Route
{
    using Request = Req;
    using Response = Resp;
    static constexpr int successStatus = SuccessStatus;
};

/// The server's validation of `request`, run where it is made: the client checks input before sending
/// it, with the very rules the server will apply. nullopt when the server would accept it.
template <typename T>
std::optional<ApiError> check(const T &request)
{
    ApiError error;
    if constexpr (BodyRequest<T>) {
        if (!T::fromJson(request.toJson(), &error)) {
            return error;
        }
    } else if constexpr (QueryRequest<T>) {
        if (!T::fromQuery(request.toQuery(), &error)) {
            return error;
        }
    }
    return std::nullopt;
}

} // namespace guild::protocol
