#include "chatstore.h"

#include "cachesql.h"
#include "search/searchquery.h"
#include "searchhits.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace guild::app {

using namespace protocol;
using namespace protocol::chat;
using cachesql::text;

namespace {

// Columns in the order readMessage() expects.
// Chat is about now: its searches (the chat's own and the search box's) list the newest matches first,
// as chat apps do, which also keeps a common word over a million messages as quick as a rare one.
// ChatAgeFactor (a month's age halves a rank) orders them all the same, their rank being 0; its one
// value is now (ms).
const QString ChatAgeFactor = u"(1.0 + MAX(0, ? - m.created_at) / 2592000000.0)"_s;

const QString MessageColumns =
    u"SELECT m.id, m.seq, m.client_id, m.sender_id, m.sender, m.body, m.reply_to, m.created_at, m.channel_id, "
    "m.rev, m.edited_at, m.deleted, m.reactions FROM chat_messages m "_s;

// Reactions are kept as the JSON the server sends: [{"emoji", "users": [ids]}].
QString encodeReactions(const QList<Reaction> &reactions)
{
    if (reactions.isEmpty()) {
        return u""_s;
    }
    Message carrier;
    carrier.reactions = reactions;
    return QString::fromUtf8(
        QJsonDocument(carrier.toJson().value(u"reactions"_s).toArray()).toJson(QJsonDocument::Compact));
}

QList<Reaction> decodeReactions(const QString &json)
{
    if (json.isEmpty()) {
        return {};
    }
    QJsonObject carrier{{u"id"_s, 0}, {u"seq"_s, 0}, {u"body"_s, u""_s}};
    carrier.insert(u"reactions"_s, QJsonDocument::fromJson(json.toUtf8()).array());
    const auto m = Message::fromJson(carrier);
    return m ? m->reactions : QList<Reaction>();
}

Message readMessage(const QSqlQuery &q)
{
    Message m;
    m.id = q.value(0).toLongLong();
    m.seq = q.value(1).toLongLong();
    m.clientId = q.value(2).toString();
    m.senderId = q.value(3).toLongLong();
    m.senderName = q.value(4).toString();
    m.body = q.value(5).toString();
    m.replyTo = q.value(6).toLongLong();
    m.createdAt = QDateTime::fromMSecsSinceEpoch(q.value(7).toLongLong(), Qt::UTC);
    m.channelId = q.value(8).toLongLong();
    m.rev = q.value(9).toLongLong();
    if (!q.value(10).isNull()) {
        m.editedAt = QDateTime::fromMSecsSinceEpoch(q.value(10).toLongLong(), Qt::UTC);
    }
    m.deleted = q.value(11).toBool();
    m.reactions = decodeReactions(q.value(12).toString());
    return m;
}

QVariant editedAt(const Message &m)
{
    return m.editedAt.isValid() ? QVariant(m.editedAt.toMSecsSinceEpoch()) : QVariant(QMetaType(QMetaType::LongLong));
}

} // namespace

bool ChatStore::saveChannels(const QList<Channel> &list)
{
    return cachesql::transaction(m_db, [&] {
        bool ok = cachesql::run(m_db, u"DELETE FROM chat_channels"_s);
        int position = 0;
        for (const Channel &c : list) {
            ok = ok && cachesql::run(m_db,
                                     u"INSERT INTO chat_channels (id, name, topic, required_tier, position, "
                                     u"last_read_seq) VALUES (?, ?, ?, ?, ?, ?)"_s,
                                     {c.id, text(c.name), text(c.topic), static_cast<int>(c.requiredTier), position++,
                                      c.lastReadSeq});
        }
        // Messages of channels the member can no longer read do not stay on disk, nor in the index.
        return ok && cachesql::run(m_db, u"DELETE FROM chat_messages WHERE channel_id NOT IN "
                                         u"(SELECT id FROM chat_channels)"_s);
    });
}

