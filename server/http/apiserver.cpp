#include "apiserver.h"

#include "connectionguard.h"
#include "domain/authservice.h"
#include "domain/idempotencyservice.h"
#include "observe/metrics.h"
#include "protocol/endpoints.h"
#include "protocol/errorcodes.h"
#include "protocol/limits.h"
#include "replysequencer.h"
#include "storage/sql.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMetaEnum>
#include <QPointer>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUuid>

#include <cmath>

Q_LOGGING_CATEGORY(lcAccess, "guild.server.access")
Q_LOGGING_CATEGORY(lcHttp, "guild.server.http")

using namespace Qt::StringLiterals;

namespace guild::server {

using namespace protocol;

namespace {

// Past this many requests waiting for a worker, answer 503 at once rather than queue without bound.
constexpr int MaxQueued = 512;
/// As many as the kernel allows by default (net.core.somaxconn); it caps a larger one.
constexpr int ListenBacklog = 4096;

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 409:
        return "Conflict";
    case 413:
        return "Payload Too Large";
    case 415:
        return "Unsupported Media Type";
    case 422:
        return "Unprocessable Content";
    case 429:
        return "Too Many Requests";
    case 206:
        return "Partial Content";
    case 416:
        return "Range Not Satisfiable";
    case 503:
        return "Service Unavailable";
    default:
        return status < 500 ? "Client Error" : "Server Error";
    }
}

QByteArray serialise(const Reply &reply)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(reply.status) + ' ' + reasonPhrase(reply.status) + "\r\n";
    if (!reply.contentType.isEmpty()) {
        out += "Content-Type: " + reply.contentType + "\r\n";
    }
    out += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\n";
    out += "Cache-Control: no-store\r\nX-Content-Type-Options: nosniff\r\n";
    if (reply.retryAfter > 0) {
        out += "Retry-After: " + QByteArray::number(reply.retryAfter) + "\r\n";
    }
    for (const auto &[name, value] : reply.headers) {
        out += name + ": " + value + "\r\n";
    }
    out += "\r\n" + reply.body;
    return out;
}

// Runs a handler; failures of our own (database down, a bug) become a logged 500 without details.
Reply runGuarded(const std::function<Reply(const Request &)> &work, const Request &request)
{
    try {
        return work(request);
    } catch (const sql::Error &e) {
        qCCritical(lcHttp).noquote() << "database error on" << request.method << request.path << ':'
                                     << e.sqlError().text();
    } catch (const std::exception &e) {
        qCCritical(lcHttp).noquote() << "error on" << request.method << request.path << ':' << e.what();
    }
    return Reply::error(ApiError::internal());
}

/// The request's id for the logs and the X-Request-Id header: the proxy's (nginx's $request_id) or the
/// client's when it has the shape of one, so one id follows a request through every log; else a new one.
QByteArray requestIdFor(const Request &request)
{
    static const QRegularExpression shape(u"^[A-Za-z0-9_-]{8,64}$"_s);
    const QByteArray given = request.headers.value("x-request-id");
    if (!given.isEmpty() && shape.match(QString::fromLatin1(given)).hasMatch()) {
        return given;
    }
    return QUuid::createUuid().toByteArray(QUuid::Id128);
}

} // namespace

ApiServer::ApiServer(AuthService &auth, QObject *parent)
    : QObject(parent)
    , m_auth(auth)
{
    m_general.setMaxThreadCount(qMax(4, QThread::idealThreadCount() * 2));
    // Password hashing is memory- and CPU-heavy: few at a time, apart from the rest.
    m_authPool.setMaxThreadCount(qMax(2, QThread::idealThreadCount()));
    m_http.setMissingHandler([this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        respondMissing(request, std::move(responder));
    });
}

ApiServer::~ApiServer()
{
    drain();
}

void ApiServer::drain()
{
    m_general.waitForDone();
    m_authPool.waitForDone();
}

