#pragma once

namespace guild::server {

/// `--log-format json`: every log line becomes one JSON object on standard error (time, level,
/// category, then the message's own fields when it is a JSON object itself, as access lines are, or
/// `message`), for journald, Loki or anything else that reads structured logs.
void installJsonLog();

} // namespace guild::server
