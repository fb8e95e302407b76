#pragma once

#include "protocol/apierror.h"
#include "protocol/contract.h"
#include "transport.h"

#include <QJsonObject>
#include <QPointer>
#include <QSslCertificate>
#include <QTimer>
#include <QUrl>

#include <functional>

class QNetworkReply;

namespace guild::app {

/// What a request came back with. `message` is ready to show to the member, translated.
struct ApiResponse
{
    bool ok = false;
    int status = 0;
    QJsonObject json;
    /// The raw body (for the few answers that are not JSON, like a CSV export).
    QByteArray body;
    protocol::ApiError error;
    bool networkFailure = false;
    QString message;
};

/// What a typed call came back with: the endpoint's response when the call succeeded and the answer
/// was understood; otherwise why not, with `message` ready to show to the member.
template <typename T>
struct ApiResult
{
    std::optional<T> value;
    int status = 0;
    protocol::ApiError error;
    bool networkFailure = false;
    QString message;

    bool ok() const { return value.has_value(); }
    /// `whenOffline` when the server could not be reached (what the member can do about it differs),
    /// otherwise the message.
    QString explain(const QString &whenOffline) const { return networkFailure ? whenOffline : message; }
    const T &operator*() const { return *value; }
    const T *operator->() const { return &*value; }
};

/// The client's one door to the server: JSON over HTTPS with certificate verification (plus an optional
/// extra CA for self-hosted servers), bearer tokens, one transparent refresh-and-replay on 401, timeouts,
/// and errors turned into messages a member can act on.
class ApiClient final : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const ApiResponse &)>;

    explicit ApiClient(QObject *parent = nullptr);

    /// Carries the requests from now on instead of the network (tests give canned answers this
    /// way); not owned, and must outlive the client. nullptr goes back to the network.
    void setTransport(Transport *transport);

    void setBaseUrl(const QUrl &url);
    QUrl baseUrl() const { return m_baseUrl; }
    /// Adds the certificates of a PEM file as trusted roots; verification itself stays on.
    bool addCaFile(const QString &path, QString *error);
    void setTokens(const QString &accessToken, const QString &refreshToken);
    void clearTokens();
    QString refreshToken() const { return m_refreshToken; }
    QString accessToken() const { return m_accessToken; }
    QList<QSslCertificate> extraCaCertificates() const { return m_extraCa; }
    bool hasSession() const { return !m_refreshToken.isEmpty(); }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    bool isOnline() const { return m_online; }

    template <typename E>
    using Done = std::function<void(const ApiResult<typename E::Response> &)>;

    /// Calls `endpoint` (protocol/endpoints.h) with `request`; `done` gets the decoded response. The
    /// request is first checked by the server's own rules (protocol::check), so input the server would
    /// refuse fails at once, offline too. `context` owns the callback: if it is destroyed first, the
    /// callback is dropped. A POST carries an Idempotency-Key; one with the same path and body as a POST
    /// whose answer was lost (a timeout, a dropped connection) carries the same key again, so the server
    /// does not do it twice.
    template <typename E>
    void call(const E &endpoint, const typename E::Request &request, QObject *context, Done<E> done)
    {
        send(endpoint, endpoint.url(), request, context, std::move(done));
    }
    /// For routes with a numeric id in their path.
    template <typename E>
    void call(const E &endpoint, qint64 id, const typename E::Request &request, QObject *context, Done<E> done)
    {
        send(endpoint, endpoint.url(id), request, context, std::move(done));
    }
    /// For routes with a text key in their path.
    template <typename E>
    void call(const E &endpoint, const QString &key, const typename E::Request &request, QObject *context, Done<E> done)
    {
        send(endpoint, endpoint.url(key), request, context, std::move(done));
    }

    /// The body `route` sends for `json`: compact JSON for POST, PUT and PATCH, nothing for GET and DELETE.
    static QByteArray bodyFor(const protocol::Route &route, const QJsonObject &json);
    /// Sends a request kept as it will go (the write outbox's, services/writeoutbox.h): its method, path,
    /// body and the Idempotency-Key it was first sent with (empty: none), so that sending it again
    /// after a lost answer or a restart is the same request, which the server does once.
    void sendKept(const QByteArray &method, const QString &path, const QByteArray &body,
                  const QByteArray &idempotencyKey, QObject *context, Callback callback);

    /// The raw answer of a GET whose body is not JSON (a CSV export): `callback` reads ApiResponse::body.
    void getRaw(const protocol::Route &route, QObject *context, Callback callback);
    /// The same for a route with its id or key already in `target` (a member's picture).
    void getRaw(const protocol::Route &route, const QString &target, QObject *context, Callback callback);
    /// Sends raw bytes (a piece of an upload) to a route with a key in its path, as `contentType`, with
    /// `headers` besides the usual ones; the answer is decoded as the endpoint's response.
    template <typename E>
    void sendBytes(const E &endpoint, const QString &key, const QByteArray &body, const QByteArray &contentType,
                   const QList<std::pair<QByteArray, QByteArray>> &headers, QObject *context, Done<E> done)
    {
        sendRawBytes(endpoint, key.isEmpty() ? endpoint.url() : endpoint.url(key), body, contentType, headers, context,
                     [done = std::move(done)](const ApiResponse &r) { done(decoded<typename E::Response>(r)); });
    }
    /// The same for a route with an id in its path (a course's cover picture).
    template <typename E>
    void sendBytes(const E &endpoint, qint64 id, const QByteArray &body, const QByteArray &contentType,
                   QObject *context, Done<E> done)
    {
        sendRawBytes(endpoint, endpoint.url(id), body, contentType, {}, context,
                     [done = std::move(done)](const ApiResponse &r) { done(decoded<typename E::Response>(r)); });
    }
    /// Bytes [first, last] of a media file by its signed link (no JSON, no refresh: the link is the
    /// credential). The caller owns the reply: it reads it once finished, may abort it, and deletes it.
    QNetworkReply *getRange(const QString &pathAndQuery, qint64 first, qint64 last);
    /// The full URL of a path on the server (a signed media link, for a media player).
    QUrl urlFor(const QString &pathAndQuery) const;
    /// Aborts every request in flight; their callbacks get a cancelled response.
    void abortAll();

    /// The answer as the endpoint's response type, or why not (for answers kept and handled later,
    /// like the write outbox's).
    template <typename Response>
    static ApiResult<Response> decoded(const ApiResponse &r)
    {
        ApiResult<Response> result;
        result.status = r.status;
        result.error = r.error;
        result.networkFailure = r.networkFailure;
        result.message = r.message;
        if (r.ok) {
            result.value = Response::fromJson(r.json);
            if (!result.value) {
                result.message = unreadableAnswerMessage();
            }
        }
        return result;
    }
    static QString messageFor(const protocol::ApiError &error);
    /// Shown when the server answered with something this version cannot read.
    static QString unreadableAnswerMessage();