std::optional<int> ChatStore::closeAbove(protocol::Tier open)
{
    int removed = 0;
    const bool ok = cachesql::transaction(m_db, [&] {
        const QVariantList above{static_cast<int>(open)};
        auto deleted = cachesql::query(m_db,
                                       u"DELETE FROM chat_messages WHERE channel_id IN "
                                       u"(SELECT id FROM chat_channels WHERE required_tier > ?)"_s,
                                       above);
        removed = deleted ? deleted->numRowsAffected() : 0;
        return deleted && cachesql::run(m_db, u"DELETE FROM chat_channels WHERE required_tier > ?"_s, above);
    });
    return ok ? std::optional(removed) : std::nullopt;
}

QList<Channel> ChatStore::channels()
{
    QList<Channel> list;
    auto q = cachesql::query(m_db, u"SELECT c.id, c.name, c.topic, c.required_tier, "
                                   "(SELECT MAX(seq) FROM chat_messages m WHERE m.channel_id = c.id), c.last_read_seq "
                                   "FROM chat_channels c ORDER BY position"_s);
    while (q && q->next()) {
        list.append({q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString(),
                     tierFromLevel(q->value(3).toLongLong()).value_or(Tier::Premium), q->value(4).toLongLong(),
                     q->value(5).toLongLong()});
    }
    return list;
}

QList<NotifyPref> ChatStore::notifyPrefs()
{
    QList<NotifyPref> prefs;
    auto q =
        cachesql::query(m_db, u"SELECT channel_id, thread_id, level FROM chat_notify ORDER BY channel_id, thread_id"_s);
    while (q && q->next()) {
        prefs.append({q->value(0).toLongLong(), q->value(1).toLongLong(),
                      static_cast<NotifyLevel>(std::clamp(q->value(2).toInt(), 0, 2))});
    }
    return prefs;
}

bool ChatStore::setNotifyPref(const NotifyPref &pref)
{
    return cachesql::run(m_db,
                         u"INSERT INTO chat_notify (channel_id, thread_id, level) VALUES (?, ?, ?) "
                         "ON CONFLICT (channel_id, thread_id) DO UPDATE SET level = excluded.level"_s,
                         {pref.channelId, pref.threadId, static_cast<int>(pref.level)});
}

bool ChatStore::replaceNotifyPrefs(const QList<NotifyPref> &prefs)
{
    return cachesql::transaction(m_db, [&] {
        bool ok = cachesql::run(m_db, u"DELETE FROM chat_notify"_s);
        for (const NotifyPref &pref : prefs) {
            ok = ok && setNotifyPref(pref);
        }
        return ok;
    });
}

QHash<qint64, qint64> ChatStore::revisions()
{
    QHash<qint64, qint64> revs;
    auto q = cachesql::query(m_db, u"SELECT channel_id, rev FROM chat_revisions"_s);
    while (q && q->next()) {
        revs.insert(q->value(0).toLongLong(), q->value(1).toLongLong());
    }
    return revs;
}

bool ChatStore::setRevision(qint64 channelId, qint64 rev)
{
    return cachesql::run(m_db,
                         u"INSERT INTO chat_revisions (channel_id, rev) VALUES (?, ?) "
                         "ON CONFLICT (channel_id) DO UPDATE SET rev = MAX(rev, excluded.rev)"_s,
                         {channelId, rev});
}

bool ChatStore::hasMessages(qint64 channelId)
{
    auto q = cachesql::query(m_db, u"SELECT 1 FROM chat_messages WHERE channel_id = ? LIMIT 1"_s, {channelId});
    return q && q->next();
}

bool ChatStore::applyChanges(const QList<Message> &messages)
{
    return cachesql::transaction(m_db, [&] {
        bool ok = true;
        for (const Message &m : messages) {
            ok = ok && applyChange(m).has_value();
        }
        return ok;
    });
}

