#pragma once

#include <QHash>
#include <QSet>

#include <optional>

namespace guild::app {

/// Per channel, the revision up to which every change has been applied on this device. Live events
/// can arrive out of revision order (from another server process); the mark only moves over an
/// unbroken run, so a resume from it never skips a change.
class RevisionTracker final
{
public:
    /// The server said everything up to `rev` is covered (ready, or a changes frame).
    void reset(qint64 channelId, qint64 rev)
    {
        m_applied.insert(channelId, rev);
        auto &ahead = m_ahead[channelId];
        for (auto it = ahead.begin(); it != ahead.end();) {
            it = *it <= rev ? ahead.erase(it) : std::next(it);
        }
        advance(channelId);
    }

    /// A live change with revision `rev` was applied. True when the mark moved.
    bool note(qint64 channelId, qint64 rev)
    {
        const auto applied = m_applied.constFind(channelId);
        if (applied == m_applied.cend() || rev <= *applied) {
            return false;
        }
        m_ahead[channelId].insert(rev);
        return advance(channelId);
    }

    std::optional<qint64> applied(qint64 channelId) const
    {
        const auto it = m_applied.constFind(channelId);
        return it == m_applied.cend() ? std::nullopt : std::optional<qint64>(*it);
    }

    void clear()
    {
        m_applied.clear();
        m_ahead.clear();
    }

private:
    bool advance(qint64 channelId)
    {
        qint64 &applied = m_applied[channelId];
        QSet<qint64> &ahead = m_ahead[channelId];
        bool moved = false;
        while (ahead.remove(applied + 1)) {
            ++applied;
            moved = true;
        }
        return moved;
    }

    QHash<qint64, qint64> m_applied;
    QHash<qint64, QSet<qint64>> m_ahead;
};

} // namespace guild::app
