#pragma once

#include "protocol/serverframes.h"

#include <QHash>
#include <QString>

#include <optional>

namespace guild::server {

/// Who is online in the whole community, as one process sees it: its own members as their connections
/// say, and other processes' members as those relay them (PostgreSQL NOTIFY). A member is online if any
/// process has them online, away if all that have them say away, offline with none. Other processes
/// repeat their members now and then; one not heard from for a while (it died without saying goodbye)
/// is forgotten, so nobody stays shown online for ever.
class PresenceBoard final
{
public:
    /// This process's own status of a member changed ("online", "away", "offline"). Returns the notice to
    /// show this process's connections when what the community sees of the member changed.
    std::optional<protocol::chat::PresenceNotice> setLocal(qint64 userId, const QString &name, const QString &status);
    /// Another process says so of one of its members, at `nowMs`.
    std::optional<protocol::chat::PresenceNotice> setRemote(const QString &process, qint64 userId, const QString &name,
                                                            const QString &status, qint64 nowMs);
    /// Forgets what processes silent since before `cutoffMs` said; the notices for members that changed.
    QList<protocol::chat::PresenceNotice> forgetSilent(qint64 cutoffMs);

    /// This process's own status of the member ("offline" when it has no live connection of theirs).
    QString localStatus(qint64 userId) const { return m_local.value(userId, QStringLiteral("offline")); }
    /// Every member online or away anywhere (the `ready` frame's list).
    QList<protocol::chat::PresenceNotice> everyone() const;
    /// This process's own members, to repeat to the others.
    QList<protocol::chat::PresenceNotice> local() const;

private:
    struct Seen
    {
        QString status;
        qint64 atMs = 0;
    };
    QString combined(qint64 userId) const;
    std::optional<protocol::chat::PresenceNotice> reshow(qint64 userId);

    QHash<qint64, QString> m_local;               ///< member -> "online" or "away"
    QHash<QString, QHash<qint64, Seen>> m_remote; ///< process -> member -> status
    QHash<qint64, QString> m_shown;               ///< member -> what this process's connections were told
    QHash<qint64, QString> m_names;
};

} // namespace guild::server
