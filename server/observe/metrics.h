#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMutex>

#include <array>
#include <atomic>
#include <functional>

namespace guild::server {

/// The process's figures for `GET /metrics`, in Prometheus' text format: counters and histograms
/// updated from any thread, gauges read when scraped. Labels come from route templates and status
/// codes only, so the series stay few whatever clients send.
class Metrics final
{
public:
    /// Upper bounds of the latency buckets, in seconds.
    static constexpr std::array<double, 12> Buckets{0.001, 0.0025, 0.005, 0.01, 0.025, 0.05,
                                                    0.1,   0.25,   0.5,   1,    2.5,   10};

    /// One answered request: `route` is the route's template (as protocol/endpoints.h writes it), or empty when
    /// no route made the answer (404, 405).
    void request(const QByteArray &method, const QString &route, int status, double seconds);
    /// A chat message handed to this process's connections, `lagSeconds` after it was stored.
    void chatFanOut(double lagSeconds);
    /// A figure read when scraped (open connections, queue length).
    void gauge(const QByteArray &name, const QByteArray &help, std::function<double()> read);
    /// A running total kept elsewhere, read when scraped (database time).
    void counter(const QByteArray &name, const QByteArray &help, std::function<double()> read);

    /// Everything, in the exposition format (text/plain; version=0.0.4).
    QByteArray render() const;

private:
    struct Histogram
    {
        std::array<quint64, Buckets.size()> counts{};
        quint64 count = 0;
        double sum = 0;
        void add(double seconds);
    };
    struct Read
    {
        QByteArray name;
        QByteArray help;
        std::function<double()> read;
    };

    mutable QMutex m_mutex;
    QHash<QByteArray, quint64> m_requests;  ///< label set -> count
    QHash<QByteArray, Histogram> m_latency; ///< label set -> latencies
    Histogram m_fanOut;
    QList<Read> m_gauges;
    QList<Read> m_counters;
};

} // namespace guild::server
