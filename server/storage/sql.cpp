#include "sql.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSql, "guild.server.storage")

namespace guild::server::sql {

Error::Error(const QSqlError &error)
    : std::runtime_error(error.text().toStdString())
    , m_error(error)
{}

QSqlQuery exec(const QSqlDatabase &db, const QString &statement, const QVariantList &bindings)
{
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
    QSqlQuery query = exec(db, statement, bindings);
    return query.next() ? query.value(0) : QVariant();
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

Transaction::Transaction(QSqlDatabase db)
    : m_db(std::move(db))
{
    // SQLite: take the write lock up front. A deferred transaction that reads and then writes can fail
    // with SQLITE_BUSY without ever calling the busy handler, which is exactly the race under load.
    const bool sqlite = m_db.driverName() == QLatin1StringView("QSQLITE");
    exec(m_db, sqlite ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN"));
}

Transaction::~Transaction()
{
    if (!m_done) {
        QSqlQuery rollback(m_db);
        rollback.exec(QStringLiteral("ROLLBACK"));
    }
}

void Transaction::commit()
{
    exec(m_db, QStringLiteral("COMMIT"));
    m_done = true;
    for (const auto &action : std::as_const(m_afterCommit)) {
        action();
    }
}

} // namespace guild::server::sql
