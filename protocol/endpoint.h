#pragma once

#include <QLatin1StringView>
#include <QString>

namespace guild::protocol {

enum class HttpMethod
{
    Get,
    Post,
    Patch,
    Put,
    Delete
};
/// "GET", "POST", …
QLatin1StringView methodName(HttpMethod method);

/// Who may call a route at all: anyone, or only a signed-in member with a bearer token. What a member
/// may do beyond that (by role, tier, ownership) is the server's to decide, route by route.
enum class Access
{
    Public,
    Bearer
};

/// How a route stays safe to repeat when an answer is lost.
enum class Idempotency
{
    Natural, ///< reading, or setting to a given state: the same request twice is the same request once
    Keyed,   ///< a POST: it carries an Idempotency-Key and the server runs it once per key
    Never    ///< its answer carries credentials: never kept, so a repeat is a new request
};

/// One route of the REST API: the one place its method and path are written. protocol/endpoints.h
/// lists them all; docs/api.md documents each with `summary`.
struct Route
{
    HttpMethod method;
    QLatin1StringView path; ///< a template: "{id}" stands for a numeric id, "{key}" for a text key
    Access access;
    const char *summary; ///< UTF-8, one line: what the route is for
    /// Its answer carries credentials (tokens, a signed link): never kept for a repeated request.
    bool credentials = false;

    /// The path to call: for a route with no parameter, with a numeric id, or with a text key
    /// (percent-encoded). Asking with the wrong kind of parameter is a programming error.
    QString url() const;
    QString url(qint64 id) const;
    QString url(const QString &key) const;
    Idempotency idempotency() const
    {
        return credentials                  ? Idempotency::Never
               : method == HttpMethod::Post ? Idempotency::Keyed
                                            : Idempotency::Natural;
    }
    bool takesId() const { return path.contains(QLatin1StringView("{id}")); }
    bool takesKey() const { return path.contains(QLatin1StringView("{key}")); }
    QString summaryText() const { return QString::fromUtf8(summary); }
};

} // namespace guild::protocol
