#include "chatpresence.h"

#include "net/chatconnection.h"

#include <QDateTime>
#include <QSet>

using namespace Qt::StringLiterals;

namespace guild::app {

namespace {
// How long "X is typing" stays up after the last signal (senders repeat every 2 s while typing).
constexpr qint64 TypingShownMs = 5000;
} // namespace

ChatPresence::ChatPresence(ChatConnection &connection, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
{
    m_typingExpiry.setInterval(1000);
    connect(&m_typingExpiry, &QTimer::timeout, this, &ChatPresence::expireTypists);
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
        m_presence.insert(m_me, m_away ? u"away"_s : u"online"_s); // the server tells others, not us
        Q_EMIT presenceChanged(m_me);
        if (m_away) {
            m_connection.sendPresence(true);
        }
    });
}

void ChatPresence::setAway(bool away)
{
    if (m_away != away) {
        m_away = away;
        m_connection.sendPresence(away);
    }
}

void ChatPresence::typing(qint64 channelId)
{
    if (channelId > 0) {
        m_connection.sendTyping(channelId);
    }
}

QStringList ChatPresence::typingIn(qint64 channelId) const
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

QString ChatPresence::presenceOf(qint64 userId) const
{
    return m_presence.value(userId, u"offline"_s);
}

void ChatPresence::messageFrom(qint64 userId, qint64 channelId)
{
    if (m_typists.remove(userId) > 0) {
        Q_EMIT typingChanged(channelId);
    }
}

void ChatPresence::expireTypists()
{
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
}

} // namespace guild::app
