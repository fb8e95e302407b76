#pragma once

#include "protocol/chat.h"

#include <QSqlDatabase>

#include <optional>

namespace guild::server {

/// Channels and their messages. append() must run inside a write transaction: it takes the channel's
/// next seq with an UPDATE, which also serialises concurrent senders on that channel.
class ChatRepository final
{
public:
    explicit ChatRepository(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    /// Public channels and the viewer's direct conversations (named after the other member).
    QList<protocol::chat::Channel> channelsFor(qint64 viewerId);
    std::optional<protocol::chat::Channel> channel(qint64 id, qint64 viewerId);
    bool isMember(qint64 channelId, qint64 userId);
    /// The direct channel of a and b, created on first use; returns its id.
    qint64 openDirect(qint64 a, qint64 b, qint64 now);
    std::optional<protocol::chat::Message> findByClientId(qint64 senderId, const QString &clientId);
    protocol::chat::Message append(qint64 channelId, qint64 senderId, const QString &clientId, const QString &body,
                                   qint64 replyTo, qint64 now);
    /// Messages with afterSeq < seq < beforeSeq (beforeSeq 0: no upper bound). Ascending from afterSeq,
    /// or the newest `limit` before beforeSeq (still returned in ascending order) when `newest` is set.
    QList<protocol::chat::Message> range(qint64 channelId, qint64 afterSeq, qint64 beforeSeq, int limit, bool newest);
    std::optional<protocol::chat::Message> bySeq(qint64 channelId, qint64 seq);
    std::optional<protocol::chat::Message> byId(qint64 id);
    /// The first message of the thread `messageId` is in (itself when it starts one); nullopt when there
    /// is no such message in the channel.
    std::optional<qint64> threadRootOf(qint64 messageId, qint64 channelId);
    /// Whether `messageId` starts a thread in the channel.
    bool isThreadRoot(qint64 messageId, qint64 channelId);
    /// The channel's next revision; like append(), only inside a write transaction.
    qint64 takeRev(qint64 channelId);
    void editBody(qint64 messageId, const QString &body, qint64 now);
    /// Empties the body and drops the reactions; the row stays so seq numbering has no hole.
    void markDeleted(qint64 messageId, qint64 now);
    /// Adds or removes one member's emoji; true when that changed anything.
    bool setReaction(qint64 messageId, qint64 userId, const QString &emoji, bool on, qint64 now);
    int reactionKinds(qint64 messageId);
    /// Stamps a changed message with the revision from takeRev().
    void setRev(qint64 messageId, qint64 rev);
    /// Messages up to `uptoSeq` changed after revision `afterRev`, in revision order.
    QList<protocol::chat::Message> changedSince(qint64 channelId, qint64 afterRev, qint64 uptoSeq, int limit);
    /// The replies to a thread's first message, oldest first.
    QList<protocol::chat::Message> replies(qint64 rootId, int limit);
    QList<protocol::chat::NotifyPref> notifyLevels(qint64 userId);
    void setNotifyLevel(qint64 userId, const protocol::chat::NotifyPref &pref, qint64 now);
    QHash<qint64, qint64> readMarkers(qint64 userId);
    /// Moves the marker forward only; returns where it stands afterwards.
    qint64 advanceReadMarker(qint64 userId, qint64 channelId, qint64 seq, qint64 now);

    // Channels as admins run them (public channels only; direct ones belong to their two members).
    struct PublicChannel
    {
        qint64 id = 0;
        QString name;
        QString topic;
        protocol::Tier requiredTier = protocol::Tier::Free;
        bool archived = false;
    };
    std::optional<PublicChannel> publicChannel(qint64 id);
    bool publicNameTaken(const QString &name, qint64 exceptId);
    qint64 createChannel(const QString &name, const QString &topic, protocol::Tier tier, qint64 now);
    bool updateChannel(qint64 id, const QString &name, const QString &topic, protocol::Tier tier);
    /// Archives at `at`, or brings back (nullopt).
    bool setArchived(qint64 id, std::optional<qint64> at);

private:
    std::optional<protocol::chat::Message> one(const QString &statement, const QVariantList &bindings);
    void loadReactions(QList<protocol::chat::Message> &messages);

    QSqlDatabase m_db;
};

} // namespace guild::server
