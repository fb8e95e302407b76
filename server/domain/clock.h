#pragma once

#include <QDateTime>

#include <atomic>

namespace guild::server {

namespace clockdetail {
inline std::atomic<qint64> offsetMs{0};
}

/// The server's time. Tests of day boundaries move it with setClockOffset (only reachable through
/// guild-server --test-clock, which refuses to listen beyond loopback).
inline qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch() + clockdetail::offsetMs.load();
}

inline void setClockOffset(qint64 ms)
{
    clockdetail::offsetMs.store(ms);
}

} // namespace guild::server
