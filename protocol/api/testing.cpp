#include "testing.h"

#include "protocol/jsonreader.h"

using namespace Qt::StringLiterals;

namespace guild::protocol {

QJsonObject ClockRequest::toJson() const
{
    return {{u"nowMs"_s, nowMs}};
}

std::optional<ClockRequest> ClockRequest::fromJson(const QJsonObject &json, ApiError *error)
{
    JsonReader reader(json);
    ClockRequest r;
    r.nowMs = reader.requiredInteger("nowMs"_L1, 0, std::numeric_limits<qint64>::max() / 2);
    return finish(reader, r, error);
}

} // namespace guild::protocol
