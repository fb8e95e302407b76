#pragma once

#include "protocol/tier.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>

#include <functional>

namespace guild::protocol {
struct EntitlementLease;
}

namespace guild::app {

class ApiClient;
class DownloadService;
class LocalCache;

/// Keeps the server's signed entitlement lease and closes paid content on this computer when it runs
/// out, offline too: article bodies, lessons, downloaded videos and chat of the tiers it no longer
/// covers leave the cache. Time is the newest this device has known (the server's, or its own clock
/// corrected by the server's), so winding the clock back does not reopen anything; a renewed lease
/// does, through the next sync.
class LeaseGuard final : public QObject
{
    Q_OBJECT
public:
    /// Milliseconds since the epoch on this computer's clock (tests move it).
    using Clock = std::function<qint64()>;

    LeaseGuard(ApiClient &api, LocalCache &cache, DownloadService &downloads, QObject *parent = nullptr);

    void setClock(Clock clock) { m_clock = std::move(clock); }
    /// Judges the lease kept in the account's cache (just opened), before anything else reads it.
    void load();
    /// Online: a fresh lease from the server, then judged.
    void refresh();
    /// Another account: forget this one's.
    void stop();

    /// The highest tier whose content is open on this computer (Premium while no lease says otherwise).
    protocol::Tier openTier() const { return m_open; }
    /// When the lease held runs out (invalid: none held).
    QDateTime validUntil() const { return m_validUntil; }

Q_SIGNALS:
    /// Content above `open` was removed: the lease ran out at `endedAt` (`ranOut`), or the server's
    /// newer lease covers less (a lower tier).
    void closed(guild::protocol::Tier open, const QDateTime &endedAt, bool ranOut);
    /// A renewed lease opens more than was open: a sync brings the content back.
    void reopened(guild::protocol::Tier open);
    /// A lease was judged (kept or fresh): openTier() and validUntil() are current.
    void judged();

private:
    void judge(const std::optional<protocol::EntitlementLease> &fresh);

    ApiClient &m_api;
    LocalCache &m_cache;
    DownloadService &m_downloads;
    Clock m_clock;
    QObject *m_context = nullptr; // parent of this account's pending work; deleted by stop()
    QTimer m_recheck;
    protocol::Tier m_open = protocol::Tier::Premium;
    QDateTime m_validUntil;
};

} // namespace guild::app
