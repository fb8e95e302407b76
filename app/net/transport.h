#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QUrl>

#include <functional>
#include <memory>
#include <utility>

class QNetworkReply;

namespace guild::app {

/// One HTTP request as ApiClient hands it to a transport.
struct TransportRequest
{
    QByteArray method;
    QUrl url;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
    int timeoutMs = 20000;
    /// Not cancelled by abortAll(): a sign-out must reach the server even as the client moves on.
    bool finishesAnyway = false;

    QByteArray header(QByteArrayView name) const;
};

/// What came back: an HTTP answer (status > 0), or why there was none.
struct TransportAnswer
{
    enum class Failure
    {
        None,
        Cancelled,
        Untrusted, ///< the TLS handshake failed (certificate not trusted)
        Timeout,
        Unreachable,
    };
    int status = 0;
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers;
    Failure failure = Failure::None;
    QString errorString;

    QByteArray header(QByteArrayView name) const;
};

/// Carries ApiClient's requests. The app uses NetworkTransport (HTTPS through one
/// QNetworkAccessManager); tests of client services give canned answers through their own.
class Transport : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    using Done = std::function<void(const TransportAnswer &)>;

    /// Sends `request`; `done` runs once, later (never from inside send()).
    virtual void send(const TransportRequest &request, Done done) = 0;
    /// Ends every request in flight; each `done` gets Failure::Cancelled.
    virtual void abortAll() = 0;
};

/// HTTPS with certificate verification always on; extra roots for self-hosted servers.
class NetworkTransport final : public Transport
{
    Q_OBJECT
public:
    explicit NetworkTransport(QObject *parent = nullptr);
    ~NetworkTransport() override;

    void setExtraCaCertificates(const QList<QSslCertificate> &certificates) { m_extraCa = certificates; }
    void send(const TransportRequest &request, Done done) override;
    void abortAll() override;
    /// A request whose reply the caller reads itself (media ranges); the caller deletes it.
    QNetworkReply *open(const TransportRequest &request);

private:
    class Private;
    std::unique_ptr<Private> d;
    QList<QSslCertificate> m_extraCa;
};

} // namespace guild::app
