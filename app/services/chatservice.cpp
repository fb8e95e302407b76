#include "chatservice.h"

#include "models/channellistmodel.h"
#include "models/chatmessagemodel.h"
#include "net/chatconnection.h"
#include "net/errormessages.h"
#include "storage/chatstore.h"
#include "storage/localcache.h"

using namespace Qt::StringLiterals;

namespace guild::app {

using namespace protocol::chat;

namespace {
// Messages of a channel loaded at a time: the view stays light however long the history is.
constexpr int WindowSize = 500;
constexpr int MaxWindow = 20000;
constexpr int OlderPage = 200;
} // namespace

ChatService::ChatService(ChatConnection &connection, LocalCache &cache, models::ChannelListModel &channels,
                         models::ChatMessageModel &messages, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_cache(cache)
    , m_channels(channels)
    , m_messages(messages)
    , m_outbox(connection, cache)
    , m_presence(connection)
    , m_notifications(connection, cache)
{
    connect(&m_connection, &ChatConnection::stateChanged, this, [this](ChatConnection::State state) {
        const Link link = state == ChatConnection::State::Live ? Link::Live
                          : state == ChatConnection::State::Connecting || state == ChatConnection::State::Authenticating
                              ? Link::Connecting
                              : Link::Offline;
        if (link != m_link) {
            m_link = link;
            Q_EMIT linkChanged(link);
        }
    });
    m_readDebounce.setSingleShot(true);
    m_readDebounce.setInterval(400);
    connect(&m_readDebounce, &QTimer::timeout, this, [this] {
        const qint64 channel = m_messages.channelId();
        const qint64 seq = m_channels.lastSeq(channel);
        if (channel > 0 && seq > 0 && m_connection.state() == ChatConnection::State::Live) {
            m_connection.markRead(channel, seq);
        }
    });
    connect(&m_connection, &ChatConnection::readMarker, this, [this](qint64 channelId, qint64 seq) {
        m_channels.setRead(channelId, seq);
        m_cache.run<bool>(
            this, [channelId, seq](QSqlDatabase &db) { return ChatStore(db).setReadMarker(channelId, seq); },
            [](bool) {});
    });
    connect(&m_connection, &ChatConnection::channelAdded, this, [this](const Channel &channel) {
        m_channels.addChannel(channel);
        const QList<Channel> all = m_channels.channels();
        m_cache.run<bool>(
            this, [all](QSqlDatabase &db) { return ChatStore(db).saveChannels(all); }, [](bool) {});
        const bool requested = !m_pendingDirect.isEmpty() && channel.direct;
        m_pendingDirect.clear();
        Q_EMIT directOpened(channel.id, requested);
    });
    connect(&m_connection, &ChatConnection::channelRemoved, this, [this](qint64 channelId) {
        const auto *closed = m_channels.channelAt(m_channels.rowOf(channelId));
        const QString name = closed ? closed->name : QString();
        dropChannel(channelId);
        // Saving the list also drops the channel's cached messages: they are paid content now closed.
        const QList<Channel> all = m_channels.channels();
        m_cache.run<bool>(
            this, [all](QSqlDatabase &db) { return ChatStore(db).saveChannels(all); }, [](bool) {});
        Q_EMIT channelClosed(channelId, name);
    });
    connect(&m_connection, &ChatConnection::requestFailed, this, [this](const QString &code, const QString &message) {
        m_pendingDirect.clear();
        Q_EMIT requestFailed(ErrorMessages::forChat(code, message));
    });
    connect(&m_connection, &ChatConnection::messageUpdated, this, &ChatService::onUpdated);
    connect(&m_connection, &ChatConnection::changesReceived, this, &ChatService::onChanges);
    connect(&m_notifications, &ChatNotifications::levelChanged, this, [this](const NotifyPref &pref) {
        if (pref.threadId == 0) {
            m_channels.setNotifyLevel(pref.channelId, pref.level);
        }
    });
    connect(&m_connection, &ChatConnection::ready, this, &ChatService::onReady);
    connect(&m_connection, &ChatConnection::messageReceived, this, [this](const Message &m) { onMessages({m}, true); });
    connect(&m_connection, &ChatConnection::historyReceived, this,
            [this](qint64 channelId, const QList<Message> &page, bool hasMore) {
                onMessages(page, false);
                if (hasMore && !page.isEmpty()) {
                    m_connection.resume({{channelId, page.last().seq, std::nullopt}});
                }
            });
    connect(&m_outbox, &ChatOutbox::delivered, this, [this](const Message &done) {
        m_messages.upsert(done);
        m_channels.noteMessage(done.channelId, done.seq, true);
    });
    connect(&m_outbox, &ChatOutbox::failed, this, [this](const QString &clientId, const QString &message) {
        m_messages.markFailed(clientId);
        Q_EMIT deliveryFailed(message);
    });
}

void ChatService::start(qint64 myUserId, const QString &myName)
{
    m_myUserId = myUserId;
    m_messages.setMyUserId(myUserId);
    m_outbox.setSender(myUserId, myName);
    m_presence.setMe(myUserId);
    struct Loaded
    {
        QList<Channel> channels;
        QList<OutboxEntry> outbox;
        QList<NotifyPref> levels;
        QHash<qint64, qint64> revisions;
        QList<std::pair<qint64, QString>> mentionCandidates;
    };
    m_cache.run<Loaded>(
        this,
        [myUserId, needle = m_notifications.mentionNeedle()](QSqlDatabase &db) {
            ChatStore store(db);
            return Loaded{store.channels(), store.outbox(), store.notifyPrefs(), store.revisions(),
                          !needle.isEmpty() ? store.unreadContaining(myUserId, needle)
                                            : QList<std::pair<qint64, QString>>()};
        },
        [this](const Loaded &loaded) {
            m_channels.setChannels(loaded.channels);
            for (const auto &[channel, body] : loaded.mentionCandidates) {
                if (m_notifications.mentions(body)) {
                    m_channels.addMention(channel);
                }
            }
            m_notifications.restore(loaded.levels);
            m_revisions.clear();
            for (auto it = loaded.revisions.cbegin(); it != loaded.revisions.cend(); ++it) {
                m_revisions.reset(it.key(), it.value());
            }
            m_outbox.restore(loaded.outbox);
            Q_EMIT channelsLoaded();
            m_connection.start();
        });
}

void ChatService::stop()
{
    m_connection.stop();
}

void ChatService::dropChannel(qint64 channelId)
{
    m_channels.removeChannel(channelId);
    if (m_messages.channelId() == channelId) {
        m_messages.reset(0, {}, {});
    }
}

void ChatService::closeAbove(protocol::Tier open)
{
    for (const Channel &c : m_channels.channels()) {
        if (!protocol::tierCovers(open, c.requiredTier)) {
            dropChannel(c.id);
        }
    }
}

qint64 ChatService::openChannelId() const
{
    return m_messages.channelId();
}

void ChatService::openDirect(const QString &username)
{
    const QString name = username.trimmed();
    if (name.isEmpty()) {
        return;
    }
    m_pendingDirect = name;
    m_connection.openDirect(name);
}

bool ChatService::editMessage(qint64 messageId, const QString &body)
{
    const QString text = body.trimmed();
    if (m_connection.state() != ChatConnection::State::Live || text.isEmpty() || text.size() > limits::MessageBodyMax) {
        return false;
    }
    m_connection.edit(messageId, text);
    return true;
}

bool ChatService::deleteMessage(qint64 messageId)
{
    if (m_connection.state() != ChatConnection::State::Live) {
        return false;
    }
    m_connection.remove(messageId);
    return true;
}

bool ChatService::setReaction(qint64 messageId, const QString &emoji, bool on)
{
    if (m_connection.state() != ChatConnection::State::Live || !isValidEmoji(emoji)) {
        return false;
    }
    m_connection.react(messageId, emoji, on);
    return true;
}

void ChatService::loadThread(qint64 rootId)
{
    m_cache.run<QList<Message>>(
        this, [rootId](QSqlDatabase &db) { return ChatStore(db).thread(rootId); },
        [this, rootId](const QList<Message> &messages) { Q_EMIT threadLoaded(rootId, messages); });
}

void ChatService::onUpdated(const Message &message)
{
    m_cache.run<bool>(
        this, [message](QSqlDatabase &db) { return ChatStore(db).applyChanges({message}); }, [](bool) {});
    m_messages.update(message);
    noteRevision(message.channelId, message.rev);
    Q_EMIT messageChanged(message);
}

void ChatService::onChanges(qint64 channelId, const QList<Message> &messages, qint64 rev, bool hasMore)
{
    m_cache.run<bool>(
        this,
        [channelId, messages, rev](QSqlDatabase &db) {
            ChatStore store(db);
            return store.applyChanges(messages) && store.setRevision(channelId, rev);
        },
        [](bool) {});
    m_revisions.reset(channelId, rev);
    for (const Message &m : messages) {
        m_messages.update(m);
        Q_EMIT messageChanged(m);
    }
    if (hasMore) {
        m_connection.resume({{channelId, m_channels.lastSeq(channelId), rev}});
    }
}

void ChatService::noteRevision(qint64 channelId, qint64 rev)
{
    if (m_revisions.note(channelId, rev)) {
        const qint64 applied = *m_revisions.applied(channelId);
        m_cache.run<bool>(
            this, [channelId, applied](QSqlDatabase &db) { return ChatStore(db).setRevision(channelId, applied); },
            [](bool) {});
    }
}

void ChatService::loadOlder()
{
    const qint64 channelId = m_messages.channelId();
    const qint64 before = m_messages.oldestSeq();
    if (channelId <= 0 || before <= 1 || !m_messages.hasOlder() || m_loadingOlder) {
        return;
    }
    m_loadingOlder = true;
    m_cache.run<QList<Message>>(
        this, [channelId, before](QSqlDatabase &db) { return ChatStore(db).messages(channelId, before, OlderPage); },
        [this, channelId](const QList<Message> &older) {
            m_loadingOlder = false;
            if (channelId == m_messages.channelId()) {
                m_messages.prependOlder(older, older.size() == OlderPage);
            }
        });
}

void ChatService::markOpenChannelRead()
{
    const qint64 channel = m_messages.channelId();
    m_channels.setRead(channel, m_channels.lastSeq(channel));
    m_readDebounce.start();
}

void ChatService::openChannelAt(qint64 channelId, qint64 seq)
{
    load(channelId, seq);
}

void ChatService::search(const QString &text)
{
    m_cache.run<QList<Message>>(
        this, [text](QSqlDatabase &db) { return ChatStore(db).search(text, 200); },
        [this, text](const QList<Message> &results) { Q_EMIT searchFinished(text, results); });
}

void ChatService::openChannel(qint64 channelId)
{
    load(channelId, 0);
}

void ChatService::load(qint64 channelId, qint64 focusSeq)
{
    const qint64 lastRead = m_channels.lastReadSeq(channelId);
    const qint64 unread = m_channels.lastSeq(channelId) - lastRead;
    struct Window
    {
        QList<Message> messages;
        int size = 0;
    };
    m_cache.run<Window>(
        this,
        [channelId, focusSeq, unread](QSqlDatabase &db) {
            ChatStore store(db);
            // Enough history to reach the message asked for, or the first unread one, within reason.
            const qint64 wanted = focusSeq > 0 ? store.lastStoredSeq(channelId) - focusSeq + 50 : unread + 20;
            const int size = static_cast<int>(std::clamp<qint64>(wanted, WindowSize, MaxWindow));
            return Window{store.messages(channelId, 0, size), size};
        },
        [this, channelId, focusSeq, lastRead, unread](const Window &window) {
            m_messages.reset(channelId, window.messages, m_outbox.pendingIn(channelId),
                             window.messages.size() == window.size);
            if (unread > 0 && lastRead > 0) {
                m_messages.setFirstUnreadSeq(lastRead + 1);
            }
            if (!window.messages.isEmpty()) {
                m_channels.noteMessage(channelId, window.messages.last().seq, false);
            }
            Q_EMIT channelOpened(channelId, focusSeq);
            markOpenChannelRead();
        });
}

bool ChatService::sendMessage(qint64 channelId, const QString &body, qint64 replyTo)
{
    const std::optional<Message> queued = m_outbox.add(channelId, body, replyTo);
    if (!queued) {
        return false;
    }
    m_messages.addPending(*queued);
    Q_EMIT messageWritten(channelId);
    return true;
}

void ChatService::onReady(const QList<Channel> &channels, const QList<NotifyPref> &levels)
{
    m_channels.setChannels(channels);
    m_notifications.adopt(levels);
    m_cache.run<bool>(
        this, [channels](QSqlDatabase &db) { return ChatStore(db).saveChannels(channels); },
        [this, channels](bool) { resumeAll(channels); });
}

void ChatService::resumeAll(const QList<Channel> &channels)
{
    struct Plan
    {
        QList<ChatConnection::ResumePoint> points;
        QHash<qint64, qint64> marks;
    };
    m_cache.run<Plan>(
        this,
        [channels](QSqlDatabase &db) {
            Plan plan;
            ChatStore store(db);
            const QHash<qint64, qint64> revisions = store.revisions();
            for (const Channel &c : channels) {
                ChatConnection::ResumePoint point{c.id, store.resumePoint(c.id), std::nullopt};
                if (revisions.contains(c.id)) {
                    point.lastRev = revisions.value(c.id);
                } else if (!store.hasMessages(c.id)) {
                    // Nothing here yet: the history about to arrive holds every message as it is now.
                    store.setRevision(c.id, c.lastRev);
                    plan.marks.insert(c.id, c.lastRev);
                } else {
                    point.lastRev = 0; // a cache from before revisions: catch up on everything once
                }
                if (point.lastRev) {
                    plan.marks.insert(c.id, *point.lastRev);
                }
                plan.points.append(point);
            }
            return plan;
        },
        [this](const Plan &plan) {
            for (auto it = plan.marks.cbegin(); it != plan.marks.cend(); ++it) {
                m_revisions.reset(it.key(), it.value());
            }
            m_connection.resume(plan.points);
            m_outbox.flush();
        });
}

void ChatService::onMessages(const QList<Message> &messages, bool live)
{
    if (messages.isEmpty()) {
        return;
    }
    m_cache.run<bool>(
        this, [messages](QSqlDatabase &db) { return ChatStore(db).storeMessages(messages); }, [](bool) {});
    bool seenInOpenChannel = false;
    for (const Message &m : messages) {
        noteRevision(m.channelId, m.rev);
        m_channels.noteMessage(m.channelId, m.seq, m.senderId == m_myUserId);
        if (m.channelId == m_messages.channelId()) {
            m_messages.upsert(m);
            seenInOpenChannel = true;
        }
        if (!live && m.senderId != m_myUserId && m.seq > m_channels.lastReadSeq(m.channelId) &&
            m_notifications.mentions(m.body)) {
            m_channels.addMention(m.channelId); // a mention that came while the member was away
        }
        if (live && m.senderId != m_myUserId) {
            if (m_notifications.consider(m, m_channels.channelAt(m_channels.rowOf(m.channelId)))) {
                m_channels.addMention(m.channelId);
            }
            m_presence.messageFrom(m.senderId, m.channelId); // it ends their typing line
        }
    }
    if (seenInOpenChannel && live) {
        markOpenChannelRead();
    }
}

} // namespace guild::app
