#include "sql.h"

#include <QElapsedTimer>
#include <QHash>
#include <QLoggingCategory>
#include <QMutex>

#include <atomic>
#include <memory>

Q_LOGGING_CATEGORY(lcSql, "guild.server.storage")

using namespace Qt::StringLiterals;

namespace guild::server::sql {

Error::Error(const QSqlError &error)
    : std::runtime_error(error.text().toStdString())
    , m_error(error)
{}

namespace {

std::atomic<quint64> g_statements{0};
std::atomic<quint64> g_nanoseconds{0};

/// Adds the statement's time to the process's totals when it goes.
class Timed
{
public:
    Timed() { m_timer.start(); }
    ~Timed()
    {
        g_statements.fetch_add(1, std::memory_order_relaxed);
        g_nanoseconds.fetch_add(quint64(m_timer.nsecsElapsed()), std::memory_order_relaxed);
    }
    Q_DISABLE_COPY_MOVE(Timed)

private:
    QElapsedTimer m_timer;
};

/// The statements `scalar` prepared, per SQLite connection, kept for the next call: preparing is most of
/// the cost of a small statement (a fifth of a chat send's time was SQLite parsing the same few statements
/// again). Only `scalar` uses them, and it reads its one value and finishes the statement before it
/// returns, so no caller ever holds one. A connection is used only by the thread that opened it, so
/// each statement is too; the mutex guards the map.
struct PreparedStatements
{
    QMutex mutex;
    QHash<QString, QHash<QString, std::shared_ptr<QSqlQuery>>> byConnection;
};

PreparedStatements &preparedStatements()
{
    static PreparedStatements statements;
    return statements;
}

std::shared_ptr<QSqlQuery> prepared(const QSqlDatabase &db, const QString &statement)
{
    PreparedStatements &kept = preparedStatements();
    const QString connection = db.connectionName();
    {
        const QMutexLocker lock(&kept.mutex);
        const auto forConnection = kept.byConnection.constFind(connection);
        if (forConnection != kept.byConnection.cend()) {
            if (auto query = forConnection->value(statement)) {
                return query;
            }
        }
    }
    auto query = std::make_shared<QSqlQuery>(db);
    query->setForwardOnly(true);
    if (!query->prepare(statement)) {
        qCWarning(lcSql) << "prepare failed:" << query->lastError().text() << statement;
        throw Error(query->lastError());
    }
    const QMutexLocker lock(&kept.mutex);
    kept.byConnection[connection].insert(statement, query);
    return query;
}

} // namespace

void forgetPrepared(const QString &connectionName)
{
    PreparedStatements &kept = preparedStatements();
    QHash<QString, std::shared_ptr<QSqlQuery>> gone;
    {
        const QMutexLocker lock(&kept.mutex);
        gone = kept.byConnection.take(connectionName);
    }
    // Destroyed here, outside the lock, while the connection still exists.
}

Timing timing()
{
    return {g_statements.load(std::memory_order_relaxed), double(g_nanoseconds.load(std::memory_order_relaxed)) / 1e9};
}

QSqlQuery exec(const QSqlDatabase &db, const QString &statement, const QVariantList &bindings)
{
    const Timed timed;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (bindings.isEmpty()) {
        // Fixed text with nothing to bind (DDL, SET, BEGIN): PostgreSQL cannot PREPARE those.
        if (!query.exec(statement)) {
            throw Error(query.lastError());
        }
        return query;
    }
    if (!query.prepare(statement)) {
        qCWarning(lcSql) << "prepare failed:" << query.lastError().text() << statement;
        throw Error(query.lastError());
    }
    for (const QVariant &value : bindings) {
        query.addBindValue(value);
    }
    if (!query.exec()) {
        throw Error(query.lastError());
    }
    return query;
}

Prepared::Prepared(const QSqlDatabase &db, const QString &statement)
    : m_query(db)
{
    m_query.setForwardOnly(true);
    if (!m_query.prepare(statement)) {
        qCWarning(lcSql) << "prepare failed:" << m_query.lastError().text() << statement;
        throw Error(m_query.lastError());
    }
}

QSqlQuery &Prepared::run(const QVariantList &bindings)
{
    const Timed timed;
    for (qsizetype i = 0; i < bindings.size(); ++i) {
        m_query.bindValue(int(i), bindings.at(i));
    }
    if (!m_query.exec()) {
        throw Error(m_query.lastError());
    }
    return m_query;
}

QVariant scalar(const QSqlDatabase &db, const QString &statement, const QVariantList &bindings)
{
    // Kept on SQLite, whose parsing runs in this process. On PostgreSQL the parsing is the server's, and
    // with statements kept there the fan-out between processes stopped (notifications no longer came
    // in on the connection that LISTENs): not kept.
    // Without values to bind it may be text that should not be kept (PRAGMA, DDL): only reads are.
    if (db.driverName() != u"QSQLITE"_s || (bindings.isEmpty() && !statement.startsWith(u"SELECT "_s))) {
        QSqlQuery query = exec(db, statement, bindings);
        return query.next() ? query.value(0) : QVariant();
    }
    const Timed timed;
    const std::shared_ptr<QSqlQuery> query = prepared(db, statement);
    for (qsizetype i = 0; i < bindings.size(); ++i) {
        query->bindValue(int(i), bindings.at(i));
    }
    if (!query->exec()) {
        const QSqlError error = query->lastError();
        query->finish();
        throw Error(error);
    }
    QVariant value = query->next() ? query->value(0) : QVariant();
    // Ends the statement now: an unfinished one holds SQLite's read snapshot (and the WAL) open.
    query->finish();
    return value;
}

bool isUniqueViolation(const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    // SQLite: 2067 SQLITE_CONSTRAINT_UNIQUE, 1555 SQLITE_CONSTRAINT_PRIMARYKEY, 19 generic constraint.
    // PostgreSQL: SQLSTATE 23505 unique_violation.
    return code == QLatin1StringView("2067") || code == QLatin1StringView("1555") || code == QLatin1StringView("19") ||
           code == QLatin1StringView("23505");
}

QVariant nullInt()
{
    return QVariant(QMetaType::fromType<qint64>());
}

QString placeholders(qsizetype count)
{
    QStringList marks;
    marks.fill(u"?"_s, count);
    return marks.join(u", "_s);
}

QVariantList toVariants(const QList<qint64> &ids)
{
    QVariantList list;
    list.reserve(ids.size());
    for (const qint64 id : ids) {
        list.append(id);
    }
    return list;
}

QString inList(const QString &column, const QList<qint64> &ids, QVariantList &bindings)
{
    if (ids.isEmpty()) {
        return u"0 = 1"_s;
    }
    bindings += toVariants(ids);
    return column + u" IN ("_s + placeholders(ids.size()) + u')';
}

QString containsPattern(const QString &text)
{
    QString pattern = text.trimmed().toLower();
    pattern.replace(u'!', u"!!"_s).replace(u'%', u"!%"_s).replace(u'_', u"!_"_s);
    return u'%' + pattern + u'%';
}

QDateTime timeFromMs(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

namespace {
/// The innermost open transaction of each of this thread's connections.
thread_local QHash<QString, Transaction *> innermost;
} // namespace

Transaction::Transaction(QSqlDatabase db)
    : m_db(std::move(db))
    , m_outer(innermost.value(m_db.connectionName()))
{
    if (m_outer) {
        m_savepoint = QStringLiteral("guild_%1").arg(reinterpret_cast<quintptr>(this), 0, 16);
        exec(m_db, QStringLiteral("SAVEPOINT ") + m_savepoint);
    } else {
        // SQLite: take the write lock up front. A deferred transaction that reads and then writes can fail
        // with SQLITE_BUSY without ever calling the busy handler, which is exactly the race under load.
        const bool sqlite = m_db.driverName() == QLatin1StringView("QSQLITE");
        exec(m_db, sqlite ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN"));
    }
    innermost.insert(m_db.connectionName(), this);
}

Transaction::~Transaction()
{
    if (!m_done) {
        QSqlQuery rollback(m_db);
        if (m_outer) {
            // Undoes this savepoint's work only; on PostgreSQL it also clears an error inside it, so the
            // outer transaction can go on.
            rollback.exec(QStringLiteral("ROLLBACK TO SAVEPOINT ") + m_savepoint);
            rollback.exec(QStringLiteral("RELEASE SAVEPOINT ") + m_savepoint);
        } else {
            rollback.exec(QStringLiteral("ROLLBACK"));
        }
        leave();
    }
}

void Transaction::leave()
{
    // A transaction that is over is nobody's outer one, even while its object lives on (a transaction
    // committed, then another begun in the same scope, must begin, not nest).
    if (m_outer) {
        innermost.insert(m_db.connectionName(), m_outer);
    } else {
        innermost.remove(m_db.connectionName());
    }
}

void Transaction::commit()
{
    if (m_outer) {
        exec(m_db, QStringLiteral("RELEASE SAVEPOINT ") + m_savepoint);
        m_done = true;
        leave();
        // Nothing is committed until the outermost transaction is.
        m_outer->m_afterCommit += std::exchange(m_afterCommit, {});
        return;
    }
    exec(m_db, QStringLiteral("COMMIT"));
    m_done = true;
    leave();
    for (const auto &action : std::as_const(m_afterCommit)) {
        action();
    }
}

} // namespace guild::server::sql
