#pragma once

#include "authuser.h"
#include "protocol/engagement.h"
#include "result.h"

#include <optional>

namespace guild::server {

class Database;

/// Events with RSVPs up to their capacity. Events are a benefit of a tier (by default the first whose
/// catalogue entry lists "events"): those above the viewer's tier show without their join link and
/// take no RSVP.
class EventService final
{
public:
    explicit EventService(Database &database);

    /// Authors and admins. `requiredTier` overrides the catalogue's tier for events.
    Result<protocol::engagement::Event> createEvent(const AuthUser &member, const protocol::engagement::Event &event,
                                                    std::optional<protocol::Tier> requiredTier = std::nullopt);
    /// Its author or an admin; seats taken stay taken (a capacity below them is refused).
    Result<protocol::engagement::Event> updateEvent(const AuthUser &member, qint64 id,
                                                    const protocol::engagement::Event &event,
                                                    std::optional<protocol::Tier> requiredTier);
    /// Upcoming events (and those started within the hour), soonest first; with `past`, the ones held
    /// before, latest first.
    QList<protocol::engagement::Event> events(const AuthUser &member, bool past = false);
    /// Going (a seat while one is free) or not going (the seat is given back).
    Result<protocol::engagement::Event> rsvp(const AuthUser &member, qint64 eventId, bool going);

private:
    /// Why an event as given cannot be stored, if it cannot.
    static std::optional<protocol::ApiError> invalid(const protocol::engagement::Event &event);
    /// As the viewer may see it: locked and without its join link above their tier.
    std::optional<protocol::engagement::Event> event(qint64 id, const AuthUser &viewer);

    Database &m_database;
};

} // namespace guild::server
