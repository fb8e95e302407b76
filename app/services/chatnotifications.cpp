#include "chatnotifications.h"

#include "net/chatconnection.h"
#include "storage/chatstore.h"
#include "storage/localcache.h"

using namespace Qt::StringLiterals;

namespace guild::app {

using namespace protocol::chat;

namespace {
bool samePlace(const NotifyPref &a, const NotifyPref &b)
{
    return a.channelId == b.channelId && a.threadId == b.threadId;
}
} // namespace

ChatNotifications::ChatNotifications(ChatConnection &connection, LocalCache &cache, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_cache(cache)
{
    // Another of the member's devices changed a level.
    connect(&m_connection, &ChatConnection::notifyLevelChanged, this, [this](const NotifyPref &pref) {
        apply(pref);
        m_cache.run<bool>(
            this, [pref](QSqlDatabase &db) { return ChatStore(db).setNotifyPref(pref); }, [](bool) {});
    });
}

void ChatNotifications::setMentionName(const QString &username)
{
    m_mentionName = username;
    m_mention =
        QRegularExpression(u"(^|[^\\w@])@"_s + QRegularExpression::escape(username) + u"(?!\\w)"_s,
                           QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
}

QString ChatNotifications::mentionNeedle() const
{
    return m_mentionName.isEmpty() ? QString() : u"@"_s + m_mentionName;
}

bool ChatNotifications::mentions(const QString &body) const
{
    return m_mention.isValid() && !m_mention.pattern().isEmpty() && m_mention.match(body).hasMatch();
}

void ChatNotifications::setChannelLevel(qint64 channelId, Level level)
{
    setLevel({channelId, 0, level});
}

void ChatNotifications::setThreadLevel(qint64 channelId, qint64 threadId, Level level)
{
    setLevel({channelId, threadId, level});
}

ChatNotifications::Level ChatNotifications::channelLevel(qint64 channelId) const
{
    return m_channelLevels.value(channelId, Level::All);
}

std::optional<ChatNotifications::Level> ChatNotifications::threadLevel(qint64 threadId) const
{
    const auto it = m_threadLevels.constFind(threadId);
    return it == m_threadLevels.cend() ? std::nullopt : std::optional<Level>(*it);
}

void ChatNotifications::restore(const QList<NotifyPref> &cached)
{
    for (const NotifyPref &pref : cached) {
        apply(pref);
    }
}

QList<NotifyPref> ChatNotifications::adopt(const QList<NotifyPref> &server)
{
    // Channels the server has no row for are back to All.
    const QList<qint64> channels = m_channelLevels.keys();
    m_channelLevels.clear();
    m_threadLevels.clear();
    for (qint64 channel : channels) {
        Q_EMIT levelChanged({channel, 0, Level::All});
    }
    QList<NotifyPref> all = server;
    for (const NotifyPref &pref : std::as_const(m_pending)) {
        m_connection.setNotifyLevel(pref);
        all.removeIf([&](const NotifyPref &p) { return samePlace(p, pref); });
        all.append(pref);
    }
    m_pending.clear();
    for (const NotifyPref &pref : std::as_const(all)) {
        apply(pref);
    }
    m_cache.run<bool>(
        this, [all](QSqlDatabase &db) { return ChatStore(db).replaceNotifyPrefs(all); }, [](bool) {});
    return all;
}

bool ChatNotifications::consider(const Message &message, const Channel *channel)
{
    // A direct message is addressed to the member as surely as a mention.
    const bool mention = mentions(message.body) || (channel && channel->direct);
    const auto thread = message.replyTo > 0 ? threadLevel(message.replyTo) : std::nullopt;
    const Level level = thread ? *thread : channelLevel(message.channelId);
    if (level == Level::All || (level == Level::Mentions && mention)) {
        Q_EMIT notificationWanted(message, channel ? channel->name : QString(), mention);
    }
    return mention;
}

void ChatNotifications::setLevel(const NotifyPref &pref)
{
    apply(pref);
    m_cache.run<bool>(
        this, [pref](QSqlDatabase &db) { return ChatStore(db).setNotifyPref(pref); }, [](bool) {});
    if (m_connection.state() == ChatConnection::State::Live) {
        m_connection.setNotifyLevel(pref);
        return;
    }
    m_pending.removeIf([&](const NotifyPref &p) { return samePlace(p, pref); });
    m_pending.append(pref);
}

void ChatNotifications::apply(const NotifyPref &pref)
{
    if (pref.threadId == 0) {
        m_channelLevels.insert(pref.channelId, pref.level);
    } else {
        m_threadLevels.insert(pref.threadId, pref.level);
    }
    Q_EMIT levelChanged(pref);
}

} // namespace guild::app
