#include "chatoutbox.h"

#include "net/chatconnection.h"
#include "net/errormessages.h"
#include "storage/chatstore.h"
#include "storage/localcache.h"

#include <QUuid>

namespace guild::app {

using namespace protocol::chat;

ChatOutbox::ChatOutbox(ChatConnection &connection, LocalCache &cache, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_cache(cache)
{
    m_retryAfterLimit.setSingleShot(true);
    connect(&m_retryAfterLimit, &QTimer::timeout, this, &ChatOutbox::flush);
    connect(&m_connection, &ChatConnection::acknowledged, this, &ChatOutbox::onAcknowledged);
    connect(&m_connection, &ChatConnection::sendRefused, this, &ChatOutbox::onRefused);
}

void ChatOutbox::setSender(qint64 userId, const QString &name)
{
    m_userId = userId;
    m_userName = name;
}

void ChatOutbox::restore(const QList<OutboxEntry> &entries)
{
    m_pending.clear();
    for (const OutboxEntry &e : entries) {
        Message m;
        m.channelId = e.channelId;
        m.clientId = e.clientId;
        m.body = e.body;
        m.replyTo = e.replyTo;
        m.createdAt = e.queuedAt;
        m.senderId = m_userId;
        m.senderName = m_userName;
        m_pending.append(m);
    }
    Q_EMIT changed(size());
}

std::optional<Message> ChatOutbox::add(qint64 channelId, const QString &body, qint64 replyTo)
{
    const QString text = body.trimmed();
    if (text.isEmpty() || text.size() > limits::MessageBodyMax) {
        return std::nullopt;
    }
    Message m;
    m.channelId = channelId;
    m.clientId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m.body = text;
    m.replyTo = replyTo;
    m.senderId = m_userId;
    m.senderName = m_userName;
    m.createdAt = QDateTime::currentDateTimeUtc();
    m_pending.append(m);
    Q_EMIT changed(size());
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
    return m;
}

void ChatOutbox::flush()
{
    if (m_connection.state() != ChatConnection::State::Live) {
        return;
    }
    for (const Message &m : std::as_const(m_pending)) {
        m_connection.send(m.channelId, m.clientId, m.body, m.replyTo);
    }
}

QList<Message> ChatOutbox::pendingIn(qint64 channelId) const
{
    QList<Message> out;
    for (const Message &m : m_pending) {
        if (m.channelId == channelId) {
            out.append(m);
        }
    }
    return out;
}

void ChatOutbox::onAcknowledged(const QString &clientId, const Message &stored)
{
    const auto it =
        std::find_if(m_pending.begin(), m_pending.end(), [&](const Message &m) { return m.clientId == clientId; });
    if (it == m_pending.end()) {
        return; // an ack for a message sent again after a reconnect: already done
    }
    Message done = *it;
    done.id = stored.id;
    done.seq = stored.seq;
    done.createdAt = stored.createdAt;
    m_pending.erase(it);
    Q_EMIT changed(size());
    m_cache.run<bool>(
        this,
        [done](QSqlDatabase &db) {
            ChatStore store(db);
            return store.storeMessages({done}) && store.dequeue(done.clientId);
        },
        [](bool) {});
    Q_EMIT delivered(done);
}

void ChatOutbox::onRefused(const QString &clientId, const QString &code, const QString &message, int retryAfter)
{
    if (code == errors::RateLimited) {
        // Still queued: everything goes again, in order, once the server allows it.
        m_retryAfterLimit.start(qMax(1, retryAfter) * 1000);
        return;
    }
    const auto it =
        std::find_if(m_pending.begin(), m_pending.end(), [&](const Message &m) { return m.clientId == clientId; });
    if (it == m_pending.end()) {
        return;
    }
    m_pending.erase(it);
    Q_EMIT changed(size());
    m_cache.run<bool>(
        this, [clientId](QSqlDatabase &db) { return ChatStore(db).dequeue(clientId); }, [](bool) {});
    Q_EMIT failed(clientId, ErrorMessages::forChat(code, message, retryAfter));
}

} // namespace guild::app
