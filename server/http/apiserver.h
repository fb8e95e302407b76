#pragma once

#include "domain/authuser.h"
#include "domain/result.h"
#include "protocol/endpoint.h"
#include "reply.h"
#include "request.h"
#include "trustedproxies.h"

#include <QHostAddress>
#include <QHttpServer>
#include <QSslConfiguration>
#include <QThreadPool>
#include <QWebSocket>

#include <atomic>
#include <functional>
#include <optional>

class QTcpServer;

namespace guild::server {

class AuthService;
class IdempotencyService;
class Metrics;

/// The HTTP front: routes requests to endpoint handlers, runs each handler on a worker pool (database
/// and hashing never block the server thread), writes the reply back on the server thread if the client
/// is still there, and logs one access line per request.
class ApiServer final : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<Reply(const Request &)>;
    using IdHandler = std::function<Reply(qint64, const Request &)>;
    using KeyHandler = std::function<Reply(const QString &, const Request &)>;
    enum class Pool
    {
        General,
        Auth
    };

    ApiServer(AuthService &auth, QObject *parent = nullptr);
    ~ApiServer() override;

    /// Listens on address:port (0 for any free port), over TLS when `tls` is given. Returns the port, 0 on failure.
    quint16 listen(const QHostAddress &address, quint16 port, const std::optional<QSslConfiguration> &tls);

    /// Answers `route` (its method and path, from protocol/endpoints.h) with `handler`.
    void route(const protocol::Route &route, Handler handler, Pool pool = Pool::General);
    /// For routes with one numeric id ("{id}" in the path).
    void routeWithId(const protocol::Route &route, IdHandler handler);
    /// For routes with one text key ("{key}" in the path).
    void routeWithKey(const protocol::Route &route, KeyHandler handler);

    /// The caller named by the bearer token, or the 401 to send.
    Result<AuthUser> authenticate(const Request &request) const;
    /// Accepts WebSocket upgrades on `route` and hands each connection to `handler`.
    void onWebSocket(const protocol::Route &route, std::function<void(std::unique_ptr<QWebSocket>)> handler);
    /// Waits for queued work to finish (shutdown and tests).
    void drain();
    /// Stops accepting connections; those open are answered until they close.
    void stopListening();
    /// Requests taken and not yet answered (queued or running).
    int inFlight() const { return m_inFlight.load(); }
    /// Counts every answer into `metrics` and serves them on `GET /metrics` to loopback callers, or to
    /// callers presenting `token` as a bearer token when it is not empty.
    void serveMetrics(Metrics *metrics, QByteArray token);
    /// POSTs by signed-in members that carry an Idempotency-Key run once; repeats get the first answer.
    void setIdempotency(IdempotencyService *idempotency) { m_idempotency = idempotency; }
    /// Proxies whose X-Forwarded-For names the client (set before listening).
    void setTrustedProxies(TrustedProxies proxies) { m_proxies = std::move(proxies); }

    struct RouteInfo
    {
        QByteArray method; ///< GET, POST, … ("GET" for the WebSocket upgrade)
        QString path;      ///< with {id} for a numeric and {key} for a text parameter
    };
    /// Every route registered, in order: what `guild-server --list-routes` prints, and what the
    /// authorization matrix test walks (a route without a row there fails it).
    const QList<RouteInfo> &routes() const { return m_routes; }

private:
    /// `route` is null for answers no route makes (404, 426).
    void dispatch(const protocol::Route *route, const QHttpServerRequest &request, QHttpServerResponder &&responder,
                  Pool pool, std::function<Reply(const Request &)> work);
    void respondMissing(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    void remember(const protocol::Route &route);
    /// Runs `work` once per member and Idempotency-Key (see setIdempotency).
    Reply runOnce(const Request &request, const std::function<Reply(const Request &)> &work);

    AuthService &m_auth;
    IdempotencyService *m_idempotency = nullptr;
    TrustedProxies m_proxies;
    QHttpServer m_http;
    QThreadPool m_general;
    QThreadPool m_authPool;
    std::atomic<int> m_queued{0};
    std::atomic<int> m_inFlight{0};
    std::atomic<quint64> m_syncPages{0};
    Metrics *m_metrics = nullptr;
    QList<QTcpServer *> m_listeners;
    QList<QRegularExpression> m_knownPaths;
    QList<RouteInfo> m_routes;
};

} // namespace guild::server
