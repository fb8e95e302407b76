#pragma once

#include "protocol/contract.h"

// Bodies of the routes that exist only for tests.
namespace guild::protocol {

/// Only with guild-server --test-clock: where the server's clock is to jump.
struct ClockRequest
{
    qint64 nowMs = 0;

    QJsonObject toJson() const;
    static std::optional<ClockRequest> fromJson(const QJsonObject &json, ApiError *error);
};
using ClockReply = One<qint64, "nowMs">;

} // namespace guild::protocol
