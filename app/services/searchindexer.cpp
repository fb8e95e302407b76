#include "searchindexer.h"

#include "storage/localcache.h"
#include "storage/searchbackfill.h"

namespace guild::app {

namespace {
struct Slice
{
    SearchBackfill::Progress progress;
    bool ok = true;
};
} // namespace

SearchIndexer::SearchIndexer(LocalCache &cache, QObject *parent)
    : QObject(parent)
    , m_cache(cache)
{}

void SearchIndexer::start()
{
    if (m_running || !m_cache.isOpen()) {
        return;
    }
    m_running = true;
    m_cancelling = false;
    const quint64 generation = ++m_generation;
    m_cache.run<SearchBackfill::Progress>(
        this, [](QSqlDatabase &db) { return SearchBackfill(db).progress(); },
        [this, generation](const SearchBackfill::Progress &p) {
            if (generation != m_generation) {
                return;
            }
            if (p.finished) {
                m_running = false;
                return; // nothing to fill: no news
            }
            Q_EMIT started();
            Q_EMIT progress(p.done, p.total);
            next();
        });
}

void SearchIndexer::cancel()
{
    if (m_running) {
        m_cancelling = true;
    }
}

void SearchIndexer::next()
{
    const quint64 generation = m_generation;
    m_cache.run<Slice>(
        this,
        [](QSqlDatabase &db) {
            Slice slice;
            slice.progress = SearchBackfill(db).step(SliceRows, &slice.ok);
            return slice;
        },
        [this, generation](const Slice &slice) {
            if (generation != m_generation) {
                return;
            }
            Q_EMIT progress(slice.progress.done, slice.progress.total);
            if (slice.progress.finished || !slice.ok) {
                // A refused slice (a full disk) waits for the next start rather than spinning.
                m_running = false;
                Q_EMIT finished();
            } else if (m_cancelling) {
                m_running = false;
                m_cancelling = false;
                Q_EMIT cancelled();
            } else {
                next();
            }
        });
}

} // namespace guild::app
