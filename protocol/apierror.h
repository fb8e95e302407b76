#pragma once

#include <QJsonObject>
#include <QString>

namespace guild::protocol {

/// The one error shape of the API: {"error":{"code":"snake_case","message":"human text"}} plus an HTTP status.
struct ApiError
{
    int status = 0;
    QString code;
    QString message;
    /// Seconds the client should wait before retrying (rate limits); 0 when not applicable.
    int retryAfter = 0;

    QJsonObject toJson() const;
    /// Reads the body of an error response; falls back to a generic code when the body is not ours.
    static ApiError fromResponse(int status, const QByteArray &body);

    static ApiError badRequest(QLatin1StringView code, const QString &message) { return {400, QString(code), message}; }
    static ApiError unauthenticated(QLatin1StringView code, const QString &message)
    {
        return {401, QString(code), message};
    }
    static ApiError forbidden(QLatin1StringView code, const QString &message) { return {403, QString(code), message}; }
    static ApiError notFound(const QString &message);
    static ApiError conflict(QLatin1StringView code, const QString &message) { return {409, QString(code), message}; }
    static ApiError rateLimited(int retryAfterSeconds);
    static ApiError busy();
    static ApiError internal();
};

} // namespace guild::protocol
