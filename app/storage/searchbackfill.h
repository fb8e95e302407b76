#pragma once

#include <QSqlDatabase>

namespace guild::app {

/// Fills the full-text indexes a migration left to fill (table search_backfill, migration 009): the
/// rows a cache held when its index was made anew, a slice at a time, lowest id first. Rows written
/// meanwhile are indexed by the triggers as usual; those still waiting are left to the slice that
/// takes them, which reads their text as it is then, so nothing is lost or indexed twice. A first sync
/// uses the same window to write a large community's articles without indexing each as it comes, and
/// leaves them to be indexed in slices afterwards.
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

    /// From now on, articles not yet indexed (every id from the lowest waiting one up) are left to the
    /// slices: a first sync writes its pages without the index's cost. Until closeArticleWindow().
    bool openArticleWindow();
    /// The articles written since openArticleWindow() become the slices' to index (counted for the
    /// progress shown); with none, the window goes and the triggers index as usual.
    bool closeArticleWindow();

private:
    QSqlDatabase m_db;
};

} // namespace guild::app
