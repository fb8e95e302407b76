#include "chatrepository.h"

#include "searchindex.h"
#include "sql.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace guild::server {

using namespace protocol;
using chat::Channel;
using chat::Message;

namespace {

const QString MessageColumns = u"SELECT m.id, m.channel_id, m.seq, m.client_id, m.sender_id, u.display_name, m.body, "
                               "m.reply_to, m.created_at, m.rev, m.edited_at, m.deleted_at FROM messages m "
                               "JOIN users u ON u.id = m.sender_id"_s;

Message readMessage(const QSqlQuery &q)
{
    Message m;
    m.id = q.value(0).toLongLong();
    m.channelId = q.value(1).toLongLong();
    m.seq = q.value(2).toLongLong();
    m.clientId = q.value(3).toString();
    m.senderId = q.value(4).toLongLong();
    m.senderName = q.value(5).toString();
    m.body = q.value(6).toString();
    m.replyTo = q.value(7).toLongLong();
    m.createdAt = QDateTime::fromMSecsSinceEpoch(q.value(8).toLongLong(), Qt::UTC);
    m.rev = q.value(9).toLongLong();
    if (!q.value(10).isNull()) {
        m.editedAt = QDateTime::fromMSecsSinceEpoch(q.value(10).toLongLong(), Qt::UTC);
    }
    m.deleted = !q.value(11).isNull();
    return m;
}

// Columns: id, name, topic, required_tier, last_seq, kind, last_rev, peer id, peer display name (the last two only
// for direct channels, seen from the viewer bound twice into ChannelColumns).
const QString ChannelColumns =
    u"SELECT c.id, c.name, c.topic, c.required_tier, c.last_seq, c.kind, c.last_rev, "
    "(SELECT m.user_id FROM channel_members m WHERE m.channel_id = c.id AND m.user_id <> ? ORDER BY m.user_id LIMIT "
    "1), "
    "(SELECT u.display_name FROM channel_members m JOIN users u ON u.id = m.user_id "
    "WHERE m.channel_id = c.id AND m.user_id <> ? ORDER BY m.user_id LIMIT 1) FROM channels c "_s;

Channel readChannel(const QSqlQuery &q)
{
    Channel c{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
              tierFromLevel(q.value(3).toLongLong()).value_or(Tier::Premium), q.value(4).toLongLong()};
    c.direct = q.value(5).toString() == u"direct"_s;
    c.lastRev = q.value(6).toLongLong();
    if (c.direct) {
        c.peerId = q.value(7).toLongLong();
        c.name = q.value(8).toString();
        c.topic.clear();
    }
    return c;
}

} // namespace

QList<Channel> ChatRepository::channelsFor(qint64 viewerId)
{
    QSqlQuery q =
        sql::exec(m_db,
                  ChannelColumns +
                      u"WHERE c.archived_at IS NULL AND (c.kind = 'public' OR EXISTS (SELECT 1 FROM channel_members m "
                      "WHERE m.channel_id = c.id AND m.user_id = ?)) ORDER BY c.kind DESC, c.id"_s,
                  {viewerId, viewerId, viewerId});
    QList<Channel> list;
    while (q.next()) {
        list.append(readChannel(q));
    }
    return list;
}

std::optional<Channel> ChatRepository::channel(qint64 id, qint64 viewerId)
{
    QSqlQuery q =
        sql::exec(m_db, ChannelColumns + u"WHERE c.id = ? AND c.archived_at IS NULL"_s, {viewerId, viewerId, id});
    if (!q.next()) {
        return std::nullopt;
    }
    return readChannel(q);
}

std::optional<Message> ChatRepository::findByClientId(qint64 senderId, const QString &clientId)
{
    return one(MessageColumns + u" WHERE m.sender_id = ? AND m.client_id = ?"_s, {senderId, clientId});
}

std::optional<Message> ChatRepository::byId(qint64 id)
{
    return one(MessageColumns + u" WHERE m.id = ?"_s, {id});
}

std::optional<Message> ChatRepository::one(const QString &statement, const QVariantList &bindings)
{
    QSqlQuery q = sql::exec(m_db, statement, bindings);
    if (!q.next()) {
        return std::nullopt;
    }
    QList<Message> list{readMessage(q)};
    loadReactions(list);
    return list.first();
}

