#pragma once

#include "protocol/types.h"

#include <QObject>
#include <QPointer>
#include <QQueue>

namespace guild::app {

class ApiClient;
class LocalCache;

/// Pulls the server's change feed into the offline cache, page by page. Each page is stored with the
/// token that follows it, so a cancelled or interrupted sync resumes where it stopped. The next page is
/// fetched while the cache writes the one before; a first sync of more than a page leaves its articles'
/// search index to be filled in slices afterwards (SearchIndexer, started by whoever owns it when the
/// sync ends), so a large community arrives at the speed of its writes.
class SyncService final : public QObject
{
    Q_OBJECT
public:
    SyncService(ApiClient &api, LocalCache &cache, QObject *parent = nullptr);

    void start();
    void cancel();
    bool isRunning() const { return m_run != nullptr; }

    /// Articles asked for a page: the most the server gives.
    static int pageSize();

Q_SIGNALS:
    void started();
    /// `articles` received so far in this run, of about `expected` in all (0: not known).
    void progress(int articles, qint64 expected);
    void finished(int changed);
    void failed(const QString &message, bool networkFailure);
    void cancelled();

private:
    void fetch(const QString &token);
    void writeNext();
    void fail(const QString &message, bool networkFailure);
    /// Ends the run; a first sync's articles become the search indexer's to index.
    void stop();

    ApiClient &m_api;
    LocalCache &m_cache;
    QPointer<QObject> m_run; // the current run; deleting it drops every callback still in flight
    int m_received = 0;
    /// Pages fetched and not yet written, in order; at most two, so a slow disk holds back the network.
    QQueue<protocol::SyncPage> m_fetched;
    QString m_nextToken;
    bool m_fetching = false;
    bool m_writing = false;
    bool m_firstSync = false;
    bool m_openWindow = false;
    bool m_deferredIndex = false;
};

} // namespace guild::app
