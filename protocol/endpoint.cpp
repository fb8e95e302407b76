#include "endpoint.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace guild::protocol {

QLatin1StringView methodName(HttpMethod method)
{
    switch (method) {
    case HttpMethod::Get:
        return "GET"_L1;
    case HttpMethod::Post:
        return "POST"_L1;
    case HttpMethod::Patch:
        return "PATCH"_L1;
    case HttpMethod::Put:
        return "PUT"_L1;
    case HttpMethod::Delete:
        return "DELETE"_L1;
    }
    return "GET"_L1;
}

QString Route::url() const
{
    Q_ASSERT(!takesId() && !takesKey());
    return QString(path);
}

QString Route::url(qint64 id) const
{
    Q_ASSERT(takesId());
    return QString(path).replace(u"{id}"_s, QString::number(id));
}

QString Route::url(const QString &key) const
{
    Q_ASSERT(takesKey());
    return QString(path).replace(u"{key}"_s, QString::fromLatin1(QUrl::toPercentEncoding(key)));
}

} // namespace guild::protocol
