#include "database.h"

#include "search/fts5tokenizer.h"
#include "sql.h"

#include <QThread>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace guild::server {

Database::Database(DatabaseConfig config)
    : m_config(std::move(config))
    , m_prefix(u"guild-"_s + QUuid::createUuid().toString(QUuid::Id128) + u'-')
{}

Database::~Database()
{
    const QMutexLocker lock(&m_mutex);
    for (const QString &name : std::as_const(m_names)) {
        sql::forgetPrepared(name);
        QSqlDatabase::removeDatabase(name);
    }
}

QSqlDatabase Database::connection()
{
    const QString name = m_prefix + QString::number(reinterpret_cast<quintptr>(QThread::currentThread()), 16);
    QSqlDatabase db = QSqlDatabase::database(name, false);
    if (db.isValid() && db.isOpen()) {
        return db;
    }
    return open(name);
}

QSqlDatabase Database::open(const QString &name)
{
    sql::forgetPrepared(name); // prepared on this name's earlier connection, if it had one
    QSqlDatabase db = QSqlDatabase::contains(name)
                          ? QSqlDatabase::database(name, false)
                          : QSqlDatabase::addDatabase(isPostgres() ? u"QPSQL"_s : u"QSQLITE"_s, name);
    {
        const QMutexLocker lock(&m_mutex);
        if (!m_names.contains(name)) {
            m_names.append(name);
        }
    }
    if (isPostgres()) {
        db.setHostName(m_config.host);
        db.setPort(m_config.port);
        db.setUserName(m_config.user);
        db.setPassword(m_config.password);
        db.setDatabaseName(m_config.databaseName);
        db.setConnectOptions(u"connect_timeout=10"_s);
    } else {
        db.setDatabaseName(m_config.sqlitePath);
        // The driver waits on a locked database instead of failing at once; no sleep loops of our own.
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=10000"_s);
    }
    if (!db.open()) {
        throw sql::Error(db.lastError());
    }
    if (isPostgres()) {
        sql::exec(db, u"SET TIME ZONE 'UTC'"_s);
        // PostgreSQL's NOTICEs ("relation … already exists, skipping") are not news for anyone reading
        // the server's log or a command's output; warnings and errors still come through.
        sql::exec(db, u"SET client_min_messages = warning"_s);
    } else {
        sql::exec(db, u"PRAGMA journal_mode=WAL"_s);
        sql::exec(db, u"PRAGMA synchronous=NORMAL"_s);
        sql::exec(db, u"PRAGMA foreign_keys=ON"_s);
        // search_fts (migration 030) and its triggers tokenize with Guild's tokenizer.
        if (!search::registerTokenizer(db)) {
            throw sql::Error(QSqlError(u"cannot register the search tokenizer"_s, {}, QSqlError::ConnectionError));
        }
    }
    return db;
}

} // namespace guild::server
