#pragma once

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariantList>

#include <functional>
#include <stdexcept>

// Small helpers so repositories read as SQL plus bindings. Every statement is prepared; values are
// only ever bound, never spliced into the text.
namespace guild::server::sql {

/// A database failure that is the server's fault (connection lost, constraint we did not expect).
class Error : public std::runtime_error
{
public:
    explicit Error(const QSqlError &error);
    const QSqlError &sqlError() const { return m_error; }

private:
    QSqlError m_error;
};

QSqlQuery exec(const QSqlDatabase &db, const QString &statement, const QVariantList &bindings = {});
/// Drops what `scalar` kept prepared on connection `connectionName`: before it closes or opens again.
void forgetPrepared(const QString &connectionName);
/// Runs a query expected to yield one row with one column; returns a null QVariant when there is no row.
/// The statement stays prepared on the connection for the next call.
QVariant scalar(const QSqlDatabase &db, const QString &statement, const QVariantList &bindings = {});
bool isUniqueViolation(const QSqlError &error);
/// A typed NULL for binding (QPSQL needs the type).
QVariant nullInt();
/// "?, ?, ?" for an IN list of `count` values: the values are still bound, never spliced.
QString placeholders(qsizetype count);
QVariantList toVariants(const QList<qint64> &ids);
/// `column IN (?, …)`, its values appended to `bindings`; a condition that never holds for no ids (an
/// empty IN list is not SQL).
QString inList(const QString &column, const QList<qint64> &ids, QVariantList &bindings);
/// A LIKE pattern (with `ESCAPE '!'`) for values holding `text`, lower-cased; '!' rather than a
/// backslash, which trips Qt's placeholder scan on PostgreSQL.
QString containsPattern(const QString &text);
/// `text` for a NOT NULL column: a null QString would bind as SQL NULL, an empty one binds as ''.
inline QString text(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}
/// A time stored as milliseconds since the epoch (UTC); invalid for NULL.
QDateTime timeFromMs(const QVariant &value);

/// Statements run by this process and the time they took (prepare and execute, not the reading of
/// rows), for /metrics.
struct Timing
{
    quint64 statements = 0;
    double seconds = 0;
};
Timing timing();

/// A statement prepared once and run many times with new values (a batch's rows): preparing is most
/// of the cost of a small statement.
class Prepared
{
public:
    Prepared(const QSqlDatabase &db, const QString &statement);
    /// Binds `bindings` in order and runs; throws Error on failure.
    QSqlQuery &run(const QVariantList &bindings);

private:
    QSqlQuery m_query;
};

/// Rolls back unless commit() was called: early returns and exceptions leave the database unchanged.
/// Inside another transaction on the same connection (an idempotent request runs its handler inside
/// one) it is a savepoint: its commit keeps its work for the outer one to commit, its rollback undoes
/// only its own work.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Q_DISABLE_COPY_MOVE(Transaction)
    void commit();
    QSqlDatabase &database() { return m_db; }
    /// Runs `action` right after the outermost transaction commits, on this thread; never after a
    /// rollback. For news that others act on by reading the database (they must see what was committed).
    void afterCommit(std::function<void()> action) { m_afterCommit.append(std::move(action)); }

private:
    void leave();

    QSqlDatabase m_db;
    Transaction *m_outer = nullptr; ///< the transaction this one is a savepoint of
    QString m_savepoint;
    bool m_done = false;
    QList<std::function<void()>> m_afterCommit;
};

} // namespace guild::server::sql
