#include "apiclient.h"

#include "protocol/endpoints.h"
#include "protocol/errorcodes.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QUuid>

Q_LOGGING_CATEGORY(lcNet, "guild.net")

using namespace Qt::StringLiterals;

namespace guild::app {

using namespace protocol;

ApiClient::ApiClient(QObject *parent)
    : QObject(parent)
{
    m_nam.setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
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

void ApiClient::sendRoute(const protocol::Route &route, const QString &target, const QJsonObject &body,
                          QObject *context, Callback callback)
{
    const QLatin1StringView method = protocol::methodName(route.method);
    const bool withBody = route.method == HttpMethod::Post || route.method == HttpMethod::Patch;
    Pending pending{QByteArray(method.data(), method.size()), target,
                    withBody ? QJsonDocument(body).toJson(QJsonDocument::Compact) : QByteArray(), context,
                    std::move(callback)};
    if (route.idempotency() == Idempotency::Keyed) {
        pending.idempotencyKey =
            m_unanswered.value(fingerprint(pending), QUuid::createUuid().toByteArray(QUuid::WithoutBraces));
    }
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
    const auto replies = findChildren<QNetworkReply *>();
    for (QNetworkReply *reply : replies) {
        reply->abort();
    }
}

QNetworkReply *ApiClient::getRange(const QString &pathAndQuery, qint64 first, qint64 last)
{
    QNetworkRequest request = makeRequest(pathAndQuery, false);
    request.setRawHeader("Accept", "*/*");
    request.setRawHeader("Range", "bytes=" + QByteArray::number(first) + '-' + QByteArray::number(last));
    return m_nam.get(request);
}

QUrl ApiClient::urlFor(const QString &pathAndQuery) const
{
    return makeRequest(pathAndQuery, false).url();
}

QNetworkRequest ApiClient::makeRequest(const QString &pathAndQuery, bool withBody) const
{
    QUrl url = m_baseUrl;
    const qsizetype q = pathAndQuery.indexOf(u'?');
    url.setPath(q < 0 ? pathAndQuery : pathAndQuery.left(q));
    if (q >= 0) {
        url.setQuery(pathAndQuery.mid(q + 1));
    }
    QNetworkRequest request(url);
    request.setTransferTimeout(m_timeoutMs);
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader, u"Guild/%1"_s.arg(QCoreApplication::applicationVersion()));
    if (withBody) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    }
    if (!m_accessToken.isEmpty()) {
        request.setRawHeader("Authorization", "Bearer " + m_accessToken.toLatin1());
    }
    if (!m_extraCa.isEmpty()) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(m_extraCa);
        request.setSslConfiguration(tls);
    }
    return request;
}

void ApiClient::send(Pending pending)
{
    if (m_refreshing && pending.path != protocol::endpoints::Refresh.url()) {
        m_waitingForRefresh.append(std::move(pending));
        return;
    }
    QNetworkRequest request = makeRequest(pending.path, !pending.body.isEmpty());
    if (!pending.idempotencyKey.isEmpty()) {
        request.setRawHeader("Idempotency-Key", pending.idempotencyKey);
    }
    QNetworkReply *reply = m_nam.sendCustomRequest(request, pending.method, pending.body);
    reply->setParent(this);
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, pending = std::move(pending)]() mutable { finish(reply, std::move(pending)); });
}

void ApiClient::finish(QNetworkReply *reply, Pending pending)
{
    reply->deleteLater();
    ApiResponse response;
    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    if (response.status == 0) {
        response.networkFailure = true;
        const auto error = reply->error();
        if (error == QNetworkReply::OperationCanceledError) {
            response.message = tr("Cancelled.");
        } else if (error == QNetworkReply::SslHandshakeFailedError) {
            response.message =
                tr("The server's certificate is not trusted, so Guild did not connect. %1").arg(reply->errorString());
        } else if (error == QNetworkReply::TimeoutError) {
            response.message = tr("The server took too long to answer.");
        } else {
            response.message = tr("Cannot reach the server. Check your connection.");
        }
        response.error = {0, u"network"_s, reply->errorString()};
        qCInfo(lcNet) << pending.method << pending.path << "failed:" << reply->errorString();
        setOnline(error == QNetworkReply::OperationCanceledError ? m_online : false);
        deliver(pending, response);
        return;
    }
    setOnline(true);
    response.json = QJsonDocument::fromJson(body).object();
    response.body = body;
    if (response.status >= 200 && response.status < 300) {
        response.ok = true;
        deliver(pending, response);
        return;
    }
    response.error = ApiError::fromResponse(response.status, body);
    response.error.retryAfter = reply->rawHeader("Retry-After").toInt();
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
    const QString &code = error.code;
    if (code == errors::InvalidCredentials) {
        return tr("Wrong username or password.");
    }
    if (code == errors::RateLimited) {
        return tr("Too many attempts. Try again in %n second(s).", nullptr, qMax(1, error.retryAfter));
    }
    if (code == errors::MembershipRequired) {
        return tr("This needs a higher membership tier.");
    }
    if (code == errors::TokenReused || code == errors::TokenExpired || code == errors::Unauthenticated) {
        return tr("Your session has ended. Please sign in again.");
    }
    if (code == errors::NotFound) {
        return tr("It is no longer there.");
    }
    if (code == errors::RequestInProgress) {
        return tr("Your earlier attempt is still being handled. Try again in a moment.");
    }
    if (code == errors::ServerBusy) {
        return tr("The server is busy. Try again in a moment.");
    }
    if (error.status >= 500) {
        return tr("The server had a problem (%1). Try again later.").arg(error.status);
    }
    return error.message.isEmpty() ? tr("The request failed (%1).").arg(error.status) : error.message;
}

} // namespace guild::app
