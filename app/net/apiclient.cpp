#include "apiclient.h"

#include "errormessages.h"
#include "protocol/endpoints.h"
#include "protocol/errorcodes.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QUuid>

Q_LOGGING_CATEGORY(lcNet, "guild.net")

using namespace Qt::StringLiterals;

namespace guild::app {

using namespace protocol;

ApiClient::ApiClient(QObject *parent)
    : QObject(parent)
{}

void ApiClient::setTransport(Transport *transport)
{
    m_transport = transport ? transport : &m_network;
}

void ApiClient::setBaseUrl(const QUrl &url)
{
    m_baseUrl = url;
}

bool ApiClient::addCaFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read the certificate file %1.").arg(path);
        return false;
    }
    const auto certificates = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
    if (certificates.isEmpty()) {
        *error = tr("%1 holds no PEM certificate.").arg(path);
        return false;
    }
    m_extraCa += certificates;
    m_network.setExtraCaCertificates(m_extraCa);
    return true;
}

void ApiClient::setTokens(const QString &accessToken, const QString &refreshToken)
{
    m_accessToken = accessToken;
    m_refreshToken = refreshToken;
}

void ApiClient::clearTokens()
{
    m_accessToken.clear();
    m_refreshToken.clear();
}

void ApiClient::getRaw(const protocol::Route &route, QObject *context, Callback callback)
{
    sendRoute(route, route.url(), {}, context, std::move(callback));
}

void ApiClient::getRaw(const protocol::Route &route, const QString &target, QObject *context, Callback callback)
{
    sendRoute(route, target, {}, context, std::move(callback));
}

QByteArray ApiClient::bodyFor(const protocol::Route &route, const QJsonObject &json)
{
    const bool withBody = route.method != HttpMethod::Get && route.method != HttpMethod::Delete;
    return withBody ? QJsonDocument(json).toJson(QJsonDocument::Compact) : QByteArray();
}

void ApiClient::sendKept(const QByteArray &method, const QString &path, const QByteArray &body,
                         const QByteArray &idempotencyKey, QObject *context, Callback callback)
{
    Pending pending{method, path, body, context, std::move(callback)};
    pending.idempotencyKey = idempotencyKey;
    send(std::move(pending));
}

void ApiClient::sendRoute(const protocol::Route &route, const QString &target, const QJsonObject &body,
                          QObject *context, Callback callback)
{
    const QLatin1StringView method = protocol::methodName(route.method);
    Pending pending{QByteArray(method.data(), method.size()), target, bodyFor(route, body), context,
                    std::move(callback)};
    if (route.idempotency() == Idempotency::Keyed) {
        pending.idempotencyKey =
            m_unanswered.value(fingerprint(pending), QUuid::createUuid().toByteArray(QUuid::WithoutBraces));
    }
    send(std::move(pending));
}

void ApiClient::sendRawBytes(const protocol::Route &route, const QString &target, const QByteArray &body,
                             const QByteArray &contentType, const QList<std::pair<QByteArray, QByteArray>> &headers,
                             QObject *context, Callback callback)
{
    const QLatin1StringView method = protocol::methodName(route.method);
    Pending pending{QByteArray(method.data(), method.size()), target, body, context, std::move(callback)};
    pending.contentType = contentType;
    pending.headers = headers;
    send(std::move(pending));
}

QByteArray ApiClient::fingerprint(const Pending &pending)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(pending.path.toUtf8());
    hash.addData(QByteArrayView("\n"));
    hash.addData(pending.body);
    return hash.result();
}

void ApiClient::abortAll()
{
    m_transport->abortAll();
}

QNetworkReply *ApiClient::getRange(const QString &pathAndQuery, qint64 first, qint64 last)
{
    TransportRequest request = makeRequest(pathAndQuery, false);
    request.method = "GET";
    for (auto &[name, value] : request.headers) {
        if (name == "Accept") {
            value = "*/*";
        }
    }
    request.headers.emplaceBack("Range", "bytes=" + QByteArray::number(first) + '-' + QByteArray::number(last));
    return m_network.open(request);
}

QUrl ApiClient::urlFor(const QString &pathAndQuery) const
{
    return makeRequest(pathAndQuery, false).url;
}

TransportRequest ApiClient::makeRequest(const QString &pathAndQuery, bool withBody) const
{
    TransportRequest request;
    request.url = m_baseUrl;
    const qsizetype q = pathAndQuery.indexOf(u'?');
    request.url.setPath(q < 0 ? pathAndQuery : pathAndQuery.left(q));
    if (q >= 0) {
        request.url.setQuery(pathAndQuery.mid(q + 1));
    }
    request.timeoutMs = m_timeoutMs;
    request.headers.emplaceBack("Accept", "application/json");
    request.headers.emplaceBack("User-Agent", u"Guild/%1"_s.arg(QCoreApplication::applicationVersion()).toUtf8());
    if (withBody) {
        request.headers.emplaceBack("Content-Type", "application/json");
    }
    if (!m_accessToken.isEmpty()) {
        request.headers.emplaceBack("Authorization", "Bearer " + m_accessToken.toLatin1());
    }
    return request;
}

