#include "transport.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>

Q_DECLARE_LOGGING_CATEGORY(lcNet)

namespace guild::app {

namespace {
constexpr const char *FinishesAnyway = "guildFinishesAnyway";

QByteArray find(const QList<std::pair<QByteArray, QByteArray>> &headers, QByteArrayView name)
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0) {
            return value;
        }
    }
    return {};
}
} // namespace

QByteArray TransportRequest::header(QByteArrayView name) const
{
    return find(headers, name);
}

QByteArray TransportAnswer::header(QByteArrayView name) const
{
    return find(headers, name);
}

class NetworkTransport::Private
{
public:
    QNetworkAccessManager nam;
};

NetworkTransport::NetworkTransport(QObject *parent)
    : Transport(parent)
    , d(std::make_unique<Private>())
{
    d->nam.setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
}

NetworkTransport::~NetworkTransport() = default;

QNetworkReply *NetworkTransport::open(const TransportRequest &request)
{
    QNetworkRequest r(request.url);
    r.setTransferTimeout(request.timeoutMs);
    for (const auto &[name, value] : request.headers) {
        r.setRawHeader(name, value);
    }
    if (!m_extraCa.isEmpty()) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(m_extraCa);
        r.setSslConfiguration(tls);
    }
    return d->nam.sendCustomRequest(r, request.method, request.body);
}

void NetworkTransport::send(const TransportRequest &request, Done done)
{
    QNetworkReply *reply = open(request);
    reply->setParent(this);
    reply->setProperty(FinishesAnyway, request.finishesAnyway);
    connect(reply, &QNetworkReply::finished, this, [reply, method = request.method, done = std::move(done)] {
        reply->deleteLater();
        TransportAnswer answer;
        answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        answer.body = reply->readAll();
        for (const auto &[name, value] : reply->rawHeaderPairs()) {
            answer.headers.emplaceBack(name, value);
        }
        // The server logs the same id: a member's report ("it failed at 10:42") finds its request there.
        if (const QByteArray id = reply->rawHeader("X-Request-Id"); answer.status >= 400) {
            qCWarning(lcNet).noquote() << method << reply->url().path() << "answered" << answer.status << "request id"
                                       << id;
        } else {
            qCDebug(lcNet).noquote() << method << reply->url().path() << answer.status << "request id" << id;
        }
        if (answer.status == 0) {
            answer.errorString = reply->errorString();
            switch (reply->error()) {
            case QNetworkReply::OperationCanceledError:
                answer.failure = TransportAnswer::Failure::Cancelled;
                break;
            case QNetworkReply::SslHandshakeFailedError:
                answer.failure = TransportAnswer::Failure::Untrusted;
                break;
            case QNetworkReply::TimeoutError:
                answer.failure = TransportAnswer::Failure::Timeout;
                break;
            default:
                answer.failure = TransportAnswer::Failure::Unreachable;
                break;
            }
        }
        done(answer);
    });
}

void NetworkTransport::abortAll()
{
    const auto replies = findChildren<QNetworkReply *>();
    for (QNetworkReply *reply : replies) {
        if (!reply->property(FinishesAnyway).toBool()) {
            reply->abort();
        }
    }
}

} // namespace guild::app
