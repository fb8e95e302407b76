#include "eventrepository.h"

#include "searchindex.h"
#include "sql.h"

using namespace Qt::StringLiterals;

namespace guild::server {

using namespace protocol;
using namespace protocol::engagement;

qint64 EventRepository::insert(const Event &e, Tier requiredTier, qint64 createdBy, qint64 now)
{
    const qint64 id =
        sql::scalar(m_db,
                    u"INSERT INTO events (title, description, starts_at, timezone, capacity, join_url, "
                    "created_by, created_at, required_tier) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
                    {e.title, e.description.isNull() ? u""_s : e.description, e.startsAt.toMSecsSinceEpoch(),
                     e.timezone, e.capacity, e.joinUrl, createdBy, now, static_cast<int>(requiredTier)})
            .toLongLong();
    SearchIndex(m_db).refresh(SearchKind::Event, id);
    return id;
}

void EventRepository::update(qint64 id, const Event &e, Tier requiredTier)
{
    sql::exec(m_db,
              u"UPDATE events SET title = ?, description = ?, starts_at = ?, timezone = ?, capacity = ?, join_url = ?, "
              "required_tier = ? WHERE id = ?"_s,
              {e.title, e.description.isNull() ? u""_s : e.description, e.startsAt.toMSecsSinceEpoch(), e.timezone,
               e.capacity, e.joinUrl, static_cast<int>(requiredTier), id});
    SearchIndex(m_db).refresh(SearchKind::Event, id);
}

std::optional<qint64> EventRepository::createdBy(qint64 id)
{
    const QVariant by = sql::scalar(m_db, u"SELECT created_by FROM events WHERE id = ?"_s, {id});
    return by.isValid() ? std::optional(by.toLongLong()) : std::nullopt;
}

std::optional<Event> EventRepository::find(qint64 id, qint64 viewerId)
{
    QSqlQuery q = sql::exec(m_db,
                            u"SELECT e.id, e.title, e.description, e.starts_at, e.timezone, e.capacity, e.attending, "
                            "e.join_url, EXISTS (SELECT 1 FROM rsvps r WHERE r.event_id = e.id AND r.user_id = ?), "
                            "e.required_tier FROM events e WHERE e.id = ?"_s,
                            {viewerId, id});
    if (!q.next()) {
        return std::nullopt;
    }
    Event e{q.value(0).toLongLong(),     q.value(1).toString(), q.value(2).toString(),
            sql::timeFromMs(q.value(3)), q.value(4).toString(), q.value(5).toInt(),
            q.value(6).toInt(),          q.value(8).toBool(),   q.value(7).toString()};
    e.requiredTier = tierFromLevel(q.value(9).toLongLong()).value_or(Tier::Premium);
    return e;
}

QList<qint64> EventRepository::past(qint64 before, int limit)
{
    QSqlQuery q = sql::exec(
        m_db, u"SELECT id FROM events WHERE starts_at < ? ORDER BY starts_at DESC, id DESC LIMIT ?"_s, {before, limit});
    QList<qint64> ids;
    while (q.next()) {
        ids.append(q.value(0).toLongLong());
    }
    return ids;
}

QList<qint64> EventRepository::upcoming(qint64 from, int limit)
{
    QSqlQuery q =
        sql::exec(m_db, u"SELECT id FROM events WHERE starts_at >= ? ORDER BY starts_at, id LIMIT ?"_s, {from, limit});
    QList<qint64> ids;
    while (q.next()) {
        ids.append(q.value(0).toLongLong());
    }
    return ids;
}

bool EventRepository::addRsvp(qint64 eventId, qint64 userId, qint64 now)
{
    return sql::exec(m_db,
                     u"INSERT INTO rsvps (event_id, user_id, created_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING"_s,
                     {eventId, userId, now})
               .numRowsAffected() > 0;
}

bool EventRepository::removeRsvp(qint64 eventId, qint64 userId)
{
    return sql::exec(m_db, u"DELETE FROM rsvps WHERE event_id = ? AND user_id = ?"_s, {eventId, userId})
               .numRowsAffected() > 0;
}

bool EventRepository::takeSeat(qint64 eventId)
{
    return sql::exec(m_db, u"UPDATE events SET attending = attending + 1 WHERE id = ? AND attending < capacity"_s,
                     {eventId})
               .numRowsAffected() > 0;
}

void EventRepository::releaseSeat(qint64 eventId)
{
    sql::exec(m_db, u"UPDATE events SET attending = attending - 1 WHERE id = ?"_s, {eventId});
}

} // namespace guild::server
