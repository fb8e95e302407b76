#pragma once

#include <QDateTime>

namespace guild::server {

inline qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace guild::server
