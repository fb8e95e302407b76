#include "reply.h"

#include <QJsonDocument>

namespace guild::server {

Reply Reply::json(const QJsonObject &object, int status)
{
    return Reply{status, QJsonDocument(object).toJson(QJsonDocument::Compact)};
}

Reply Reply::json(const QJsonArray &array, int status)
{
    return Reply{status, QJsonDocument(array).toJson(QJsonDocument::Compact)};
}

Reply Reply::error(const protocol::ApiError &error)
{
    Reply reply = json(error.toJson(), error.status);
    reply.retryAfter = error.retryAfter;
    return reply;
}

Reply Reply::noContent()
{
    return Reply{204, {}, {}};
}

} // namespace guild::server