quint16 ApiServer::listen(const QHostAddress &address, quint16 port, const std::optional<QSslConfiguration> &tls)
{
    const ConnectionGuard::Limits limits{limits::MaxBodyBytes, limits::MaxHeaderBytes};
    QTcpServer *server = nullptr;
    if (tls) {
        auto *ssl = new GuardedSslServer(limits, this);
        ssl->setSslConfiguration(*tls);
        server = ssl;
    } else {
        server = new GuardedTcpServer(limits, this);
    }
    // Qt's default backlog is 50: in a storm of connections (clients coming back after a restart) the
    // kernel dropped the rest of each burst's SYNs and their clients waited a second to try again.
    server->setListenBacklogSize(ListenBacklog);
    if (!server->listen(address, port)) {
        qCCritical(lcHttp).noquote() << "cannot listen:" << server->errorString();
        delete server;
        return 0;
    }
    m_http.bind(server);
    m_listeners.append(server);
    return server->serverPort();
}

void ApiServer::stopListening()
{
    for (QTcpServer *server : std::as_const(m_listeners)) {
        server->close();
    }
}

void ApiServer::serveMetrics(Metrics *metrics, QByteArray token)
{
    m_metrics = metrics;
    metrics->gauge("guild_http_in_flight", "Requests taken and not yet answered.",
                   [this] { return m_inFlight.load(); });
    metrics->gauge("guild_worker_queue_length", "Requests waiting for a worker thread.", [this] {
        return std::max(0, m_queued.load() - m_general.activeThreadCount() - m_authPool.activeThreadCount());
    });
    metrics->counter("guild_sync_pages_total", "Pages of the change feed (/sync) served.",
                     [this] { return double(m_syncPages.load()); });
    metrics->counter("guild_database_statements_total", "SQL statements run by this process.",
                     [] { return double(sql::timing().statements); });
    metrics->counter("guild_database_seconds_total", "Time spent preparing and running SQL statements.",
                     [] { return sql::timing().seconds; });

    static constexpr protocol::Route MetricsRoute{protocol::HttpMethod::Get, QLatin1StringView("/metrics"),
                                                  protocol::Access::Public, "Prometheus metrics"};
    // Compared as digests: equal tokens are equal digests, and comparing digests tells nothing about
    // how much of a guess was right.
    const QByteArray tokenDigest =
        token.isEmpty() ? QByteArray() : QCryptographicHash::hash(token, QCryptographicHash::Sha256);
    m_knownPaths.append(QRegularExpression(u"^/metrics$"_s));
    m_http.route(
        u"/metrics"_s, QHttpServerRequest::Method::Get,
        [this, metrics, tokenDigest](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            dispatch(
                &MetricsRoute, request, std::move(responder), Pool::General, [metrics, tokenDigest](const Request &r) {
                    const bool loopback = QHostAddress(r.clientAddress).isLoopback();
                    const bool tokenOk =
                        !tokenDigest.isEmpty() &&
                        QCryptographicHash::hash(r.bearerToken().toUtf8(), QCryptographicHash::Sha256) == tokenDigest;
                    if (!loopback && !tokenOk) {
                        return Reply::error(ApiError::forbidden(
                            errors::Forbidden, u"Metrics are answered on loopback or with the metrics token."_s));
                    }
                    return Reply::bytes(metrics->render(), "text/plain; version=0.0.4; charset=utf-8");
                });
        });
}

void ApiServer::onWebSocket(const protocol::Route &route, std::function<void(std::unique_ptr<QWebSocket>)> handler)
{
    // Qt HttpServer hands an upgrade to the WebSocket side only when a route claims the request. The
    // route answers plain requests itself and leaves upgrades alone.
    remember(route);
    m_http.route(QString(route.path), [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        if (request.value("upgrade").compare("websocket", Qt::CaseInsensitive) != 0) {
            dispatch(nullptr, request, std::move(responder), Pool::General, [](const Request &) {
                return Reply::error({426, QString(errors::UpgradeRequired), u"This endpoint speaks WebSocket only."_s});
            });
        }
    });
    connect(&m_http, &QAbstractHttpServer::newWebSocketConnection, this, [this, handler] {
        while (m_http.hasPendingWebSocketConnections()) {
            handler(m_http.nextPendingWebSocketConnection());
        }
    });
}

Result<AuthUser> ApiServer::authenticate(const Request &request) const
{
    return request.caller ? *request.caller : m_auth.authenticate(request.bearerToken());
}

