#include "cachesql.h"

#include <QLoggingCategory>
#include <QSqlError>

Q_DECLARE_LOGGING_CATEGORY(lcStorage)

using namespace Qt::StringLiterals;

namespace guild::app::cachesql {

namespace {
thread_local QSqlError lastFailure;

void failed(const QSqlError &error, const QString &statement)
{
    lastFailure = error;
    qCWarning(lcStorage) << "cache query failed:" << error.text() << statement;
}
} // namespace

bool lastFailureWasDiskFull()
{
    // SQLITE_FULL (13); the driver's own text names it too, in case the code is not passed through.
    return lastFailure.nativeErrorCode() == u"13"_s || lastFailure.text().contains(u"disk is full"_s);
}

std::optional<QSqlQuery> query(QSqlDatabase &db, const QString &statement, const QVariantList &bindings)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(statement)) {
        failed(q.lastError(), statement);
        return std::nullopt;
    }
    for (const QVariant &value : bindings) {
        q.addBindValue(value);
    }
    if (!q.exec()) {
        failed(q.lastError(), statement);
        return std::nullopt;
    }
    return q;
}

Prepared::Prepared(QSqlDatabase &db, const QString &statement)
    : m_query(db)
    , m_statement(statement)
{
    m_query.setForwardOnly(true);
    m_prepared = m_query.prepare(statement);
    if (!m_prepared) {
        failed(m_query.lastError(), statement);
    }
}

bool Prepared::run(const QVariantList &bindings)
{
    if (!m_prepared) {
        return false;
    }
    for (const QVariant &value : bindings) {
        m_query.addBindValue(value);
    }
    if (!m_query.exec()) {
        failed(m_query.lastError(), m_statement);
        return false;
    }
    return true;
}

QString text(const QString &s)
{
    return s.isNull() ? QString(u""_s) : s;
}

QString likeContains(const QString &term)
{
    QString escaped = term;
    escaped.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
    return QString(u'%' + escaped + u'%');
}

bool transaction(QSqlDatabase &db, const std::function<bool()> &work)
{
    if (!db.transaction()) {
        return false;
    }
    if (!work()) {
        db.rollback();
        return false;
    }
    if (!db.commit()) {
        failed(db.lastError(), u"COMMIT"_s);
        db.rollback();
        return false;
    }
    return true;
}

} // namespace guild::app::cachesql