void ChatRepository::loadReactions(QList<Message> &messages)
{
    if (messages.isEmpty()) {
        return;
    }
    QHash<qint64, qsizetype> index;
    QVariantList ids;
    for (qsizetype i = 0; i < messages.size(); ++i) {
        index.insert(messages[i].id, i);
        ids.append(messages[i].id);
    }
    // Bound parameters, one per id (a page is at most a few hundred messages).
    QStringList marks(ids.size(), u"?"_s);
    QSqlQuery q = sql::exec(m_db,
                            u"SELECT message_id, emoji, user_id FROM reactions WHERE message_id IN (%1) "
                            "ORDER BY message_id, created_at, user_id"_s.arg(marks.join(u',')),
                            ids);
    while (q.next()) {
        Message &m = messages[index.value(q.value(0).toLongLong())];
        const QString emoji = q.value(1).toString();
        auto it = std::find_if(m.reactions.begin(), m.reactions.end(),
                               [&](const chat::Reaction &r) { return r.emoji == emoji; });
        if (it == m.reactions.end()) {
            m.reactions.append({emoji, {}});
            it = m.reactions.end() - 1;
        }
        it->userIds.append(q.value(2).toLongLong());
    }
}

qint64 ChatRepository::takeRev(qint64 channelId)
{
    return sql::scalar(m_db, u"UPDATE channels SET last_rev = last_rev + 1 WHERE id = ? RETURNING last_rev"_s,
                       {channelId})
        .toLongLong();
}

void ChatRepository::editBody(qint64 messageId, const QString &body, qint64 now)
{
    sql::exec(m_db, u"UPDATE messages SET body = ?, edited_at = ? WHERE id = ?"_s, {body, now, messageId});
    SearchIndex(m_db).refresh(protocol::SearchKind::Message, messageId);
}

void ChatRepository::markDeleted(qint64 messageId, qint64 now)
{
    sql::exec(m_db, u"UPDATE messages SET body = '', deleted_at = ? WHERE id = ?"_s, {now, messageId});
    sql::exec(m_db, u"DELETE FROM reactions WHERE message_id = ?"_s, {messageId});
    SearchIndex(m_db).refresh(protocol::SearchKind::Message, messageId);
}

bool ChatRepository::setReaction(qint64 messageId, qint64 userId, const QString &emoji, bool on, qint64 now)
{
    const QSqlQuery q =
        on ? sql::exec(m_db,
                       u"INSERT INTO reactions (message_id, user_id, emoji, created_at) VALUES (?, ?, ?, ?) "
                       "ON CONFLICT DO NOTHING"_s,
                       {messageId, userId, emoji, now})
           : sql::exec(m_db, u"DELETE FROM reactions WHERE message_id = ? AND user_id = ? AND emoji = ?"_s,
                       {messageId, userId, emoji});
    return q.numRowsAffected() > 0;
}

int ChatRepository::reactionKinds(qint64 messageId)
{
    return sql::scalar(m_db, u"SELECT COUNT(DISTINCT emoji) FROM reactions WHERE message_id = ?"_s, {messageId})
        .toInt();
}

void ChatRepository::setRev(qint64 messageId, qint64 rev)
{
    sql::exec(m_db, u"UPDATE messages SET rev = ? WHERE id = ?"_s, {rev, messageId});
}

QList<Message> ChatRepository::changedSince(qint64 channelId, qint64 afterRev, qint64 uptoSeq, int limit)
{
    QSqlQuery q = sql::exec(
        m_db, MessageColumns + u" WHERE m.channel_id = ? AND m.rev > ? AND m.seq <= ? ORDER BY m.rev LIMIT ?"_s,
        {channelId, afterRev, uptoSeq, limit});
    QList<Message> list;
    while (q.next()) {
        list.append(readMessage(q));
    }
    loadReactions(list);
    return list;
}

QList<Message> ChatRepository::replies(qint64 rootId, int limit)
{
    QSqlQuery q = sql::exec(m_db, MessageColumns + u" WHERE m.reply_to = ? ORDER BY m.seq LIMIT ?"_s, {rootId, limit});
    QList<Message> list;
    while (q.next()) {
        list.append(readMessage(q));
    }
    loadReactions(list);
    return list;
}

