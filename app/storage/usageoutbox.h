#pragma once

#include "protocol/analytics.h"

#include <QSqlDatabase>

namespace guild::app {

/// Usage events waiting for the server, oldest first. Runs only on the LocalCache worker thread.
class UsageOutbox final
{
public:
    explicit UsageOutbox(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    bool add(const QList<protocol::analytics::UsageEvent> &events);
    QList<protocol::analytics::UsageEvent> oldest(int limit);
    bool remove(const QStringList &ids);
    int count();

private:
    QSqlDatabase m_db;
};

} // namespace guild::app