std::optional<bool> ChatStore::applyChange(const Message &m)
{
    // Only a newer revision replaces what is stored; rev 0 (an ack) never does.
    auto updated =
        cachesql::query(m_db,
                        u"UPDATE chat_messages SET body = ?, rev = ?, edited_at = ?, deleted = ?, reactions = ? "
                        "WHERE id = ? AND rev < ?"_s,
                        {text(m.body), m.rev, editedAt(m), m.deleted, encodeReactions(m.reactions), m.id, m.rev});
    if (!updated) {
        return std::nullopt;
    }
    if (updated->numRowsAffected() == 0) {
        return false;
    }
    return true; // chat_fts follows by its triggers (migration 009)
}

QList<std::pair<qint64, QString>> ChatStore::unreadContaining(qint64 myUserId, const QString &needle)
{
    QList<std::pair<qint64, QString>> found;
    auto q = cachesql::query(m_db,
                             u"SELECT m.channel_id, m.body FROM chat_messages m JOIN chat_channels c ON c.id = "
                             "m.channel_id WHERE m.seq > c.last_read_seq AND m.sender_id <> ? AND m.deleted = 0 "
                             "AND m.body LIKE ? ESCAPE '\\'"_s,
                             {myUserId, cachesql::likeContains(needle)});
    while (q && q->next()) {
        found.append({q->value(0).toLongLong(), q->value(1).toString()});
    }
    return found;
}

QList<Message> ChatStore::thread(qint64 rootId)
{
    auto q =
        cachesql::query(m_db, MessageColumns + u"WHERE m.id = ? OR m.reply_to = ? ORDER BY m.seq"_s, {rootId, rootId});
    QList<Message> list;
    while (q && q->next()) {
        list.append(readMessage(*q));
    }
    return list;
}

bool ChatStore::setReadMarker(qint64 channelId, qint64 seq)
{
    return cachesql::query(m_db, u"UPDATE chat_channels SET last_read_seq = MAX(last_read_seq, ?) WHERE id = ?"_s,
                           {seq, channelId})
        .has_value();
}

bool ChatStore::storeMessages(const QList<Message> &messages)
{
    return cachesql::transaction(m_db, [&] {
        bool ok = true;
        for (const Message &m : messages) {
            // Known already: at most a newer state of it (history sent again after an edit).
            const std::optional<bool> changed = applyChange(m);
            ok = ok && changed.has_value();
            if (!ok || *changed) {
                continue;
            }
            auto inserted = cachesql::query(
                m_db,
                u"INSERT INTO chat_messages (channel_id, seq, id, client_id, sender_id, sender, body, "
                u"reply_to, created_at, rev, edited_at, deleted, reactions) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"_s,
                {m.channelId, m.seq, m.id, text(m.clientId), m.senderId, text(m.senderName), text(m.body), m.replyTo,
                 m.createdAt.toMSecsSinceEpoch(), m.rev, editedAt(m), m.deleted, encodeReactions(m.reactions)});
            ok = ok && inserted.has_value(); // chat_fts follows by its triggers (migration 009)
        }
        return ok;
    });
}

QList<Message> ChatStore::messages(qint64 channelId, qint64 beforeSeq, int limit)
{
    auto q = cachesql::query(
        m_db, MessageColumns + u"WHERE m.channel_id = ? AND (? = 0 OR m.seq < ?) ORDER BY m.seq DESC LIMIT ?"_s,
        {channelId, beforeSeq, beforeSeq, limit});
    QList<Message> list;
    while (q && q->next()) {
        list.append(readMessage(*q));
    }
    std::reverse(list.begin(), list.end());
    return list;
}

qint64 ChatStore::lastStoredSeq(qint64 channelId)
{
    auto q = cachesql::query(m_db, u"SELECT MAX(seq) FROM chat_messages WHERE channel_id = ?"_s, {channelId});
    return q && q->next() ? q->value(0).toLongLong() : 0;
}