QList<chat::NotifyPref> ChatRepository::notifyLevels(qint64 userId)
{
    QSqlQuery q = sql::exec(m_db,
                            u"SELECT channel_id, thread_id, level FROM notify_levels WHERE user_id = ? "
                            "ORDER BY channel_id, thread_id"_s,
                            {userId});
    QList<chat::NotifyPref> list;
    while (q.next()) {
        if (auto level = chat::notifyLevelFromCode(q.value(2).toString())) {
            list.append({q.value(0).toLongLong(), q.value(1).toLongLong(), *level});
        }
    }
    return list;
}

void ChatRepository::setNotifyLevel(qint64 userId, const chat::NotifyPref &pref, qint64 now)
{
    sql::exec(m_db,
              u"INSERT INTO notify_levels (user_id, channel_id, thread_id, level, updated_at) VALUES (?, ?, ?, ?, ?) "
              "ON CONFLICT (user_id, channel_id, thread_id) DO UPDATE SET level = excluded.level, "
              "updated_at = excluded.updated_at"_s,
              {userId, pref.channelId, pref.threadId, chat::notifyLevelCode(pref.level), now});
}

Message ChatRepository::append(qint64 channelId, qint64 senderId, const QString &clientId, const QString &body,
                               qint64 replyTo, qint64 now)
{
    QSqlQuery next = sql::exec(m_db,
                               u"UPDATE channels SET last_seq = last_seq + 1, last_rev = last_rev + 1 WHERE id = ? "
                               "RETURNING last_seq, last_rev"_s,
                               {channelId});
    next.next();
    const qint64 seq = next.value(0).toLongLong();
    const qint64 rev = next.value(1).toLongLong();
    const QVariant reply = replyTo > 0 ? QVariant(replyTo) : sql::nullInt();
    const qint64 id =
        sql::scalar(m_db,
                    u"INSERT INTO messages (channel_id, seq, sender_id, client_id, body, reply_to, created_at, rev) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
                    {channelId, seq, senderId, clientId, body, reply, now, rev})
            .toLongLong();
    SearchIndex(m_db).refresh(protocol::SearchKind::Message, id);
    Message m;
    m.id = id;
    m.channelId = channelId;
    m.seq = seq;
    m.clientId = clientId;
    m.senderId = senderId;
    m.senderName = sql::scalar(m_db, u"SELECT display_name FROM users WHERE id = ?"_s, {senderId}).toString();
    m.body = body;
    m.replyTo = replyTo;
    m.createdAt = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC);
    m.rev = rev;
    return m;
}

QList<Message> ChatRepository::range(qint64 channelId, qint64 afterSeq, qint64 beforeSeq, int limit, bool newest)
{
    QString statement = MessageColumns + u" WHERE m.channel_id = ? AND m.seq > ?"_s;
    QVariantList bindings{channelId, afterSeq};
    if (beforeSeq > 0) {
        statement += u" AND m.seq < ?"_s;
        bindings << beforeSeq;
    }
    statement += newest ? u" ORDER BY m.seq DESC LIMIT ?"_s : u" ORDER BY m.seq ASC LIMIT ?"_s;
    bindings << limit;
    QSqlQuery q = sql::exec(m_db, statement, bindings);
    QList<Message> list;
    while (q.next()) {
        list.append(readMessage(q));
    }
    if (newest) {
        std::reverse(list.begin(), list.end());
    }
    loadReactions(list);
    return list;
}

bool ChatRepository::isMember(qint64 channelId, qint64 userId)
{
    return sql::scalar(m_db, u"SELECT 1 FROM channel_members WHERE channel_id = ? AND user_id = ?"_s,
                       {channelId, userId})
        .isValid();
}

qint64 ChatRepository::openDirect(qint64 a, qint64 b, qint64 now)
{
    const QString name = u"dm:%1:%2"_s.arg(qMin(a, b)).arg(qMax(a, b));
    sql::exec(m_db,
              u"INSERT INTO channels (name, topic, required_tier, created_at, kind) VALUES (?, '', 0, ?, 'direct') "
              "ON CONFLICT (name) DO NOTHING"_s,
              {name, now});
    const qint64 id = sql::scalar(m_db, u"SELECT id FROM channels WHERE name = ?"_s, {name}).toLongLong();
    for (qint64 member : {a, b}) {
        sql::exec(m_db, u"INSERT INTO channel_members (channel_id, user_id) VALUES (?, ?) ON CONFLICT DO NOTHING"_s,
                  {id, member});
    }
    return id;
}

