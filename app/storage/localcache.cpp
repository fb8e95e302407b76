#include "localcache.h"

#include "cachemigrator.h"
#include "privatefiles.h"

#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>
#include <QUuid>

Q_LOGGING_CATEGORY(lcStorage, "guild.storage")

using namespace Qt::StringLiterals;

namespace guild::app {

LocalCache::LocalCache(QObject *parent)
    : QObject(parent)
    , m_connectionName(u"guild-cache-"_s + QUuid::createUuid().toString(QUuid::Id128))
{
    m_thread.setObjectName(u"guild-cache"_s);
    m_worker = new QObject;
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

LocalCache::~LocalCache()
{
    close();
    // Quit from inside the worker's queue, after every task already posted (an outbox write made just
    // before the app quits, say): QThread::quit() from here would drop whatever is still queued.
    QMetaObject::invokeMethod(m_worker, [] { QThread::currentThread()->quit(); });
    m_thread.wait();
}

int LocalCache::schemaVersion()
{
    return CacheMigrator::latestVersion();
}

void LocalCache::post(std::function<void(QSqlDatabase &)> task)
{
    QMetaObject::invokeMethod(m_worker, [name = m_connectionName, task = std::move(task)] {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        task(db);
    });
}

void LocalCache::open(const QString &path, QObject *context, std::function<void(const QString &)> done)
{
    close();
    m_open = true;
    const QString name = m_connectionName;
    run<QString>(
        context,
        [name, path](QSqlDatabase &) -> QString {
            // Owner-only before SQLite touches it; caches made by older versions are narrowed too.
            if (!privatefiles::ensureDirectory(QFileInfo(path).absolutePath()) || !privatefiles::ensureFile(path)) {
                return LocalCache::tr("Cannot prepare the offline cache: %1").arg(QFileInfo(path).absolutePath());
            }
            for (const QString &companion : {u"-wal"_s, u"-shm"_s, u"-journal"_s}) {
                privatefiles::restrict(path + companion);
            }
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            db.setDatabaseName(path);
            db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
            if (!db.open()) {
                return LocalCache::tr("Cannot open the offline cache: %1").arg(db.lastError().text());
            }
            return CacheMigrator(db).migrate();
        },
        std::move(done));
}

void LocalCache::close()
{
    if (!m_open) {
        return;
    }
    m_open = false;
    QMetaObject::invokeMethod(m_worker, [name = m_connectionName] {
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    });
}

} // namespace guild::app
