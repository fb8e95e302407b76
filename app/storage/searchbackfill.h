#pragma once

#include <QSqlDatabase>

namespace guild::app {

/// Fills the full-text indexes a migration left to fill (table search_backfill, migration 009): the
/// rows a cache held when its index was made anew, a slice at a time, lowest id first. Rows written
/// meanwhile are indexed by the triggers as usual; those still waiting are left to the slice that
/// takes them, which reads their text as it is then, so nothing is lost or indexed twice.
class SearchBackfill final
{
public:
    struct Progress
    {
        qint64 done = 0;
        qint64 total = 0;
        bool finished = true;
    };

    explicit SearchBackfill(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    /// How far it is, over every index still being filled.
    Progress progress();
    /// Indexes up to `rows` more rows, in one transaction; false progress.finished while rows remain.
    /// `ok` is false when the database refused (the slice is then not counted, and is taken again).
    Progress step(int rows, bool *ok = nullptr);

private:
    QSqlDatabase m_db;
};

} // namespace guild::app
