#include "authfailurerepository.h"

#include "sql.h"

using namespace Qt::StringLiterals;

namespace guild::server {

void AuthFailureRepository::record(const QString &account, const QString &address, qint64 at)
{
    sql::exec(m_db, u"INSERT INTO auth_failures (scope, account, address, at) VALUES (?, ?, ?, ?)"_s,
              {m_scope, account, address, at});
}

void AuthFailureRepository::clear(const QString &account)
{
    sql::exec(m_db, u"DELETE FROM auth_failures WHERE scope = ? AND account = ?"_s, {m_scope, account});
}

void AuthFailureRepository::purge(qint64 before)
{
    sql::exec(m_db, u"DELETE FROM auth_failures WHERE scope = ? AND at < ?"_s, {m_scope, before});
}

AuthFailureRepository::AccountFailures AuthFailureRepository::ofAccount(const QString &account, qint64 since)
{
    QSqlQuery q =
        sql::exec(m_db, u"SELECT COUNT(*), MAX(at) FROM auth_failures WHERE scope = ? AND account = ? AND at > ?"_s,
                  {m_scope, account, since});
    AccountFailures failures;
    if (q.next()) {
        failures.count = q.value(0).toInt();
        failures.last = failures.count > 0 ? q.value(1).toLongLong() : 0;
    }
    return failures;
}

std::optional<qint64> AuthFailureRepository::nthNewestOfAddress(const QString &address, qint64 since, int n)
{
    const QVariant at = sql::scalar(m_db,
                                    u"SELECT at FROM auth_failures WHERE scope = ? AND address = ? AND at > ? "
                                    "ORDER BY at DESC LIMIT 1 OFFSET ?"_s,
                                    {m_scope, address, since, n - 1});
    return at.isValid() ? std::optional(at.toLongLong()) : std::nullopt;
}

} // namespace guild::server
