#include "usagetracker.h"

#include "storage/localcache.h"
#include "storage/usageoutbox.h"

#include <QUuid>

using namespace Qt::StringLiterals;

namespace guild::app {

using namespace protocol::analytics;

namespace {

UsageEvent makeEvent(EventKind kind, const QDateTime &at, int seconds = 0, const QString &type = {}, qint64 item = 0)
{
    return {QUuid::createUuid().toString(QUuid::WithoutBraces), kind, at, seconds, type, item};
}

} // namespace

UsageTracker::UsageTracker(LocalCache &cache, QObject *parent)
    : QObject(parent)
    , m_cache(cache)
{
    m_clock.start();
    m_sliceStartedAt = QDateTime::currentDateTimeUtc();
    m_slice.setInterval(std::chrono::minutes(1));
    connect(&m_slice, &QTimer::timeout, this, &UsageTracker::closeSlice);
    m_slice.start();
}

void UsageTracker::setSliceLength(std::chrono::milliseconds length)
{
    m_slice.setInterval(length);
    m_slice.start();
}

void UsageTracker::setForeground(bool foreground)
{
    if (foreground == m_foreground) {
        return;
    }
    closeSlice(); // the time so far was spent as it was
    m_foreground = foreground;
    if (foreground) {
        noteInput(); // coming to the front is using it
    }
}

void UsageTracker::noteInput()
{
    m_lastInputMs = m_clock.elapsed();
}

void UsageTracker::startReading(const QString &itemType, qint64 itemId)
{
    if (itemType == m_itemType && itemId == m_itemId) {
        return;
    }
    closeSlice();
    m_itemType = itemType;
    m_itemId = itemId;
}

void UsageTracker::stopReading()
{
    startReading({}, 0);
}

void UsageTracker::record(EventKind kind, const QString &itemType, qint64 itemId)
{
    enqueue({makeEvent(kind, QDateTime::currentDateTimeUtc(), 0, itemType, itemId)});
}

void UsageTracker::flush()
{
    closeSlice();
}

bool UsageTracker::activeNow() const
{
    return m_foreground && m_lastInputMs >= 0 &&
           m_clock.elapsed() - m_lastInputMs <= std::chrono::milliseconds(IdleAfter).count();
}

void UsageTracker::closeSlice()
{
    const qint64 now = m_clock.elapsed();
    const int seconds = static_cast<int>(std::min<qint64>((now - m_sliceStartMs + 500) / 1000, 3600));
    const QDateTime startedAt = m_sliceStartedAt;
    m_sliceStartMs = now;
    m_sliceStartedAt = QDateTime::currentDateTimeUtc();
    if (seconds < 1 || !activeNow()) {
        return;
    }
    QList<UsageEvent> events{makeEvent(EventKind::Active, startedAt, seconds)};
    if (m_itemId > 0) {
        events.append(makeEvent(EventKind::Read, startedAt, seconds, m_itemType, m_itemId));
    }
    enqueue(events);
}

void UsageTracker::enqueue(const QList<UsageEvent> &events)
{
    m_cache.run<bool>(
        this, [events](QSqlDatabase &db) { return UsageOutbox(db).add(events); },
        [this, n = static_cast<int>(events.size())](bool ok) {
            if (ok) {
                Q_EMIT queued(n);
            }
        });
}

} // namespace guild::app
