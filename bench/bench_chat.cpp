#include "support/httpclient.h"
#include "support/testserver.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QWebSocket>

#include <algorithm>
#include <sys/resource.h>

using namespace Qt::StringLiterals;
using namespace guild::test;

// Chat fan-out through one guild-server: latency from one sender to 1,000 connected clients (p50/p99),
// and messages per second. Prints its figures; docs/performance.md records them. Clients, sender and
// server share this machine, so the latency includes the clients' own work of reading 1,000 sockets.
class BenchChat : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<TestServer> m_server;
    QString m_token;
    QElapsedTimer m_clock;

    std::unique_ptr<QWebSocket> connectClient(const std::function<void(const QJsonObject &)> &onFrame)
    {
        auto socket = std::make_unique<QWebSocket>();
        QUrl url = m_server->baseUrl();
        url.setScheme(u"ws"_s);
        url.setPath(u"/ws"_s);
        QWebSocket *raw = socket.get();
        connect(raw, &QWebSocket::connected, raw, [raw, this] {
            raw->sendTextMessage(
                QString::fromUtf8(QJsonDocument(QJsonObject{{u"type"_s, u"auth"_s}, {u"token"_s, m_token}})
                                      .toJson(QJsonDocument::Compact)));
        });
        connect(raw, &QWebSocket::textMessageReceived, raw,
                [onFrame](const QString &text) { onFrame(QJsonDocument::fromJson(text.toUtf8()).object()); });
        raw->open(url);
        return socket;
    }

    static double percentile(std::vector<double> &samples, double p)
    {
        if (samples.empty()) {
            return 0;
        }
        const size_t k = std::min(samples.size() - 1, static_cast<size_t>(p * samples.size()));
        std::nth_element(samples.begin(), samples.begin() + k, samples.end());
        return samples[k];
    }

private Q_SLOTS:
    void initTestCase()
    {
        rlimit limit{};
        getrlimit(RLIMIT_NOFILE, &limit);
        limit.rlim_cur = limit.rlim_max; // 1,000 sockets here and 1,000 in the server (which inherits this)
        setrlimit(RLIMIT_NOFILE, &limit);
        m_server = std::make_unique<TestServer>(TestServer::Options{true, {u"--chat-rate"_s, u"1000000:1000000"_s}});
        QVERIFY(m_server->start());
        HttpClient http(m_server->baseUrl());
        m_token = http.login(u"premium"_s).json[u"accessToken"_s].toString();
        QVERIFY(!m_token.isEmpty());
        m_clock.start();
    }

    void fanOut_1000clients_latency()
    {
        const int clients = qEnvironmentVariableIntValue("GUILD_BENCH_CLIENTS") > 0
                                ? qEnvironmentVariableIntValue("GUILD_BENCH_CLIENTS")
                                : 1000;
        const int messages = 200;
        std::vector<double> latencies;
        latencies.reserve(size_t(clients) * messages);
        int ready = 0;
        std::vector<std::unique_ptr<QWebSocket>> sockets;
        for (int i = 0; i < clients; ++i) {
            sockets.push_back(connectClient([&](const QJsonObject &f) {
                const QString type = f[u"type"_s].toString();
                if (type == u"ready"_s) {
                    ++ready;
                } else if (type == u"message.new"_s) {
                    const qint64 sentNs = f[u"message"_s][u"body"_s].toString().toLongLong();
                    latencies.push_back((m_clock.nsecsElapsed() - sentNs) / 1e6);
                }
            }));
        }
        QTRY_COMPARE_WITH_TIMEOUT(ready, clients, 120000);

        int acked = 0;
        bool senderLive = false;
        auto sender = connectClient([&](const QJsonObject &f) {
            senderLive = senderLive || f[u"type"_s] == u"ready"_s;
            acked += f[u"type"_s] == u"ack"_s ? 1 : 0;
        });
        QTRY_VERIFY(senderLive);
        QElapsedTimer wall;
        wall.start();
        for (int i = 0; i < messages; ++i) {
            sender->sendTextMessage(
                QString::fromUtf8(QJsonDocument(QJsonObject{{u"type"_s, u"send"_s},
                                                            {u"channelId"_s, 1},
                                                            {u"clientId"_s, u"bench-%1"_s.arg(i)},
                                                            {u"body"_s, QString::number(m_clock.nsecsElapsed())}})
                                      .toJson(QJsonDocument::Compact)));
            QTest::qWait(20); // pace: 50 messages per second, as a lively channel
        }
        QTRY_VERIFY_WITH_TIMEOUT(latencies.size() >= size_t(clients) * messages, 120000);
        const double seconds = wall.elapsed() / 1000.0;
        const size_t deliveries = latencies.size();
        const double p50 = percentile(latencies, 0.50);
        const double p99 = percentile(latencies, 0.99);
        const double max = *std::max_element(latencies.begin(), latencies.end());
        qInfo("fan-out: %d clients x %d messages = %zu deliveries in %.1f s; latency p50 %.1f ms, p99 %.1f ms, max "
              "%.1f ms",
              clients, messages, deliveries, seconds, p50, p99, max);
        QTRY_COMPARE(acked, messages);
    }

    void throughput_onePublisherTenReaders()
    {
        const int messages = 3000;
        int delivered = 0;
        int readyCount = 0;
        std::vector<std::unique_ptr<QWebSocket>> readers;
        for (int i = 0; i < 10; ++i) {
            readers.push_back(connectClient([&](const QJsonObject &f) {
                readyCount += f[u"type"_s] == u"ready"_s ? 1 : 0;
                delivered += f[u"type"_s] == u"message.new"_s ? 1 : 0;
            }));
        }
        QTRY_COMPARE_WITH_TIMEOUT(readyCount, 10, 30000);
        int acked = 0;
        bool live = false;
        auto sender = connectClient([&](const QJsonObject &f) {
            live = live || f[u"type"_s] == u"ready"_s;
            acked += f[u"type"_s] == u"ack"_s ? 1 : 0;
        });
        QTRY_VERIFY(live);
        QElapsedTimer wall;
        wall.start();
        for (int i = 0; i < messages; ++i) {
            sender->sendTextMessage(
                QString::fromUtf8(QJsonDocument(QJsonObject{{u"type"_s, u"send"_s},
                                                            {u"channelId"_s, 2},
                                                            {u"clientId"_s, u"tp-%1"_s.arg(i)},
                                                            {u"body"_s, u"throughput test message"_s}})
                                      .toJson(QJsonDocument::Compact)));
        }
        QTRY_COMPARE_WITH_TIMEOUT(acked, messages, 300000);
        const double storedSecs = wall.elapsed() / 1000.0;
        QTRY_COMPARE_WITH_TIMEOUT(delivered, messages * 10, 300000);
        const double allSecs = wall.elapsed() / 1000.0;
        qInfo("throughput: %d messages stored and acked in %.2f s = %.0f msg/s; %d deliveries in %.2f s = %.0f "
              "deliveries/s (%s)",
              messages, storedSecs, messages / storedSecs, delivered, allSecs, delivered / allSecs,
              m_server->isPostgres() ? "PostgreSQL" : "SQLite");
    }

    void cleanupTestCase() { QVERIFY(m_server->stop()); }
};

QTEST_GUILESS_MAIN(BenchChat)
#include "bench_chat.moc"
