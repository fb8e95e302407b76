#include "request.h"

#include "protocol/errorcodes.h"
#include "protocol/jsonreader.h"
#include "trustedproxies.h"

#include <QHttpServerRequest>
#include <QMetaEnum>

using namespace Qt::StringLiterals;

namespace guild::server {

using namespace protocol;

Request Request::from(const QHttpServerRequest &request, const TrustedProxies &proxies)
{
    Request r;
    QList<QByteArray> forwardedFor;
    const auto methodEnum = QMetaEnum::fromType<QHttpServerRequest::Method>();
    r.method = QByteArray(methodEnum.valueToKey(static_cast<int>(request.method()))).toUpper();
    r.path = request.url().path();
    r.query = request.query();
    for (const auto &[name, value] : request.headers()) {
        r.headers.insert(name.toLower(), value);
        if (name.compare("x-forwarded-for", Qt::CaseInsensitive) == 0) {
            forwardedFor.append(value); // every line counts: a proxy may add its own
        }
    }
    r.body = request.body();
    r.clientAddress = proxies.clientAddress(request.remoteAddress(), forwardedFor);
    return r;
}

QString Request::bearerToken() const
{
    const QByteArray header = headers.value(QByteArrayLiteral("authorization")).trimmed();
    if (!header.startsWith("Bearer ")) {
        return {};
    }
    return QString::fromLatin1(header.mid(7).trimmed());
}

std::optional<QJsonObject> Request::jsonBody(ApiError *error) const
{
    const QByteArray type = headers.value(QByteArrayLiteral("content-type")).toLower();
    if (!type.startsWith("application/json")) {
        *error = {415, QString(errors::UnsupportedMediaType), u"Send the body as application/json."_s};
        return std::nullopt;
    }
    return JsonReader::parseObject(body, error);
}

} // namespace guild::server
