#pragma once

#include "protocol/api/analytics.h"

#include <QObject>
#include <QTimer>

#include <chrono>

namespace guild::app {

class ApiClient;
class LocalCache;

/// Sends the queued usage events to the server in batches and drops them from the queue once the
/// server has them. Offline, they wait; a batch the server refuses as malformed is dropped, so one bad
/// event cannot block the rest for good.
class UsageUploader final : public QObject
{
    Q_OBJECT
public:
    static constexpr int BatchMax = protocol::UsageBatch::Max;

    UsageUploader(ApiClient &api, LocalCache &cache, QObject *parent = nullptr);

    void setInterval(std::chrono::milliseconds interval) { m_timer.setInterval(interval); }
    /// Starts sending every interval (signed in); stop() when signed out.
    void start();
    void stop();
    /// Sends what is queued now, batch after batch, unless a send is under way.
    void sendNow();

Q_SIGNALS:
    /// The server took `count` events (accepted or already had them).
    void sent(int count);
    /// Nothing left to send, or the link is down: the queue holds `waiting` events.
    void idle(int waiting);

private:
    void sendBatch();

    ApiClient &m_api;
    LocalCache &m_cache;
    QTimer m_timer;
    bool m_sending = false;
};

} // namespace guild::app
