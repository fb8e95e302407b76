#pragma once

#include <QObject>
#include <QPointer>

namespace guild::app {

class ApiClient;
class LocalCache;

/// Pulls the server's change feed into the offline cache, page by page. Each page is stored with the
/// token that follows it, so a cancelled or interrupted sync resumes where it stopped.
class SyncService final : public QObject
{
    Q_OBJECT
public:
    SyncService(ApiClient &api, LocalCache &cache, QObject *parent = nullptr);

    void start();
    void cancel();
    bool isRunning() const { return m_run != nullptr; }

Q_SIGNALS:
    void started();
    /// `articles` received so far in this run.
    void progress(int articles);
    void finished(int changed);
    void failed(const QString &message, bool networkFailure);
    void cancelled();

private:
    void fetch(const QString &token);
    void stop();

    ApiClient &m_api;
    LocalCache &m_cache;
    QPointer<QObject> m_run; // the current run; deleting it drops every callback still in flight
    int m_received = 0;
};

} // namespace guild::app