QHash<qint64, qint64> ChatRepository::readMarkers(qint64 userId)
{
    QSqlQuery q = sql::exec(m_db, u"SELECT channel_id, last_read_seq FROM read_markers WHERE user_id = ?"_s, {userId});
    QHash<qint64, qint64> markers;
    while (q.next()) {
        markers.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
    }
    return markers;
}

qint64 ChatRepository::advanceReadMarker(qint64 userId, qint64 channelId, qint64 seq, qint64 now)
{
    // Portable "greatest of": CASE rather than SQLite's MAX(a, b) or PostgreSQL's GREATEST.
    return sql::scalar(m_db,
                       u"INSERT INTO read_markers (user_id, channel_id, last_read_seq, updated_at) VALUES (?, ?, ?, ?) "
                       "ON CONFLICT (user_id, channel_id) DO UPDATE SET last_read_seq = CASE WHEN "
                       "excluded.last_read_seq > read_markers.last_read_seq THEN excluded.last_read_seq ELSE "
                       "read_markers.last_read_seq END, updated_at = excluded.updated_at RETURNING last_read_seq"_s,
                       {userId, channelId, seq, now})
        .toLongLong();
}

std::optional<Message> ChatRepository::bySeq(qint64 channelId, qint64 seq)
{
    return one(MessageColumns + u" WHERE m.channel_id = ? AND m.seq = ?"_s, {channelId, seq});
}

std::optional<qint64> ChatRepository::threadRootOf(qint64 messageId, qint64 channelId)
{
    const QVariant root = sql::scalar(
        m_db, u"SELECT COALESCE(reply_to, id) FROM messages WHERE id = ? AND channel_id = ?"_s, {messageId, channelId});
    return root.isValid() ? std::optional(root.toLongLong()) : std::nullopt;
}

bool ChatRepository::isThreadRoot(qint64 messageId, qint64 channelId)
{
    return sql::scalar(m_db, u"SELECT 1 FROM messages WHERE id = ? AND channel_id = ? AND reply_to IS NULL"_s,
                       {messageId, channelId})
        .isValid();
}

bool ChatRepository::publicNameTaken(const QString &name, qint64 exceptId)
{
    return !sql::scalar(m_db, u"SELECT 1 FROM channels WHERE name = ? AND id <> ?"_s, {name, exceptId}).isNull();
}

qint64 ChatRepository::createChannel(const QString &name, const QString &topic, protocol::Tier tier, qint64 now)
{
    return sql::scalar(
               m_db,
               u"INSERT INTO channels (name, topic, required_tier, created_at) VALUES (?, ?, ?, ?) RETURNING id"_s,
               {name, topic.isNull() ? u""_s : topic, static_cast<int>(tier), now})
        .toLongLong();
}

bool ChatRepository::updateChannel(qint64 id, const QString &name, const QString &topic, protocol::Tier tier)
{
    return sql::exec(m_db,
                     u"UPDATE channels SET name = ?, topic = ?, required_tier = ? WHERE id = ? AND kind = 'public'"_s,
                     {name, topic.isNull() ? u""_s : topic, static_cast<int>(tier), id})
               .numRowsAffected() > 0;
}

bool ChatRepository::setArchived(qint64 id, std::optional<qint64> at)
{
    return sql::exec(m_db, u"UPDATE channels SET archived_at = ? WHERE id = ? AND kind = 'public'"_s,
                     {at ? QVariant(*at) : sql::nullInt(), id})
               .numRowsAffected() > 0;
}

std::optional<ChatRepository::PublicChannel> ChatRepository::publicChannel(qint64 id)
{
    QSqlQuery q = sql::exec(
        m_db, u"SELECT name, topic, required_tier, archived_at FROM channels WHERE id = ? AND kind = 'public'"_s, {id});
    if (!q.next()) {
        return std::nullopt;
    }
    return PublicChannel{id, q.value(0).toString(), q.value(1).toString(),
                         protocol::tierFromLevel(q.value(2).toLongLong()).value_or(protocol::Tier::Free),
                         !q.value(3).isNull()};
}

} // namespace guild::server
