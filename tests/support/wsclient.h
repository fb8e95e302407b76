#pragma once

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QUrl>
#include <QWebSocket>

#include <functional>
#include <memory>

namespace guild::test {

/// A chat client for tests: collects every frame the server sends and waits for the ones asked for.
class WsClient
{
public:
    explicit WsClient(const QUrl &httpBase)
    {
        m_url = httpBase;
        m_url.setScheme(httpBase.scheme() == QStringLiteral("https") ? QStringLiteral("wss") : QStringLiteral("ws"));
        m_url.setPath(QStringLiteral("/ws"));
        reset();
    }

    bool open()
    {
        m_socket->open(m_url);
        return QTest::qWaitFor([this] { return m_socket->state() == QAbstractSocket::ConnectedState; }, 10000);
    }
    /// Opens and authenticates; returns the ready frame (empty on failure).
    QJsonObject openAndAuth(const QString &token)
    {
        if (!open()) {
            return {};
        }
        sendJson({{QStringLiteral("type"), QStringLiteral("auth")}, {QStringLiteral("token"), token}});
        return waitFor([](const QJsonObject &f) { return f.value(QStringLiteral("type")) == QStringLiteral("ready"); });
    }
    void sendJson(const QJsonObject &frame)
    {
        m_socket->sendTextMessage(QString::fromUtf8(QJsonDocument(frame).toJson(QJsonDocument::Compact)));
    }
    void sendText(const QString &text) { m_socket->sendTextMessage(text); }
    void sendBinary(const QByteArray &bytes) { m_socket->sendBinaryMessage(bytes); }
    QString send(qint64 channelId, const QString &clientId, const QString &body)
    {
        sendJson({{QStringLiteral("type"), QStringLiteral("send")},
                  {QStringLiteral("channelId"), channelId},
                  {QStringLiteral("clientId"), clientId},
                  {QStringLiteral("body"), body}});
        return clientId;
    }

    /// The first frame (not yet taken) matching `match`, waiting up to `timeoutMs`; empty if none came.
    QJsonObject waitFor(const std::function<bool(const QJsonObject &)> &match, int timeoutMs = 10000)
    {
        QJsonObject found;
        (void)QTest::qWaitFor(
            [&] {
                for (qsizetype i = m_taken; i < m_frames.size(); ++i) {
                    if (match(m_frames.at(i))) {
                        found = m_frames.at(i);
                        return true;
                    }
                }
                return false;
            },
            timeoutMs);
        return found;
    }
    /// Like waitFor, and takes it: the next call looks only at frames that came after it.
    QJsonObject next(const std::function<bool(const QJsonObject &)> &match, int timeoutMs = 10000)
    {
        QJsonObject found;
        (void)QTest::qWaitFor(
            [&] {
                for (qsizetype i = m_taken; i < m_frames.size(); ++i) {
                    if (match(m_frames.at(i))) {
                        found = m_frames.at(i);
                        m_taken = i + 1;
                        return true;
                    }
                }
                return false;
            },
            timeoutMs);
        return found;
    }
    QJsonObject waitForType(const QString &type, int timeoutMs = 10000)
    {
        return waitFor([type](const QJsonObject &f) { return f.value(QStringLiteral("type")).toString() == type; },
                       timeoutMs);
    }
    /// Round trip through the server: every frame it sent before the pong has arrived by then.
    bool barrier()
    {
        const QString ref = QStringLiteral("barrier-%1").arg(++m_barriers);
        sendJson({{QStringLiteral("type"), QStringLiteral("ping")}, {QStringLiteral("ref"), ref}});
        return !waitFor([ref](const QJsonObject &f) {
                    return f.value(QStringLiteral("type")) == QStringLiteral("pong") &&
                           f.value(QStringLiteral("ref")) == ref;
                }).isEmpty();
    }
    QList<QJsonObject> framesOfType(const QString &type) const
    {
        QList<QJsonObject> out;
        for (const QJsonObject &f : m_frames) {
            if (f.value(QStringLiteral("type")).toString() == type) {
                out.append(f);
            }
        }
        return out;
    }
    /// Messages delivered as message.new for a channel, in arrival order.
    QList<QJsonObject> newMessages(qint64 channelId) const
    {
        QList<QJsonObject> out;
        for (const QJsonObject &f : framesOfType(QStringLiteral("message.new"))) {
            const QJsonObject m = f.value(QStringLiteral("message")).toObject();
            if (m.value(QStringLiteral("channelId")).toInteger() == channelId) {
                out.append(m);
            }
        }
        return out;
    }
    void clear()
    {
        m_frames.clear();
        m_taken = 0;
    }
    bool isConnected() const { return m_socket->state() == QAbstractSocket::ConnectedState; }
    void abort() { m_socket->abort(); }
    void reset()
    {
        m_socket = std::make_unique<QWebSocket>();
        m_socket->setMaxAllowedIncomingMessageSize(64 << 20);
        QObject::connect(m_socket.get(), &QWebSocket::textMessageReceived, m_socket.get(), [this](const QString &text) {
            m_frames.append(QJsonDocument::fromJson(text.toUtf8()).object());
        });
        clear();
    }
    QWebSocket *socket() const { return m_socket.get(); }

private:
    QUrl m_url;
    std::unique_ptr<QWebSocket> m_socket;
    QList<QJsonObject> m_frames;
    qsizetype m_taken = 0;
    int m_barriers = 0;
};

} // namespace guild::test
