#pragma once

#include "models/pendingwrite.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace guild::app {

using models::PendingWrite;

/// The write_outbox table (cache migration 013). Runs only on the LocalCache worker thread.
class WriteOutboxStore final
{
public:
    explicit WriteOutboxStore(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    /// Stores `write` and returns it with its id; nullopt when the disk refused.
    std::optional<PendingWrite> add(PendingWrite write);
    /// Everything waiting or refused, oldest first.
    QList<PendingWrite> all();
    bool remove(qint64 id);
    bool setState(qint64 id, PendingWrite::State state, const QString &error);
    bool countAttempt(qint64 id);

private:
    QSqlDatabase m_db;
};

} // namespace guild::app
