#pragma once

#include "protocol/engagement.h"

#include <QSqlDatabase>

#include <optional>

namespace guild::server {

/// Events and the members going to them (events, rsvps). Seats change only through conditional
/// updates, so concurrent RSVPs queue on the event's row and never overfill it.
class EventRepository final
{
public:
    explicit EventRepository(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    qint64 insert(const protocol::engagement::Event &event, protocol::Tier requiredTier, qint64 createdBy, qint64 now);
    void update(qint64 id, const protocol::engagement::Event &event, protocol::Tier requiredTier);
    /// Who scheduled it, if it exists.
    std::optional<qint64> createdBy(qint64 id);
    /// As stored, with `going` for `viewerId` (the join link is the caller's to withhold).
    std::optional<protocol::engagement::Event> find(qint64 id, qint64 viewerId);
    /// Events starting at `from` or later, soonest first.
    QList<qint64> upcoming(qint64 from, int limit);
    /// Events that started before `before`, latest first.
    QList<qint64> past(qint64 before, int limit);
    /// False when the member was going already.
    bool addRsvp(qint64 eventId, qint64 userId, qint64 now);
    /// False when the member was not going.
    bool removeRsvp(qint64 eventId, qint64 userId);
    /// False when the event is full.
    bool takeSeat(qint64 eventId);
    void releaseSeat(qint64 eventId);

private:
    QSqlDatabase m_db;
};

} // namespace guild::server
