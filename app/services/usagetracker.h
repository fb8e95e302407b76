#pragma once

#include "protocol/analytics.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <chrono>

namespace guild::app {

class LocalCache;

/// Turns the member's use of the app into usage events (docs/analytics.md) and queues them in the
/// cache: active time in slices (the window in front and input in the last two minutes; idle time is
/// not counted), reading time of the open article or lesson, completions and actions. The queue
/// survives restarts; UsageUploader sends it.
class UsageTracker final : public QObject
{
    Q_OBJECT
public:
    static constexpr std::chrono::seconds IdleAfter{120};

    explicit UsageTracker(LocalCache &cache, QObject *parent = nullptr);

    /// How long a slice lasts before it is queued (a minute; tests make it short).
    void setSliceLength(std::chrono::milliseconds length);
    void setForeground(bool foreground);
    /// The member touched the mouse or keyboard.
    void noteInput();
    /// The member is now reading this article or lesson; the time so far goes to what was open before.
    void startReading(const QString &itemType, qint64 itemId);
    void stopReading();
    /// An action: a completion, a like, a comment, a message, an answer, a post.
    void record(protocol::analytics::EventKind kind, const QString &itemType = {}, qint64 itemId = 0);
    /// Queues the slice in progress now (before quitting).
    void flush();

Q_SIGNALS:
    /// Events went into the queue.
    void queued(int count);

private:
    void closeSlice();
    bool activeNow() const;
    void enqueue(const QList<protocol::analytics::UsageEvent> &events);

    LocalCache &m_cache;
    QTimer m_slice;
    QElapsedTimer m_clock;
    qint64 m_sliceStartMs = 0; ///< on m_clock
    QDateTime m_sliceStartedAt;
    qint64 m_lastInputMs = -1;
    bool m_foreground = false;
    QString m_itemType;
    qint64 m_itemId = 0;
};

} // namespace guild::app