qint64 ChatStore::resumePoint(qint64 channelId)
{
    auto q =
        cachesql::query(m_db,
                        u"SELECT MIN(a.seq) FROM chat_messages a WHERE a.channel_id = ? AND NOT EXISTS "
                        "(SELECT 1 FROM chat_messages b WHERE b.channel_id = a.channel_id AND b.seq = a.seq + 1)"_s,
                        {channelId});
    return q && q->next() ? q->value(0).toLongLong() : 0;
}

QList<models::SearchHit> ChatStore::hits(const QString &typed, int limit, const models::SearchFilter &filter)
{
    return searchHits(
        m_db,
        [this](const search::SearchQuery &query) {
            const MatchedRows rows = matchedRows(m_db, ChatText, query, MatchOrder::NewestFirst);
            const QString sql =
                u"SELECT m.seq, m.channel_id, m.sender, (SELECT snippet(chat_fts, 0, char(2), char(3), '…', 16) "
                u"FROM chat_fts WHERE chat_fts MATCH ? AND rowid = m.id), m.created_at, "_s +
                QString::number(int(models::SearchHit::Kind::Message)) + u" FROM chat_messages m JOIN "_s + rows.sql +
                u" ON hit_id = m.id WHERE m.deleted = 0 AND m.created_at >= ? AND (? = 0 OR LOWER(m.sender) LIKE "
                u"? ESCAPE '\\') ORDER BY hit_rank / "_s +
                ChatAgeFactor + u", m.id DESC LIMIT ?"_s;
            return std::pair{sql, QVariantList{query.matchExpression(), rows.value}};
        },
        Ranking::RelevanceAndAge, typed, limit,
        {filter.sinceMs(), filter.author.isEmpty() ? 0 : 1, likePattern(filter.author)});
}

QList<Message> ChatStore::search(const QString &search, int limit)
{
    QList<Message> found;
    const QString term = search.simplified();
    if (term.isEmpty()) {
        return found;
    }
    const search::SearchQuery query = search::SearchQuery::parse(term, true);
    if (query.isEmpty()) {
        return found;
    }
    const MatchedRows rows = matchedRows(m_db, ChatText, query, MatchOrder::NewestFirst);
    auto q = cachesql::query(m_db,
                             MessageColumns + u"JOIN "_s + rows.sql + u" ON hit_id = m.id ORDER BY hit_rank / "_s +
                                 ChatAgeFactor + u", m.id DESC LIMIT ?"_s,
                             {rows.value, QDateTime::currentMSecsSinceEpoch(), limit});
    while (q && q->next()) {
        found.append(readMessage(*q));
    }
    return found;
}

bool ChatStore::enqueue(const OutboxEntry &entry)
{
    return cachesql::query(
               m_db,
               u"INSERT INTO chat_outbox (client_id, channel_id, body, reply_to, queued_at, position) VALUES (?, ?, ?, "
               u"?, ?, "
               "(SELECT COALESCE(MAX(position), 0) + 1 FROM chat_outbox)) ON CONFLICT DO NOTHING"_s,
               {entry.clientId, entry.channelId, text(entry.body), entry.replyTo, entry.queuedAt.toMSecsSinceEpoch()})
        .has_value();
}

bool ChatStore::dequeue(const QString &clientId)
{
    return cachesql::query(m_db, u"DELETE FROM chat_outbox WHERE client_id = ?"_s, {clientId}).has_value();
}

QList<OutboxEntry> ChatStore::outbox()
{
    QList<OutboxEntry> list;
    auto q = cachesql::query(
        m_db, u"SELECT client_id, channel_id, body, reply_to, queued_at FROM chat_outbox ORDER BY position"_s);
    while (q && q->next()) {
        list.append({q->value(0).toString(), q->value(1).toLongLong(), q->value(2).toString(), q->value(3).toLongLong(),
                     QDateTime::fromMSecsSinceEpoch(q->value(4).toLongLong(), Qt::UTC)});
    }
    return list;
}

} // namespace guild::app
