#pragma once

#include "protocol/api/testing.h"

// Routes a server has only when tests ask for them (guild-server --test-clock, loopback only); not
// part of the API, so not in endpoints::All.
namespace guild::protocol::endpoints {

inline constexpr Endpoint<ClockRequest, ClockReply> TestClock{
    {HttpMethod::Post, QLatin1StringView("/api/v1/test/clock"), Access::Public, "Tests only: move the server's clock"}};

} // namespace guild::protocol::endpoints
