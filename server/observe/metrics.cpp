#include "metrics.h"

#include <QList>

#include <algorithm>

namespace guild::server {

namespace {

QByteArray number(double value)
{
    return QByteArray::number(value, 'g', 12);
}

/// A label value as the exposition format quotes it.
QByteArray quoted(const QByteArray &value)
{
    QByteArray out = value;
    out.replace('\\', "\\\\").replace('"', "\\\"").replace('\n', "\\n");
    return '"' + out + '"';
}

void header(QByteArray &out, const QByteArray &name, const QByteArray &help, const char *type)
{
    out += "# HELP " + name + ' ' + help + "\n# TYPE " + name + ' ' + type + '\n';
}

template <typename H>
void histogram(QByteArray &out, const QByteArray &name, const QByteArray &labels, const H &h,
               const std::array<double, 12> &buckets)
{
    const QByteArray prefix = labels.isEmpty() ? QByteArray() : labels + ',';
    quint64 cumulative = 0;
    for (size_t i = 0; i < buckets.size(); ++i) {
        cumulative += h.counts[i];
        out +=
            name + "_bucket{" + prefix + "le=\"" + number(buckets[i]) + "\"} " + QByteArray::number(cumulative) + '\n';
    }
    out += name + "_bucket{" + prefix + "le=\"+Inf\"} " + QByteArray::number(h.count) + '\n';
    const QByteArray braces = labels.isEmpty() ? QByteArray() : '{' + labels + '}';
    out += name + "_sum" + braces + ' ' + number(h.sum) + '\n';
    out += name + "_count" + braces + ' ' + QByteArray::number(h.count) + '\n';
}

} // namespace

void Metrics::Histogram::add(double seconds)
{
    const auto bucket = std::lower_bound(Buckets.cbegin(), Buckets.cend(), seconds);
    if (bucket != Buckets.cend()) {
        ++counts[size_t(bucket - Buckets.cbegin())];
    }
    ++count;
    sum += seconds;
}

void Metrics::request(const QByteArray &method, const QString &route, int status, double seconds)
{
    const QByteArray routeLabels =
        "method=" + quoted(method) + ",route=" + quoted(route.isEmpty() ? QByteArray("unmatched") : route.toUtf8());
    const QByteArray statusLabels = routeLabels + ",status=\"" + QByteArray::number(status) + '"';
    const QMutexLocker lock(&m_mutex);
    ++m_requests[statusLabels];
    m_latency[routeLabels].add(seconds);
}

void Metrics::chatFanOut(double lagSeconds)
{
    const QMutexLocker lock(&m_mutex);
    m_fanOut.add(std::max(0.0, lagSeconds));
}

void Metrics::gauge(const QByteArray &name, const QByteArray &help, std::function<double()> read)
{
    const QMutexLocker lock(&m_mutex);
    m_gauges.append({name, help, std::move(read)});
}

void Metrics::counter(const QByteArray &name, const QByteArray &help, std::function<double()> read)
{
    const QMutexLocker lock(&m_mutex);
    m_counters.append({name, help, std::move(read)});
}

QByteArray Metrics::render() const
{
    const QMutexLocker lock(&m_mutex);
    QByteArray out;
    out.reserve(16 * 1024);

    header(out, "guild_http_requests_total", "Requests answered, by route and status.", "counter");
    QList<QByteArray> keys = m_requests.keys();
    std::sort(keys.begin(), keys.end());
    for (const QByteArray &labels : std::as_const(keys)) {
        out += "guild_http_requests_total{" + labels + "} " + QByteArray::number(m_requests.value(labels)) + '\n';
    }

    header(out, "guild_http_request_duration_seconds", "Time from the request read to its answer ready, by route.",
           "histogram");
    keys = m_latency.keys();
    std::sort(keys.begin(), keys.end());
    for (const QByteArray &labels : std::as_const(keys)) {
        histogram(out, "guild_http_request_duration_seconds", labels, m_latency.value(labels), Buckets);
    }

    header(out, "guild_chat_messages_total", "Chat messages handed to this process's connections.", "counter");
    out += "guild_chat_messages_total " + QByteArray::number(m_fanOut.count) + '\n';
    header(out, "guild_chat_fanout_lag_seconds",
           "From a message stored (by any process) to its frames queued on this process's connections.", "histogram");
    histogram(out, "guild_chat_fanout_lag_seconds", {}, m_fanOut, Buckets);

    for (const Read &g : m_gauges) {
        header(out, g.name, g.help, "gauge");
        out += g.name + ' ' + number(g.read()) + '\n';
    }
    for (const Read &c : m_counters) {
        header(out, c.name, c.help, "counter");
        out += c.name + ' ' + number(c.read()) + '\n';
    }
    return out;
}

} // namespace guild::server
