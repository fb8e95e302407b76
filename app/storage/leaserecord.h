#pragma once

#include "protocol/api/accounts.h"

#include <QJsonObject>

#include <optional>

namespace guild::app {

/// The entitlement lease this device holds and the clock it is judged by (snapshot "lease").
struct LeaseRecord
{
    protocol::EntitlementLease lease;
    /// The server's clock minus this computer's when the lease came: this computer's clock, corrected.
    qint64 offsetMs = 0;
    /// The latest time this device has known (the server's, or its own corrected clock's, whichever
    /// was later): a clock wound back does not count before it.
    qint64 highWaterMs = 0;
    /// The highest tier whose content is on this computer.
    protocol::Tier open = protocol::Tier::Premium;

    QJsonObject toJson() const;
    static std::optional<LeaseRecord> fromJson(const QJsonObject &json);
};

} // namespace guild::app
