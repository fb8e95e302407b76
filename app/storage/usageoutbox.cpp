#include "usageoutbox.h"

#include "cachesql.h"

#include <QDateTime>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace guild::app {

using protocol::analytics::UsageEvent;

bool UsageOutbox::add(const QList<UsageEvent> &events)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    return cachesql::transaction(m_db, [&] {
        for (const UsageEvent &e : events) {
            const QByteArray json = QJsonDocument(e.toJson()).toJson(QJsonDocument::Compact);
            if (!cachesql::run(m_db,
                               u"INSERT OR IGNORE INTO analytics_outbox (id, event, queued_at) VALUES (?, ?, ?)"_s,
                               {e.id, QString::fromUtf8(json), now})) {
                return false;
            }
        }
        return true;
    });
}

QList<UsageEvent> UsageOutbox::oldest(int limit)
{
    QList<UsageEvent> events;
    QStringList unreadable;
    {
        auto q = cachesql::query(m_db, u"SELECT id, event FROM analytics_outbox ORDER BY rowid LIMIT ?"_s, {limit});
        while (q && q->next()) {
            QString why;
            const auto e =
                UsageEvent::fromJson(QJsonDocument::fromJson(q->value(1).toString().toUtf8()).object(), &why);
            if (e) {
                events.append(*e);
            } else {
                unreadable.append(q->value(0).toString());
            }
        }
    }
    // A row this version cannot read would otherwise block the queue for good.
    remove(unreadable);
    return events;
}

bool UsageOutbox::remove(const QStringList &ids)
{
    return cachesql::transaction(m_db, [&] {
        for (const QString &id : ids) {
            if (!cachesql::run(m_db, u"DELETE FROM analytics_outbox WHERE id = ?"_s, {id})) {
                return false;
            }
        }
        return true;
    });
}

int UsageOutbox::count()
{
    auto q = cachesql::query(m_db, u"SELECT COUNT(*) FROM analytics_outbox"_s);
    return q && q->next() ? q->value(0).toInt() : 0;
}

} // namespace guild::app
