#pragma once

#include "protocol/apierror.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>

#include <utility>

namespace guild::server {

/// A finished HTTP answer, built on a worker thread and written on the server thread.
struct Reply
{
    int status = 200;
    QByteArray body;
    QByteArray contentType = QByteArrayLiteral("application/json");
    int retryAfter = 0;
    /// Further headers (Content-Range, Accept-Ranges...); names as they go on the wire.
    QList<std::pair<QByteArray, QByteArray>> headers;
    /// The signed-in member the answer was for (0 when none), for the access log.
    qint64 memberId = 0;

    static Reply json(const QJsonObject &object, int status = 200);
    static Reply json(const QJsonArray &array, int status = 200);
    /// JSON already written (protocol::JsonWriter).
    static Reply jsonBytes(QByteArray body, int status = 200);
    static Reply error(const protocol::ApiError &error);
    static Reply noContent();
    /// Raw bytes of their own type (a picture), status 200.
    static Reply bytes(QByteArray body, QByteArray contentType);
};

} // namespace guild::server
