#pragma once

#include <QtGlobal>

#include <functional>

namespace guild::app {

/// Reconnect delays: exponential from `initial` up to `maximum`, each spread by ±`jitter` so that
/// clients cut off together do not all come back in the same instant.
class Backoff final
{
public:
    Backoff(int initialMs = 1000, int maximumMs = 60000, double jitter = 0.3);

    /// The delay before the next attempt; grows with each call until reset().
    int next();
    void reset() { m_attempt = 0; }
    int attempts() const { return m_attempt; }
    /// For tests: a source of numbers in [0, 1).
    void setRandom(std::function<double()> random) { m_random = std::move(random); }

private:
    int m_initial;
    int m_maximum;
    double m_jitter;
    int m_attempt = 0;
    std::function<double()> m_random;
};

} // namespace guild::app