void ApiClient::send(Pending pending)
{
    if (m_refreshing && pending.path != protocol::endpoints::Refresh.url()) {
        m_waitingForRefresh.append(std::move(pending));
        return;
    }
    TransportRequest request = makeRequest(pending.path, !pending.body.isEmpty());
    request.method = pending.method;
    request.body = pending.body;
    request.finishesAnyway = pending.path == protocol::endpoints::Logout.url();
    if (!pending.contentType.isEmpty()) {
        for (auto &[name, value] : request.headers) {
            if (name == "Content-Type") {
                value = pending.contentType;
            }
        }
    }
    request.headers.append(pending.headers);
    if (!pending.idempotencyKey.isEmpty()) {
        request.headers.emplaceBack("Idempotency-Key", pending.idempotencyKey);
    }
    // The context guards the callback, not the transport's call: an answer for a client that is gone
    // is dropped here.
    m_transport->send(request, [self = QPointer<ApiClient>(this),
                                pending = std::move(pending)](const TransportAnswer &answer) mutable {
        if (self) {
            self->finish(answer, std::move(pending));
        }
    });
}

void ApiClient::finish(const TransportAnswer &answer, Pending pending)
{
    using Failure = TransportAnswer::Failure;
    ApiResponse response;
    response.status = answer.status;
    if (answer.status == 0) {
        response.networkFailure = true;
        switch (answer.failure) {
        case Failure::Cancelled:
            response.message = tr("Cancelled.");
            break;
        case Failure::Untrusted:
            response.message =
                tr("The server's certificate is not trusted, so Guild did not connect. %1").arg(answer.errorString);
            break;
        case Failure::Timeout:
            response.message = tr("The server took too long to answer.");
            break;
        case Failure::None:
        case Failure::Unreachable:
            response.message = tr("Cannot reach the server. Check your connection.");
            break;
        }
        response.error = {0, u"network"_s, answer.errorString};
        qCInfo(lcNet) << pending.method << pending.path << "failed:" << answer.errorString;
        setOnline(answer.failure == Failure::Cancelled ? m_online : false);
        deliver(pending, response);
        return;
    }
    setOnline(true);
    response.json = QJsonDocument::fromJson(answer.body).object();
    response.body = answer.body;
    if (response.status >= 200 && response.status < 300) {
        response.ok = true;
        deliver(pending, response);
        return;
    }
    response.error = ApiError::fromResponse(response.status, answer.body);
    response.error.retryAfter = answer.header("Retry-After").toInt();
    if (response.status == 401 && !pending.replayed && !m_refreshToken.isEmpty() &&
        pending.path != protocol::endpoints::Refresh.url() && pending.path != protocol::endpoints::Login.url()) {
        pending.replayed = true;
        refreshAndReplay(std::move(pending));
        return;
    }
    response.message = messageFor(response.error);
    deliver(pending, response);
}

void ApiClient::refreshAndReplay(Pending pending)
{
    m_waitingForRefresh.append(std::move(pending));
    if (m_refreshing) {
        return;
    }
    m_refreshing = true;
    m_accessToken.clear();
    // Straight to send(): the refresh must not wait behind itself.
    const QByteArray body = QJsonDocument(RefreshRequest{m_refreshToken}.toJson()).toJson(QJsonDocument::Compact);
    send({"POST", protocol::endpoints::Refresh.url(), body, this, [this](const ApiResponse &r) {
              m_refreshing = false;
              QList<Pending> waiting = std::exchange(m_waitingForRefresh, {});
              if (const auto tokens = r.ok ? AuthTokens::fromJson(r.json) : std::nullopt) {
                  m_accessToken = tokens->accessToken;
                  m_refreshToken = tokens->refreshToken;
                  Q_EMIT tokensRotated(m_refreshToken);
                  for (Pending &p : waiting) {
                      send(std::move(p));
                  }
                  return;
              }
              ApiResponse failed = r;
              failed.ok = false;
              if (!r.networkFailure) {
                  clearTokens();
                  failed.message = tr("Your session has ended. Please sign in again.");
                  Q_EMIT sessionExpired(failed.message);
              }
              for (const Pending &p : waiting) {
                  deliver(p, failed);
              }
          }});
}

void ApiClient::deliver(const Pending &pending, const ApiResponse &response)
{
    if (!pending.idempotencyKey.isEmpty()) {
        if (response.networkFailure) {
            if (m_unanswered.size() >= 256) {
                m_unanswered.clear(); // a member does not retry hundreds of lost requests; keep it small
            }
            m_unanswered.insert(fingerprint(pending), pending.idempotencyKey);
        } else {
            m_unanswered.remove(fingerprint(pending));
        }
    }
    if (pending.context && pending.callback) {
        pending.callback(response);
    }
}

void ApiClient::setOnline(bool online)
{
    if (m_online != online) {
        m_online = online;
        Q_EMIT onlineChanged(online);
    }
}

QString ApiClient::unreadableAnswerMessage()
{
    return tr("The server's answer could not be read. Guild may need an update.");
}

QString ApiClient::messageFor(const ApiError &error)
{
    return ErrorMessages::forApi(error);
}

} // namespace guild::app
