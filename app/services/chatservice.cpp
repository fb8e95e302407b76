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
    connect(&m_connection, &ChatConnection::channelRemoved, this, [this](qint64 channelId) {
        const auto *closed = m_channels.channelAt(m_channels.rowOf(channelId));
        const QString name = closed ? closed->name : QString();
        m_channels.removeChannel(channelId);
        if (m_messages.channelId() == channelId) {
            m_messages.reset(0, {}, {});
        }
        // Saving the list also drops the channel's cached messages: they are paid content now closed.
        const QList<Channel> all = m_channels.channels();
        m_cache.run<bool>(
            this, [all](QSqlDatabase &db) { return ChatStore(db).saveChannels(all); }, [](bool) {});
        Q_EMIT channelClosed(channelId, name);
    });
    connect(&m_connection, &ChatConnection::requestFailed, this, [this](const QString &code, const QString &message) {
        m_pendingDirect.clear();
        Q_EMIT requestFailed(describeError(code, message));
    });
    connect(&m_connection, &ChatConnection::messageUpdated, this, &ChatService::onUpdated);
    connect(&m_connection, &ChatConnection::changesReceived, this, &ChatService::onChanges);
    connect(&m_connection, &ChatConnection::notifyLevelChanged, this, [this](const NotifyPref &pref) {
        applyNotifyLevel(pref);
        m_cache.run<bool>(
            this, [pref](QSqlDatabase &db) { return ChatStore(db).setNotifyPref(pref); }, [](bool) {});
    });
    m_retryAfterLimit.setSingleShot(true);
    connect(&m_retryAfterLimit, &QTimer::timeout, this, &ChatService::flushOutbox);
    connect(&m_connection, &ChatConnection::ready, this, &ChatService::onReady);
    connect(&m_connection, &ChatConnection::messageReceived, this, [this](const Message &m) { onMessages({m}, true); });
    connect(&m_connection, &ChatConnection::historyReceived, this,
            [this](qint64 channelId, const QList<Message> &page, bool hasMore) {
                onMessages(page, false);
                if (hasMore && !page.isEmpty()) {
                    m_connection.resume({{channelId, page.last().seq, std::nullopt}});
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
        QList<NotifyPref> levels;
        QHash<qint64, qint64> revisions;
        QList<std::pair<qint64, QString>> mentionCandidates;
    };
    m_cache.run<Loaded>(
        this,
        [myUserId, needle = QString(u"@"_s + m_mentionName)](QSqlDatabase &db) {
            ChatStore store(db);
            return Loaded{store.channels(), store.outbox(), store.notifyPrefs(), store.revisions(),
                          needle.size() > 1 ? store.unreadContaining(myUserId, needle)
                                            : QList<std::pair<qint64, QString>>()};
        },
        [this](const Loaded &loaded) {
            m_channels.setChannels(loaded.channels);
            for (const auto &[channel, body] : loaded.mentionCandidates) {
                if (mentions(body)) {
                    m_channels.addMention(channel);
                }
            }
            for (const NotifyPref &pref : loaded.levels) {
                applyNotifyLevel(pref);
            }
            m_revisions.clear();
            for (auto it = loaded.revisions.cbegin(); it != loaded.revisions.cend(); ++it) {
                m_revisions.reset(it.key(), it.value());
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
    m_mentionName = username;
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
    setLevel({channelId, 0, static_cast<NotifyLevel>(std::clamp(level, 0, 2))});
}

void ChatService::setThreadNotifyLevel(qint64 channelId, qint64 threadId, int level)
{
    setLevel({channelId, threadId, static_cast<NotifyLevel>(std::clamp(level, 0, 2))});
}

std::optional<int> ChatService::threadNotifyLevel(qint64 threadId) const
{
    const auto it = m_threadLevels.constFind(threadId);
    return it == m_threadLevels.cend() ? std::nullopt : std::optional<int>(*it);
}

void ChatService::setLevel(const NotifyPref &pref)
{
    applyNotifyLevel(pref);
    m_cache.run<bool>(
        this, [pref](QSqlDatabase &db) { return ChatStore(db).setNotifyPref(pref); }, [](bool) {});
    if (m_connection.state() == ChatConnection::State::Live) {
        m_connection.setNotifyLevel(pref);
        return;
    }
    m_pendingLevels.removeIf(
        [&](const NotifyPref &p) { return p.channelId == pref.channelId && p.threadId == pref.threadId; });
    m_pendingLevels.append(pref);
}

void ChatService::applyNotifyLevel(const NotifyPref &pref)
{
    if (pref.threadId == 0) {
        m_channels.setNotifyLevel(pref.channelId, static_cast<models::ChannelListModel::NotifyLevel>(pref.level));
    } else {
        m_threadLevels.insert(pref.threadId, static_cast<int>(pref.level));
    }
    Q_EMIT notifyLevelsChanged();
}

bool ChatService::wantsNotification(const Message &m, bool mention) const
{
    using Level = models::ChannelListModel::NotifyLevel;
    const auto thread = m.replyTo > 0 ? threadNotifyLevel(m.replyTo) : std::nullopt;
    const auto level = thread ? static_cast<Level>(*thread) : m_channels.notifyLevel(m.channelId);
    return level == Level::All || (level == Level::Mentions && mention);
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

QString ChatService::describeError(const QString &code, const QString &fallback) const
{
    if (code == errors::NotAllowed) {
        return tr("You can't change that message.");
    }
    if (code == errors::NoSuchMessage) {
        return tr("That message no longer exists.");
    }
    if (code == errors::NoSuchMember) {
        return tr("No other member has that username.");
    }
    if (code == errors::MembershipRequired) {
        return tr("Your membership doesn't include this channel.");
    }
    if (code == errors::RateLimited) {
        return tr("Slow down a little: too many changes at once.");
    }
    return fallback;
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
    Q_EMIT messageWritten(channelId);
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

void ChatService::onReady(const QList<Channel> &channels, const QList<NotifyPref> &levels)
{
    m_channels.setChannels(channels);
    // The server's levels are the member's; what was chosen here while offline goes on top.
    m_threadLevels.clear();
    for (const Channel &c : channels) {
        m_channels.setNotifyLevel(c.id, models::ChannelListModel::NotifyLevel::All);
    }
    QList<NotifyPref> all = levels;
    for (const NotifyPref &pref : std::as_const(m_pendingLevels)) {
        m_connection.setNotifyLevel(pref);
        all.removeIf([&](const NotifyPref &p) { return p.channelId == pref.channelId && p.threadId == pref.threadId; });
        all.append(pref);
    }
    m_pendingLevels.clear();
    for (const NotifyPref &pref : std::as_const(all)) {
        applyNotifyLevel(pref);
    }
    m_cache.run<bool>(
        this,
        [channels, all](QSqlDatabase &db) {
            ChatStore store(db);
            return store.saveChannels(channels) && store.replaceNotifyPrefs(all);
        },
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
        noteRevision(m.channelId, m.rev);
        m_channels.noteMessage(m.channelId, m.seq, m.senderId == m_myUserId);
        if (m.channelId == m_messages.channelId()) {
            m_messages.upsert(m);
            seenInOpenChannel = true;
        }
        if (!live && m.senderId != m_myUserId && m.seq > m_channels.lastReadSeq(m.channelId) && mentions(m.body)) {
            m_channels.addMention(m.channelId); // a mention that came while the member was away
        }
        if (live && m.senderId != m_myUserId) {
            // A direct message is addressed to the member as surely as a mention.
            const auto *where = m_channels.channelAt(m_channels.rowOf(m.channelId));
            const bool mention = mentions(m.body) || (where && where->direct);
            if (mention) {
                m_channels.addMention(m.channelId);
            }
            if (wantsNotification(m, mention)) {
                Q_EMIT notificationWanted(m, where ? where->name : QString(), mention);
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
