#pragma once

#include "protocol/apierror.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QSslCertificate>
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

/// The client's one door to the server: JSON over HTTPS with certificate verification (plus an optional
/// extra CA for self-hosted servers), bearer tokens, one transparent refresh-and-replay on 401, timeouts,
/// and errors turned into messages a member can act on.
class ApiClient final : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const ApiResponse &)>;

    explicit ApiClient(QObject *parent = nullptr);

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

    /// `context` owns the callback: if it is destroyed first, the callback is dropped.
    void get(const QString &pathAndQuery, QObject *context, Callback callback);
    /// Every POST outside sign-in carries an Idempotency-Key; a POST with the same path and body as one
    /// whose answer was lost (a timeout, a dropped connection) carries the same key again, so the server
    /// does not do it twice.
    void post(const QString &path, const QJsonObject &body, QObject *context, Callback callback);
    void remove(const QString &path, QObject *context, Callback callback);
    /// Bytes [first, last] of a media file by its signed link (no JSON, no refresh: the link is the
    /// credential). The caller owns the reply: it reads it once finished, may abort it, and deletes it.
    QNetworkReply *getRange(const QString &pathAndQuery, qint64 first, qint64 last);
    /// The full URL of a path on the server (a signed media link, for a media player).
    QUrl urlFor(const QString &pathAndQuery) const;
    /// Aborts every request in flight; their callbacks get a cancelled response.
    void abortAll();

    static QString messageFor(const protocol::ApiError &error);

Q_SIGNALS:
    /// A refresh rotated the tokens; the new refresh token should be stored.
    void tokensRotated(const QString &refreshToken);
    /// The refresh token was refused: the member has to sign in again.
    void sessionExpired(const QString &message);
    void onlineChanged(bool online);

private:
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
    };
    void send(Pending pending);
    void finish(QNetworkReply *reply, Pending pending);
    void refreshAndReplay(Pending pending);
    void deliver(const Pending &pending, const ApiResponse &response);
    void setOnline(bool online);
    static QByteArray fingerprint(const Pending &pending);
    QNetworkRequest makeRequest(const QString &pathAndQuery, bool withBody) const;

    QNetworkAccessManager m_nam;
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
