#pragma once

#include "protocol/endpoint.h"

// Routes a server has only when tests ask for them (guild-server --test-clock, loopback only); not
// part of the API, so not in endpoints::All.
namespace guild::protocol::endpoints {

inline constexpr Route TestClock{HttpMethod::Post, QLatin1StringView("/api/v1/test/clock"), Access::Public,
                                 "Tests only: move the server's clock"};

} // namespace guild::protocol::endpoints
