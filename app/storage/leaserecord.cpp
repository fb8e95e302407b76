#include "leaserecord.h"

using namespace Qt::StringLiterals;

namespace guild::app {

QJsonObject LeaseRecord::toJson() const
{
    return {{u"lease"_s, lease.toJson()},
            {u"offsetMs"_s, offsetMs},
            {u"highWaterMs"_s, highWaterMs},
            {u"open"_s, protocol::tierCode(open)}};
}

std::optional<LeaseRecord> LeaseRecord::fromJson(const QJsonObject &json)
{
    const auto lease = protocol::EntitlementLease::fromJson(json.value(u"lease"_s).toObject());
    const auto open = protocol::tierFromCode(json.value(u"open"_s).toString());
    if (!lease || !open) {
        return std::nullopt;
    }
    return LeaseRecord{*lease, json.value(u"offsetMs"_s).toInteger(), json.value(u"highWaterMs"_s).toInteger(), *open};
}

} // namespace guild::app
