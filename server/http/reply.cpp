#include "reply.h"

#include <QJsonDocument>

namespace guild::server {

Reply Reply::json(const QJsonObject &object, int status)
{
    Reply reply;
    reply.status = status;
    reply.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return reply;
}

Reply Reply::json(const QJsonArray &array, int status)
{
    Reply reply;
    reply.status = status;
    reply.body = QJsonDocument(array).toJson(QJsonDocument::Compact);
    return reply;
}

Reply Reply::jsonBytes(QByteArray body, int status)
{
    Reply reply;
    reply.status = status;
    reply.body = std::move(body);
    return reply;
}

Reply Reply::error(const protocol::ApiError &error)
{
    Reply reply = json(error.toJson(), error.status);
    reply.retryAfter = error.retryAfter;
    return reply;
}

Reply Reply::noContent()
{
    Reply reply;
    reply.status = 204;
    reply.contentType.clear();
    return reply;
}

Reply Reply::bytes(QByteArray body, QByteArray contentType)
{
    Reply reply;
    reply.body = std::move(body);
    reply.contentType = std::move(contentType);
    return reply;
}

} // namespace guild::server
