#include "analyticsmemo.h"

#include "sql.h"

using namespace Qt::StringLiterals;

namespace guild::server {

void AnalyticsMemo::load(int fromDay, int toDay)
{
    QSqlQuery q = sql::exec(
        m_db, u"SELECT kind, from_day, to_day, extra, value FROM analytics_memo WHERE to_day BETWEEN ? AND ?"_s,
        {fromDay, toDay});
    while (q.next()) {
        m_known.insert({q.value(0).toString(), q.value(1).toInt(), q.value(2).toInt(), q.value(3).toLongLong()},
                       q.value(4).toDouble());
        ++m_loaded;
    }
}

std::optional<double> AnalyticsMemo::find(const QString &kind, int fromDay, int toDay, qint64 extra) const
{
    const auto it = m_known.constFind(Key{kind, fromDay, toDay, extra});
    return it == m_known.cend() ? std::nullopt : std::optional<double>(*it);
}

void AnalyticsMemo::keep(const QString &kind, int fromDay, int toDay, qint64 extra, double value)
{
    const Key key{kind, fromDay, toDay, extra};
    if (!m_known.contains(key)) {
        m_known.insert(key, value);
        m_new.append({key, value});
    }
}

void AnalyticsMemo::save()
{
    if (m_new.isEmpty()) {
        return;
    }
    sql::Transaction tx(m_db);
    sql::Prepared insert(m_db, u"INSERT INTO analytics_memo (kind, from_day, to_day, extra, value) "
                               "VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"_s);
    for (const auto &[key, value] : std::as_const(m_new)) {
        insert.run({key.kind, key.fromDay, key.toDay, key.extra, value});
    }
    tx.commit();
    m_new.clear();
}

} // namespace guild::server
