#include "cachesql.h"

#include <QLoggingCategory>
#include <QSqlError>

Q_DECLARE_LOGGING_CATEGORY(lcStorage)

using namespace Qt::StringLiterals;

namespace guild::app::cachesql {

std::optional<QSqlQuery> query(QSqlDatabase &db, const QString &statement, const QVariantList &bindings)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(statement)) {
        qCWarning(lcStorage) << "cache query failed:" << q.lastError().text() << statement;
        return std::nullopt;
    }
    for (const QVariant &value : bindings) {
        q.addBindValue(value);
    }
    if (!q.exec()) {
        qCWarning(lcStorage) << "cache query failed:" << q.lastError().text() << statement;
        return std::nullopt;
    }
    return q;
}

QString text(const QString &s)
{
    return s.isNull() ? QString(u""_s) : s;
}

QString ftsPhrase(const QString &term)
{
    return QString(u'"' + QString(term).replace(u'"', u"\"\""_s) + u'"');
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
    if (!work() || !db.commit()) {
        db.rollback();
        return false;
    }
    return true;
}

} // namespace guild::app::cachesql