namespace {

QHttpServerRequest::Method httpMethod(protocol::HttpMethod method)
{
    switch (method) {
    case protocol::HttpMethod::Get:
        return QHttpServerRequest::Method::Get;
    case protocol::HttpMethod::Post:
        return QHttpServerRequest::Method::Post;
    case protocol::HttpMethod::Patch:
        return QHttpServerRequest::Method::Patch;
    case protocol::HttpMethod::Put:
        return QHttpServerRequest::Method::Put;
    case protocol::HttpMethod::Delete:
        return QHttpServerRequest::Method::Delete;
    }
    return QHttpServerRequest::Method::Get;
}

/// The route's path as Qt HttpServer's router spells a parameter.
QString routerPath(const protocol::Route &route)
{
    return QString(route.path).replace(u"{id}"_s, u"<arg>"_s).replace(u"{key}"_s, u"<arg>"_s);
}

} // namespace

void ApiServer::remember(const protocol::Route &route)
{
    m_routes.append({QByteArray(protocol::methodName(route.method).data(), protocol::methodName(route.method).size()),
                     QString(route.path)});
}

void ApiServer::route(const protocol::Route &route, Handler handler, Pool pool)
{
    Q_ASSERT(!route.takesId() && !route.takesKey());
    remember(route);
    m_knownPaths.append(QRegularExpression(u'^' + QRegularExpression::escape(QString(route.path)) + u'$'));
    m_http.route(
        routerPath(route), httpMethod(route.method),
        [this, handler, pool, described = &route](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            dispatch(described, request, std::move(responder), pool, handler);
        });
}

void ApiServer::routeWithId(const protocol::Route &route, IdHandler handler)
{
    Q_ASSERT(route.takesId());
    remember(route);
    QString pattern = QRegularExpression::escape(QString(route.path));
    pattern.replace(QRegularExpression::escape(u"{id}"_s), u"[0-9]+"_s);
    m_knownPaths.append(QRegularExpression(u'^' + pattern + u'$'));
    m_http.route(routerPath(route), httpMethod(route.method),
                 [this, handler, described = &route](qint64 id, const QHttpServerRequest &request,
                                                     QHttpServerResponder &&responder) {
                     dispatch(described, request, std::move(responder), Pool::General,
                              [handler, id](const Request &r) { return handler(id, r); });
                 });
}

void ApiServer::routeWithKey(const protocol::Route &route, KeyHandler handler)
{
    Q_ASSERT(route.takesKey());
    remember(route);
    QString pattern = QRegularExpression::escape(QString(route.path));
    pattern.replace(QRegularExpression::escape(u"{key}"_s), u"[^/]+"_s);
    m_knownPaths.append(QRegularExpression(u'^' + pattern + u'$'));
    m_http.route(routerPath(route), httpMethod(route.method),
                 [this, handler, described = &route](const QString &key, const QHttpServerRequest &request,
                                                     QHttpServerResponder &&responder) {
                     dispatch(described, request, std::move(responder), Pool::General,
                              [handler, key](const Request &r) { return handler(key.left(64), r); });
                 });
}

void ApiServer::dispatch(const protocol::Route *route, const QHttpServerRequest &request,
                         QHttpServerResponder &&responder, Pool pool, std::function<Reply(const Request &)> work)
{
    QElapsedTimer timer;
    timer.start();
    ++m_inFlight;
    Request copy = Request::from(request, m_proxies);
    QPointer<QTcpSocket> socket = responder.socket();
    const quint64 ticket = ReplySequencer::of(socket)->reserve();

    auto finish = [this, socket, ticket, timer, route, requestId = requestIdFor(copy), method = copy.method,
                   path = copy.path, ip = copy.clientAddress](Reply reply) {
        reply.headers.append({QByteArrayLiteral("X-Request-Id"), requestId});
        if (socket) {
            ReplySequencer::of(socket)->complete(ticket, serialise(reply));
        }
        --m_inFlight;
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        if (m_metrics) {
            m_metrics->request(method, route ? QString(route->path) : QString(), reply.status, seconds);
        }
        if (route == &endpoints::Sync && reply.status == 200) {
            ++m_syncPages;
        }
        if (!lcAccess().isInfoEnabled()) {
            return;
        }
        // One JSON object per request; never a header, a body or a query (tokens and signed links live there).
        QJsonObject line{{u"requestId"_s, QString::fromLatin1(requestId)},
                         {u"method"_s, QString::fromLatin1(method)},
                         {u"path"_s, path},
                         {u"status"_s, reply.status},
                         {u"ms"_s, std::round(seconds * 1e4) / 10},
                         {u"ip"_s, ip}};
        if (route) {
            line.insert(u"route"_s, QString(route->path));
        }
        if (reply.memberId > 0) {
            line.insert(u"member"_s, reply.memberId);
        }
        if (!socket) {
            line.insert(u"clientGone"_s, true);
        }
        qCInfo(lcAccess).noquote() << QString::fromUtf8(QJsonDocument(line).toJson(QJsonDocument::Compact));
    };

    if (m_queued.load() >= MaxQueued) {
        finish(Reply::error(ApiError::busy()));
        return;
    }
    ++m_queued;
    QThreadPool *target = pool == Pool::Auth ? &m_authPool : &m_general;
    target->start([this, route, work = std::move(work), copy = std::move(copy), finish = std::move(finish)]() mutable {
        // Answers that carry credentials (tokens, signed media links) are never stored: they run every time.
        const bool credentials = !route || route->credentials;
        const bool once =
            m_idempotency && copy.method == "POST" && !credentials && copy.headers.contains("idempotency-key");
        const Reply reply = once ? runGuarded([this, &work](const Request &r) { return runOnce(r, work); }, copy)
                                 : runGuarded(work, copy);
        --m_queued;
        QMetaObject::invokeMethod(
            this, [finish = std::move(finish), reply]() { finish(reply); }, Qt::QueuedConnection);
    });
}

