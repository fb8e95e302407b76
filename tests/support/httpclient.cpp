#include "httpclient.h"

#include "protocol/endpoints.h"
#include "protocol/endpoints/testing.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QTcpSocket>

using namespace Qt::StringLiterals;
namespace endpoints = guild::protocol::endpoints;

namespace guild::test {

HttpClient::HttpClient(QUrl base)
    : m_base(std::move(base))
{}

void HttpClient::addCaCertificate(const QSslCertificate &certificate)
{
    m_extraCa.append(certificate);
}

HttpResponse HttpClient::get(const QString &path)
{
    return send("GET", path, {}, {});
}

HttpResponse HttpClient::post(const QString &path, const QJsonObject &body)
{
    return send("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

HttpResponse HttpClient::patch(const QString &path, const QJsonObject &body)
{
    return send("PATCH", path, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

HttpResponse HttpClient::del(const QString &path)
{
    return send("DELETE", path, {}, {});
}

HttpResponse HttpClient::send(const QByteArray &method, const QString &path, const QByteArray &body,
                              const QByteArray &contentType, const QList<std::pair<QByteArray, QByteArray>> &headers)
{
    QUrl url = m_base;
    const qsizetype q = path.indexOf(u'?');
    url.setPath(q < 0 ? path : path.left(q));
    if (q >= 0) {
        url.setQuery(path.mid(q + 1));
    }
    QNetworkRequest request(url);
    if (!contentType.isEmpty()) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    }
    if (!m_token.isEmpty()) {
        request.setRawHeader("Authorization", "Bearer " + m_token.toLatin1());
    }
    for (const auto &[name, value] : headers) {
        request.setRawHeader(name, value);
    }
    if (!m_extraCa.isEmpty()) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(m_extraCa);
        request.setSslConfiguration(tls);
    }
    QNetworkReply *reply = m_nam->sendCustomRequest(request, method, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished()) {
        finished.wait(30000);
    }
    HttpResponse response;
    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    response.body = reply->readAll();
    response.json = QJsonDocument::fromJson(response.body).object();
    response.networkError = reply->error();
    for (const auto &[name, value] : reply->rawHeaderPairs()) {
        response.headers.insert(name.toLower(), value);
    }
    reply->deleteLater();
    return response;
}

HttpResponse HttpClient::login(const QString &username, const QString &password)
{
    HttpResponse response = post(endpoints::Login.url(), {{u"username"_s, username}, {u"password"_s, password}});
    m_token = response.json.value(u"accessToken"_s).toString();
    return response;
}

QByteArray HttpClient::rawExchange(quint16 port, const QByteArray &bytes)
{
    QTcpSocket socket;
    socket.connectToHost(u"127.0.0.1"_s, port);
    if (!socket.waitForConnected(10000)) {
        return {};
    }
    socket.write(bytes);
    socket.flush();
    QByteArray answer;
    // Read until the server closes or a full response with its body has arrived.
    while (socket.waitForReadyRead(5000)) {
        answer += socket.readAll();
        const qsizetype headEnd = answer.indexOf("\r\n\r\n");
        if (headEnd > 0) {
            const qsizetype lengthAt = answer.toLower().indexOf("content-length:");
            if (lengthAt > 0 && lengthAt < headEnd) {
                const qsizetype lineEnd = answer.indexOf("\r\n", lengthAt);
                const qsizetype length = answer.mid(lengthAt + 15, lineEnd - lengthAt - 15).trimmed().toLongLong();
                if (answer.size() >= headEnd + 4 + length) {
                    break;
                }
            }
        }
    }
    return answer;
}

HttpClient HttpClient::signedIn(const QUrl &base, const QString &username)
{
    HttpClient c(base);
    c.login(username);
    return c;
}

bool HttpClient::moveServerClock(const QUrl &base, const QDateTime &when)
{
    HttpClient c(base);
    return c.post(protocol::endpoints::TestClock.url(), {{QStringLiteral("nowMs"), when.toMSecsSinceEpoch()}}).status ==
           200;
}

QList<QJsonObject> HttpClient::channelMessages(qint64 channelId)
{
    QList<QJsonObject> messages;
    qint64 after = 0;
    for (;;) {
        const QJsonArray page =
            get(protocol::endpoints::ChannelHistory.url(channelId) + QStringLiteral("?after=%1&limit=200").arg(after))
                .json.value(QStringLiteral("messages"))
                .toArray();
        for (const QJsonValue &m : page) {
            messages.append(m.toObject());
            after = m.toObject().value(QStringLiteral("seq")).toInteger();
        }
        if (page.size() < 200) {
            return messages;
        }
    }
}

} // namespace guild::test
