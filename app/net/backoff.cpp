#include "backoff.h"

#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

namespace guild::app {

Backoff::Backoff(int initialMs, int maximumMs, double jitter)
    : m_initial(initialMs)
    , m_maximum(maximumMs)
    , m_jitter(jitter)
    , m_random([] { return QRandomGenerator::global()->generateDouble(); })
{}

int Backoff::next()
{
    const double base = std::min<double>(m_maximum, m_initial * std::pow(2.0, std::min(m_attempt, 30)));
    ++m_attempt;
    const double spread = 1.0 + m_jitter * (2.0 * m_random() - 1.0);
    return static_cast<int>(std::clamp(base * spread, 1.0, double(m_maximum) * (1.0 + m_jitter)));
}

} // namespace guild::app