Q_SIGNALS:
    /// A refresh rotated the tokens; the new refresh token should be stored.
    void tokensRotated(const QString &refreshToken);
    /// The refresh token was refused: the member has to sign in again.
    void sessionExpired(const QString &message);
    void onlineChanged(bool online);

private:
    template <typename E>
    void send(const E &endpoint, QString target, const typename E::Request &request, QObject *context, Done<E> done)
    {
        using Response = typename E::Response;
        static_assert(protocol::JsonResponse<Response>, "routes that do not answer JSON are called with getRaw");
        if (auto refused = protocol::check(request)) {
            // Not sent: the server would refuse it the same way. Still asynchronous, like every answer.
            ApiResult<Response> result;
            result.status = refused->status;
            result.message = messageFor(*refused);
            result.error = *refused;
            QTimer::singleShot(0, context, [done = std::move(done), result] { done(result); });
            return;
        }
        QJsonObject body;
        if constexpr (protocol::QueryRequest<typename E::Request>) {
            const QString query = request.toQuery().toString(QUrl::FullyEncoded);
            if (!query.isEmpty()) {
                target += u'?' + query;
            }
        } else {
            body = request.toJson();
        }
        sendRoute(endpoint, target, body, context,
                  [done = std::move(done)](const ApiResponse &r) { done(decoded<Response>(r)); });
    }
    void sendRawBytes(const protocol::Route &route, const QString &target, const QByteArray &body,
                      const QByteArray &contentType, const QList<std::pair<QByteArray, QByteArray>> &headers,
                      QObject *context, Callback callback);
    /// Sends the body for POST and PATCH; an Idempotency-Key when the route is Idempotency::Keyed.
    void sendRoute(const protocol::Route &route, const QString &target, const QJsonObject &body, QObject *context,
                   Callback callback);

    struct Pending
    {
        QByteArray method;
        QString path;
        QByteArray body;
        QPointer<QObject> context;
        Callback callback;
        bool replayed = false;
        /// Sent as Idempotency-Key: the server runs a POST once however often it arrives.
        QByteArray idempotencyKey = {};
        /// Instead of application/json, for a body that is not JSON.
        QByteArray contentType = {};
        QList<std::pair<QByteArray, QByteArray>> headers = {};
    };
    void send(Pending pending);
    void finish(const TransportAnswer &answer, Pending pending);
    void refreshAndReplay(Pending pending);
    void deliver(const Pending &pending, const ApiResponse &response);
    void setOnline(bool online);
    static QByteArray fingerprint(const Pending &pending);
    TransportRequest makeRequest(const QString &pathAndQuery, bool withBody) const;

    NetworkTransport m_network;
    Transport *m_transport = &m_network;
    QUrl m_baseUrl;
    QList<QSslCertificate> m_extraCa;
    QString m_accessToken;
    QString m_refreshToken;
    int m_timeoutMs = 20000;
    bool m_online = true;
    bool m_refreshing = false;
    QList<Pending> m_waitingForRefresh;
    /// Keys of POSTs whose answer never came, by request content: sending the same again reuses the
    /// key, so whatever the lost attempt did is not done twice.
    QHash<QByteArray, QByteArray> m_unanswered;
};

} // namespace guild::app
