#include "chatservice.h"

#include "models/channellistmodel.h"
#include "models/chatmessagemodel.h"
#include "net/chatconnection.h"
#include "storage/chatstore.h"
#include "storage/localcache.h"

#include <QUuid>

using namespace Qt::StringLiterals;

namespace guild::app {

using namespace protocol::chat;

namespace {
// How long "X is typing" stays up after the last signal (senders repeat every 2 s while typing).
constexpr qint64 TypingShownMs = 5000;
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
    m_typingExpiry.setInterval(1000);
    connect(&m_typingExpiry, &QTimer::timeout, this, [this] {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        QSet<qint64> changed;
        for (auto it = m_typists.begin(); it != m_typists.end();) {
            if (it->untilMs <= now) {
                changed.insert(it->channelId);
                it = m_typists.erase(it);
            } else {
                ++it;
            }
        }
        for (qint64 channel : std::as_const(changed)) {
            Q_EMIT typingChanged(channel);
        }
        if (m_typists.isEmpty()) {
            m_typingExpiry.stop();
        }
    });
    connect(&m_connection, &ChatConnection::typing, this, [this](qint64 channelId, qint64 userId, const QString &name) {
        m_typists.insert(userId, {channelId, name, QDateTime::currentMSecsSinceEpoch() + TypingShownMs});
        m_typingExpiry.start();
        Q_EMIT typingChanged(channelId);
    });
    connect(&m_connection, &ChatConnection::presence, this,
            [this](qint64 userId, const QString &, const QString &status) {
                if (status == u"offline"_s) {
                    m_presence.remove(userId);
                } else {
                    m_presence.insert(userId, status);
                }
                Q_EMIT presenceChanged(userId);
            });
    connect(&m_connection, &ChatConnection::ready, this, [this] {
        m_presence.insert(m_myUserId, m_away ? u"away"_s : u"online"_s); // the server tells others, not us
        Q_EMIT presenceChanged(m_myUserId);
        if (m_away) {
            m_connection.sendPresence(true);
        }
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
    connect(&m_connection, &ChatConnection::requestFailed, this, [this](const QString &, const QString &message) {
        m_pendingDirect.clear();
        Q_EMIT requestFailed(message);
    });
    m_retryAfterLimit.setSingleShot(true);
    connect(&m_retryAfterLimit, &QTimer::timeout, this, &ChatService::flushOutbox);
    connect(&m_connection, &ChatConnection::ready, this, &ChatService::onReady);
    connect(&m_connection, &ChatConnection::messageReceived, this, [this](const Message &m) { onMessages({m}, true); });
    connect(&m_connection, &ChatConnection::historyReceived, this,
            [this](qint64 channelId, const QList<Message> &page, bool hasMore) {
                onMessages(page, false);
                if (hasMore && !page.isEmpty()) {
                    m_connection.resume({{channelId, page.last().seq}});
                }
            });
    connect(&m_connection, &ChatConnection::acknowledged, this, [this](const QString &clientId, const Message &stored) {
        const auto it =
            std::find_if(m_outbox.begin(), m_outbox.end(), [&](const Message &m) { return m.clientId == clientId; });
        if (it == m_outbox.end()) {
            return;
        }
        Message done = *it;
        done.id = stored.id;
        done.seq = stored.seq;
        done.createdAt = stored.createdAt;
        m_outbox.erase(it);
        Q_EMIT outboxChanged(outboxSize());
        m_cache.run<bool>(
            this,
            [done](QSqlDatabase &db) {
                ChatStore store(db);
                return store.storeMessages({done}) && store.dequeue(done.clientId);
            },
            [](bool) {});
        m_messages.upsert(done);
        m_channels.noteMessage(done.channelId, done.seq, true);
    });
    connect(&m_connection, &ChatConnection::sendRefused, this,
            [this](const QString &clientId, const QString &code, const QString &message, int retryAfter) {
                if (code == errors::RateLimited) {
                    // Still queued: everything goes again, in order, once the server allows it.
                    m_retryAfterLimit.start(qMax(1, retryAfter) * 1000);
                    return;
                }
                const auto it = std::find_if(m_outbox.begin(), m_outbox.end(),
                                             [&](const Message &m) { return m.clientId == clientId; });
                if (it == m_outbox.end()) {
                    return;
                }
                // Refused for good (a closed channel, an invalid message): keep it visible as failed.
                m_messages.markFailed(clientId);
                m_outbox.erase(it);
                Q_EMIT outboxChanged(outboxSize());
                m_cache.run<bool>(
                    this, [clientId](QSqlDatabase &db) { return ChatStore(db).dequeue(clientId); }, [](bool) {});
                Q_EMIT deliveryFailed(message);
            });
}

void ChatService::start(qint64 myUserId, const QString &myName)
{
    m_myUserId = myUserId;
    m_myName = myName;
    m_messages.setMyUserId(myUserId);
    struct Loaded
    {
        QList<Channel> channels;
        QList<OutboxEntry> outbox;
        QHash<qint64, int> levels;
    };
    m_cache.run<Loaded>(
        this,
        [](QSqlDatabase &db) {
            ChatStore store(db);
            return Loaded{store.channels(), store.outbox(), store.notifyLevels()};
        },
        [this](const Loaded &loaded) {
            m_channels.setChannels(loaded.channels);
            for (auto it = loaded.levels.cbegin(); it != loaded.levels.cend(); ++it) {
                m_channels.setNotifyLevel(it.key(), static_cast<models::ChannelListModel::NotifyLevel>(it.value()));
            }
            m_outbox.clear();
            for (const OutboxEntry &e : loaded.outbox) {
                Message m;
                m.channelId = e.channelId;
                m.clientId = e.clientId;
                m.body = e.body;
                m.replyTo = e.replyTo;
                m.createdAt = e.queuedAt;
                m.senderId = m_myUserId;
                m.senderName = m_myName;
                m_outbox.append(m);
            }
            Q_EMIT outboxChanged(outboxSize());
            Q_EMIT channelsLoaded();
            m_connection.start();
        });
}

void ChatService::stop()
{
    m_connection.stop();
}

qint64 ChatService::openChannelId() const
{
    return m_messages.channelId();
}

void ChatService::setMentionName(const QString &username)
{
    m_mention =
        QRegularExpression(u"(^|[^\\w@])@"_s + QRegularExpression::escape(username) + u"(?!\\w)"_s,
                           QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
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

void ChatService::setNotifyLevel(qint64 channelId, int level)
{
    level = std::clamp(level, 0, 2);
    m_channels.setNotifyLevel(channelId, static_cast<models::ChannelListModel::NotifyLevel>(level));
    m_cache.run<bool>(
        this, [channelId, level](QSqlDatabase &db) { return ChatStore(db).setNotifyLevel(channelId, level); },
        [](bool) {});
}

bool ChatService::mentions(const QString &body) const
{
    return m_mention.isValid() && !m_mention.pattern().isEmpty() && m_mention.match(body).hasMatch();
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

void ChatService::typingInOpenChannel()
{
    if (m_messages.channelId() > 0) {
        m_connection.sendTyping(m_messages.channelId());
    }
}

void ChatService::setAway(bool away)
{
    if (m_away != away) {
        m_away = away;
        m_connection.sendPresence(away);
    }
}

QStringList ChatService::typingIn(qint64 channelId) const
{
    QStringList names;
    for (const Typist &t : m_typists) {
        if (t.channelId == channelId) {
            names.append(t.name);
        }
    }
    names.sort();
    return names;
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
            QList<Message> pending;
            for (const Message &m : std::as_const(m_outbox)) {
                if (m.channelId == channelId) {
                    pending.append(m);
                }
            }
            m_messages.reset(channelId, window.messages, pending, window.messages.size() == window.size);
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
    const QString text = body.trimmed();
    if (text.isEmpty() || text.size() > limits::MessageBodyMax) {
        return false;
    }
    Message m;
    m.channelId = channelId;
    m.clientId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m.body = text;
    m.replyTo = replyTo;
    m.senderId = m_myUserId;
    m.senderName = m_myName;
    m.createdAt = QDateTime::currentDateTimeUtc();
    m_outbox.append(m);
    m_messages.addPending(m);
    Q_EMIT outboxChanged(outboxSize());
    // Written to the outbox before it goes on the wire: a crash after this line loses nothing.
    m_cache.run<bool>(
        this,
        [entry = OutboxEntry{m.clientId, m.channelId, m.body, m.replyTo, m.createdAt}](QSqlDatabase &db) {
            return ChatStore(db).enqueue(entry);
        },
        [this, m](bool) {
            if (m_connection.state() == ChatConnection::State::Live) {
                m_connection.send(m.channelId, m.clientId, m.body, m.replyTo);
            }
        });
    return true;
}

void ChatService::onReady(const QList<Channel> &channels)
{
    m_channels.setChannels(channels);
    m_cache.run<bool>(
        this, [channels](QSqlDatabase &db) { return ChatStore(db).saveChannels(channels); },
        [this, channels](bool) { resumeAll(channels); });
}

void ChatService::resumeAll(const QList<Channel> &channels)
{
    QList<qint64> ids;
    for (const Channel &c : channels) {
        ids.append(c.id);
    }
    m_cache.run<QList<std::pair<qint64, qint64>>>(
        this,
        [ids](QSqlDatabase &db) {
            QList<std::pair<qint64, qint64>> points;
            ChatStore store(db);
            for (qint64 id : ids) {
                points.append({id, store.resumePoint(id)});
            }
            return points;
        },
        [this](const QList<std::pair<qint64, qint64>> &points) {
            m_connection.resume(points);
            flushOutbox();
        });
}

void ChatService::flushOutbox()
{
    if (m_connection.state() != ChatConnection::State::Live) {
        return;
    }
    for (const Message &m : std::as_const(m_outbox)) {
        m_connection.send(m.channelId, m.clientId, m.body, m.replyTo);
    }
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
        m_channels.noteMessage(m.channelId, m.seq, m.senderId == m_myUserId);
        if (m.channelId == m_messages.channelId()) {
            m_messages.upsert(m);
            seenInOpenChannel = true;
        }
        if (live && m.senderId != m_myUserId) {
            using Level = models::ChannelListModel::NotifyLevel;
            // A direct message is addressed to the member as surely as a mention.
            const auto *where = m_channels.channelAt(m_channels.rowOf(m.channelId));
            const bool mention = mentions(m.body) || (where && where->direct);
            if (mention) {
                m_channels.addMention(m.channelId);
            }
            const Level level = m_channels.notifyLevel(m.channelId);
            if (level == Level::All || (level == Level::Mentions && mention)) {
                const auto *channel = m_channels.channelAt(m_channels.rowOf(m.channelId));
                Q_EMIT notificationWanted(m, channel ? channel->name : QString(), mention);
            }
        }
        // A message from someone ends their typing line.
        if (live && m_typists.contains(m.senderId)) {
            m_typists.remove(m.senderId);
            Q_EMIT typingChanged(m.channelId);
        }
    }
    if (seenInOpenChannel && live) {
        markOpenChannelRead();
    }
}

} // namespace guild::app
