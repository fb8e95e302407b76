#include "eventservice.h"

#include "clock.h"
#include "protocol/limits.h"
#include "storage/database.h"
#include "storage/eventrepository.h"
#include "storage/sql.h"
#include "storage/tierrepository.h"
#include "tieraccess.h"

#include <QTimeZone>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace guild::server {

using namespace protocol;
using namespace protocol::engagement;

namespace {

constexpr qsizetype DescriptionMax = 32 * 1024;
constexpr int CapacityMax = 100000;
constexpr int EventsShown = 100;
/// Events stay listed for an hour after they start: members join late.
constexpr qint64 StartedShownMs = 3600LL * 1000;

} // namespace

EventService::EventService(Database &database)
    : m_database(database)
{}

std::optional<Event> EventService::event(qint64 id, const AuthUser &viewer)
{
    std::optional<Event> e = EventRepository(m_database.connection()).find(id, viewer.id);
    if (e && !mayRead(viewer, e->requiredTier)) {
        e->locked = true;
        e->joinUrl.clear();
    }
    return e;
}

std::optional<ApiError> EventService::invalid(const Event &e)
{
    const QUrl join(e.joinUrl);
    const bool titled = !e.title.trimmed().isEmpty() && e.title.size() <= limits::TitleMax;
    if (!titled || e.description.size() > DescriptionMax || !e.startsAt.isValid() ||
        !QTimeZone(e.timezone.toLatin1()).isValid() || e.capacity < 1 || e.capacity > CapacityMax ||
        join.scheme() != u"https"_s || !join.isValid() || join.host().isEmpty()) {
        return ApiError::badRequest(errors::InvalidField,
                                    u"An event needs a title, startsAt (ISO time), an IANA timezone, a capacity of 1 "
                                    "to %1 and an https joinUrl."_s.arg(CapacityMax));
    }
    return std::nullopt;
}

Result<Event> EventService::updateEvent(const AuthUser &member, qint64 id, const Event &e,
                                        std::optional<Tier> requiredTier)
{
    QSqlDatabase db = m_database.connection();
    EventRepository events(db);
    const std::optional<qint64> by = events.createdBy(id);
    if (!by) {
        return ApiError::notFound(u"No such event."_s);
    }
    if (!member.isAdmin() && !(member.canPublish() && *by == member.id)) {
        return ApiError::forbidden(errors::Forbidden, u"Only the event's author and admins change it."_s);
    }
    if (auto refused = invalid(e)) {
        return *refused;
    }
    sql::Transaction tx(db);
    const std::optional<Event> before = events.find(id, member.id);
    if (before && e.capacity < before->attending) {
        return ApiError::conflict(
            errors::Conflict, u"%1 members have a seat already; the capacity cannot be less."_s.arg(before->attending));
    }
    Event stored = e;
    stored.title = e.title.trimmed();
    events.update(id, stored, requiredTier.value_or(before ? before->requiredTier : Tier::Premium));
    tx.commit();
    return *event(id, member);
}

Result<Event> EventService::createEvent(const AuthUser &member, const Event &e, std::optional<Tier> requiredTier)
{
    if (!member.canPublish()) {
        return ApiError::forbidden(errors::Forbidden, u"Only authors and admins schedule events."_s);
    }
    if (auto refused = invalid(e)) {
        return *refused;
    }
    QSqlDatabase db = m_database.connection();
    const Tier tier = requiredTier.value_or(TierRepository(db).featureTier(u"events"_s));
    Event stored = e;
    stored.title = e.title.trimmed();
    const qint64 id = EventRepository(db).insert(stored, tier, member.id, nowMs());
    return *event(id, member);
}

QList<Event> EventService::events(const AuthUser &member, bool past)
{
    // Ids first: on PostgreSQL rows stream, and a nested query would cut the list short.
    EventRepository repo(m_database.connection());
    const qint64 from = nowMs() - StartedShownMs;
    const QList<qint64> ids = past ? repo.past(from, EventsShown) : repo.upcoming(from, EventsShown);
    QList<Event> list;
    for (qint64 id : ids) {
        if (auto e = event(id, member)) {
            list.append(*e);
        }
    }
    return list;
}

Result<Event> EventService::rsvp(const AuthUser &member, qint64 eventId, bool going)
{
    const auto seen = event(eventId, member);
    if (!seen) {
        return ApiError::notFound(u"No such event."_s);
    }
    if (seen->locked) {
        return tierRequired(seen->requiredTier, u"This event"_s);
    }
    if (seen->startsAt.toMSecsSinceEpoch() < nowMs() - StartedShownMs) {
        return ApiError::conflict(errors::Conflict, u"This event has taken place."_s);
    }
    QSqlDatabase db = m_database.connection();
    EventRepository repo(db);
    sql::Transaction tx(db);
    if (going) {
        // A seat is taken only while one is free; concurrent RSVPs queue on the event's row.
        if (repo.addRsvp(eventId, member.id, nowMs()) && !repo.takeSeat(eventId)) {
            return ApiError::conflict(errors::EventFull, u"This event is full."_s);
        }
    } else if (repo.removeRsvp(eventId, member.id)) {
        repo.releaseSeat(eventId);
    }
    tx.commit();
    return *event(eventId, member);
}

} // namespace guild::server
