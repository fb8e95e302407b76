#pragma once

#include "net/transport.h"
#include "protocol/contract.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

namespace guild::test {

/// A transport whose answers the test writes: every request is recorded, and answered (later, like
/// the network) by the first canned answer for its method and path, which is then used up. A request
/// nothing was canned for gets 404, so a test never hangs on a forgotten answer.
class CannedTransport final : public app::Transport
{
public:
    using Failure = app::TransportAnswer::Failure;

    /// Answers the next `route` request (path without the query) with `status` and `body`.
    void answer(const protocol::Route &route, const QString &path, int status, const QJsonObject &body = {},
                QList<std::pair<QByteArray, QByteArray>> headers = {})
    {
        app::TransportAnswer a;
        a.status = status;
        a.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
        a.headers = std::move(headers);
        m_canned.append({methodOf(route), path, a});
    }
    /// The next `route` request gets no answer at all, for `failure`.
    void fail(const protocol::Route &route, const QString &path, Failure failure)
    {
        app::TransportAnswer a;
        a.failure = failure;
        a.errorString = QStringLiteral("canned failure");
        m_canned.append({methodOf(route), path, a});
    }
    /// An error answer the way the server writes them.
    void refuse(const protocol::Route &route, const QString &path, int status, const QString &code,
                QList<std::pair<QByteArray, QByteArray>> headers = {})
    {
        answer(route, path, status,
               {{QStringLiteral("error"),
                 QJsonObject{{QStringLiteral("code"), code}, {QStringLiteral("message"), QStringLiteral("canned")}}}},
               std::move(headers));
    }

    QList<app::TransportRequest> requests;
    int unanswered() const { return static_cast<int>(m_canned.size()); }

    void send(const app::TransportRequest &request, Done done) override
    {
        requests.append(request);
        app::TransportAnswer a;
        a.status = 404;
        a.body = R"({"error":{"code":"not_found","message":"nothing canned"}})";
        for (qsizetype i = 0; i < m_canned.size(); ++i) {
            if (m_canned.at(i).method == request.method && m_canned.at(i).path == request.url.path()) {
                a = m_canned.takeAt(i).answer;
                break;
            }
        }
        m_inFlight.append({std::move(done), a});
        QTimer::singleShot(0, this, [this] { deliverOne(); });
    }
    void abortAll() override
    {
        for (auto &[done, a] : m_inFlight) {
            a = {};
            a.failure = Failure::Cancelled;
        }
        while (!m_inFlight.isEmpty()) {
            deliverOne();
        }
    }

private:
    struct Canned
    {
        QByteArray method;
        QString path;
        app::TransportAnswer answer;
    };
    static QByteArray methodOf(const protocol::Route &route)
    {
        const QLatin1StringView name = protocol::methodName(route.method);
        return QByteArray(name.data(), name.size());
    }
    void deliverOne()
    {
        if (m_inFlight.isEmpty()) {
            return;
        }
        auto [done, a] = m_inFlight.takeFirst();
        done(a);
    }

    QList<Canned> m_canned;
    QList<std::pair<Done, app::TransportAnswer>> m_inFlight;
};

} // namespace guild::test
