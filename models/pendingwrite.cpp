#include "pendingwrite.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace guild::models {

QJsonObject PendingWrite::request() const
{
    return body.isEmpty() ? QJsonObject() : QJsonDocument::fromJson(body).object();
}

QString PendingWrite::text() const
{
    const QJsonObject json = request();
    const QString words = json.value(u"body"_s).toString();
    return words.isEmpty() ? json.value(u"title"_s).toString() : words;
}

} // namespace guild::models
