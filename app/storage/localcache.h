#pragma once

#include <QObject>
#include <QPointer>
#include <QSqlDatabase>
#include <QThread>

#include <functional>
#include <memory>

namespace guild::app {

/// The client's SQLite cache, one file per account. All database work runs on the cache's own worker
/// thread; callers pass a function to run there and get its result back on their own thread.
class LocalCache final : public QObject
{
    Q_OBJECT
public:
    explicit LocalCache(QObject *parent = nullptr);
    ~LocalCache() override;

    /// Opens (creating if needed) and migrates the database at `path`. `done` gets an empty string on
    /// success or a message for the member (for example: the cache is from a newer Guild).
    void open(const QString &path, QObject *context, std::function<void(const QString &error)> done);
    void close();
    bool isOpen() const { return m_open; }

    /// Runs `work` on the worker thread with its connection, then `done(result)` on the thread of
    /// `context`, unless `context` was destroyed meanwhile.
    template <typename R>
    void run(QObject *context, std::function<R(QSqlDatabase &)> work, std::function<void(R)> done)
    {
        post(
            [this, ctx = QPointer<QObject>(context), work = std::move(work), done = std::move(done)](QSqlDatabase &db) {
                auto result = std::make_shared<R>(work(db));
                QMetaObject::invokeMethod(this, [ctx, done, result] {
                    if (ctx) {
                        done(std::move(*result));
                    }
                });
            });
    }

    /// The schema version this build of Guild writes.
    static int schemaVersion();

private:
    void post(std::function<void(QSqlDatabase &)> task);

    QThread m_thread;
    QObject *m_worker = nullptr; // lives in m_thread; deleted there
    QString m_connectionName;
    bool m_open = false;
};

} // namespace guild::app
