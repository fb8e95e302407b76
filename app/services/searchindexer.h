#pragma once

#include <QObject>

namespace guild::app {

class LocalCache;

/// Runs the search backfill (storage/searchbackfill.h) in the background, a slice per job on the
/// cache's thread so that reading and syncing go on between slices, telling how far it is; cancelled,
/// it stops after the slice under way and carries on at the next start().
class SearchIndexer final : public QObject
{
    Q_OBJECT
public:
    explicit SearchIndexer(LocalCache &cache, QObject *parent = nullptr);

    /// Starts (or resumes) filling whatever is left; nothing happens when nothing is.
    void start();
    void cancel();
    bool isRunning() const { return m_running; }

    /// Rows per slice: about a tenth of a second of work for articles on the reference machine.
    static constexpr int SliceRows = 500;

Q_SIGNALS:
    void started();
    void progress(qint64 done, qint64 total);
    void finished();
    void cancelled();

private:
    void next();

    LocalCache &m_cache;
    bool m_running = false;
    bool m_cancelling = false;
    quint64 m_generation = 0; ///< a start after a cancel does not pick up the old run's slices
};

} // namespace guild::app
