#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QUrl>

#include <memory>

namespace guild::test {

struct HttpResponse
{
    int status = 0;
    QByteArray body;
    QJsonObject json;
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QHash<QByteArray, QByteArray> headers;

    QString errorCode() const
    {
        return json.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString();
    }
};

/// A test-side HTTP client: sends one request and waits for the reply with QSignalSpy (no sleeps).
class HttpClient
{
public:
    explicit HttpClient(QUrl base);

    void setToken(const QString &token) { m_token = token; }
    void addCaCertificate(const QSslCertificate &certificate);

    HttpResponse get(const QString &path);
    HttpResponse post(const QString &path, const QJsonObject &body);
    HttpResponse patch(const QString &path, const QJsonObject &body);
    HttpResponse del(const QString &path);
    /// Any method, raw body and content type, for malformed input.
    HttpResponse send(const QByteArray &method, const QString &path, const QByteArray &body,
                      const QByteArray &contentType = QByteArrayLiteral("application/json"),
                      const QList<std::pair<QByteArray, QByteArray>> &headers = {});

    /// Logs in and keeps the access token for later requests. Returns the login response.
    HttpResponse login(const QString &username, const QString &password = QStringLiteral("guild-demo"));

    /// Writes raw bytes on a fresh TCP connection and returns everything the server answered.
    static QByteArray rawExchange(quint16 port, const QByteArray &bytes);

    /// A client of the server at `base`, logged in as a demo user.
    static HttpClient signedIn(const QUrl &base, const QString &username);
    /// Moves the clock of a server started with --test-clock to `when`; false if it refused.
    /// Access tokens issued before may have expired at the new time.
    static bool moveServerClock(const QUrl &base, const QDateTime &when);
    /// Every message of a chat channel, oldest first, paging through its history.
    QList<QJsonObject> channelMessages(qint64 channelId);

private:
    QUrl m_base;
    QString m_token;
    std::unique_ptr<QNetworkAccessManager> m_nam = std::make_unique<QNetworkAccessManager>();
    QList<QSslCertificate> m_extraCa;
};

} // namespace guild::test