Reply ApiServer::runOnce(const Request &received, const std::function<Reply(const Request &)> &work)
{
    const QByteArray key = received.headers.value("idempotency-key");
    static const QRegularExpression shape(u"^[A-Za-z0-9_-]{8,64}$"_s);
    if (!shape.match(QString::fromLatin1(key)).hasMatch()) {
        return Reply::error(ApiError::badRequest(
            errors::InvalidField, u"Header 'Idempotency-Key' must be 8 to 64 letters, digits, '-' or '_'."_s));
    }
    // The handler asks who the caller is again; the answer travels with the request.
    Request request = received;
    request.caller = std::make_shared<const Result<AuthUser>>(authenticate(received));
    const Result<AuthUser> &user = *request.caller;
    if (!user.ok()) {
        return runGuarded(work, request); // the handler answers 401, or needs no login
    }
    // The same key for a different request is a client bug that must not pass as a repeat.
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const QByteArray target =
        request.method + ' ' + request.path.toUtf8() + '?' + request.query.query(QUrl::FullyEncoded).toUtf8() + '\n';
    hash.addData(target);
    hash.addData(request.body);
    const QString fingerprint = QString::fromLatin1(hash.result().toHex());
    const qint64 userId = user.value().id;
    Reply reply;
    IdempotentAnswer answer;
    const auto outcome = m_idempotency->runOnce(
        userId, QString::fromLatin1(key), fingerprint,
        [&] {
            reply = runGuarded(work, request);
            // Only success is kept: a refused or failed request changed nothing and may simply run again.
            return IdempotentAnswer{reply.status, reply.body,
                                    reply.status >= 200 && reply.status < 300 &&
                                        reply.contentType == "application/json"};
        },
        &answer);
    switch (outcome) {
    case IdempotencyService::Outcome::Claimed:
        return reply;
    case IdempotencyService::Outcome::Replay: {
        Reply replayed;
        replayed.status = answer.status;
        replayed.body = answer.body;
        replayed.headers.append({QByteArrayLiteral("Idempotent-Replayed"), QByteArrayLiteral("true")});
        return replayed;
    }
    case IdempotencyService::Outcome::InProgress: {
        Reply busy = Reply::error({409, QString(errors::RequestInProgress),
                                   u"The same request is still being handled. Try again in a moment."_s});
        busy.retryAfter = 1;
        return busy;
    }
    case IdempotencyService::Outcome::Mismatch:
        return Reply::error(
            {422, QString(errors::IdempotencyKeyReused), u"This Idempotency-Key was used for a different request."_s});
    }
    return reply;
}

void ApiServer::respondMissing(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    const QString path = request.url().path();
    bool pathKnown = false;
    for (const QRegularExpression &known : std::as_const(m_knownPaths)) {
        pathKnown = pathKnown || known.match(path).hasMatch();
    }
    const ApiError error =
        pathKnown ? ApiError{405, QString(errors::MethodNotAllowed), u"That method is not allowed on this path."_s}
                  : ApiError::notFound(u"No such endpoint."_s);
    dispatch(nullptr, request, std::move(responder), Pool::General,
             [error](const Request &) { return Reply::error(error); });
}

} // namespace guild::server
