#include "chatservice.h"

#include "authservice.h"
#include "clock.h"
#include "storage/chatrepository.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "storage/userrepository.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace guild::server {

using namespace protocol;
using namespace protocol::chat;

ChatService::ChatService(Database &database)
    : m_database(database)
{}

void ChatService::setOnRead(std::function<void(QSqlDatabase &, qint64, qint64, qint64)> hook)
{
    m_onRead = std::move(hook);
}

void ChatService::setOnAppend(std::function<void(QSqlDatabase &, const Message &)> hook)
{
    m_onAppend = std::move(hook);
}

bool ChatService::isValidClientId(const QString &clientId)
{
    static const QRegularExpression pattern(u"^[A-Za-z0-9{}_-]{1,%1}$"_s.arg(chat::limits::ClientIdMax));
    return pattern.match(clientId).hasMatch();
}

QList<Channel> ChatService::readableChannels(const AuthUser &user)
{
    ChatRepository repo(m_database.connection());
    const QHash<qint64, qint64> markers = repo.readMarkers(user.id);
    QList<Channel> readable;
    for (Channel c : repo.channelsFor(user.id)) {
        if (tierCovers(user.tier, c.requiredTier)) {
            c.lastReadSeq = markers.value(c.id);
            readable.append(c);
        }
    }
    return readable;
}

Result<qint64> ChatService::markRead(const AuthUser &user, qint64 channelId, qint64 seq)
{
    const Result<Channel> channel = readable(user, channelId);
    if (!channel.ok()) {
        return channel.error();
    }
    if (seq < 0) {
        return ApiError{400, QString(chat::errors::BadFrame), u"'seq' must be >= 0."_s};
    }
    QSqlDatabase db = m_database.connection();
    sql::Transaction tx(db);
    const qint64 marker =
        ChatRepository(db).advanceReadMarker(user.id, channelId, qMin(seq, channel.value().lastSeq), nowMs());
    if (m_onRead) {
        m_onRead(db, user.id, channelId, marker);
    }
    tx.commit();
    return marker;
}

Result<Channel> ChatService::readable(const AuthUser &user, qint64 channelId)
{
    ChatRepository repo(m_database.connection());
    const auto channel = repo.channel(channelId, user.id);
    // Someone else's direct conversation looks exactly like no channel at all.
    if (!channel || (channel->direct && !repo.isMember(channelId, user.id))) {
        return ApiError{404, QString(chat::errors::NoSuchChannel), u"No such channel."_s};
    }
    if (!tierCovers(user.tier, channel->requiredTier)) {
        return ApiError{403, QString(chat::errors::MembershipRequired),
                        u"This channel is for %1 members."_s.arg(tierCode(channel->requiredTier))};
    }
    return *channel;
}

Result<SendOutcome> ChatService::send(const AuthUser &user, qint64 channelId, const QString &clientId,
                                      const QString &body, qint64 replyTo)
{
    if (!isValidClientId(clientId)) {
        return ApiError{400, QString(chat::errors::BadFrame),
                        u"'clientId' must be 1 to 64 letters, digits, - _ { }."_s};
    }
    if (body.trimmed().isEmpty() || body.size() > chat::limits::MessageBodyMax || body.contains(QChar(0))) {
        return ApiError{400, QString(chat::errors::BadFrame),
                        u"'body' must be 1 to %1 characters."_s.arg(chat::limits::MessageBodyMax)};
    }
    if (auto channel = readable(user, channelId); !channel.ok()) {
        return channel.error();
    }
    QSqlDatabase db = m_database.connection();
    ChatRepository repo(db);
    sql::Transaction tx(db);
    if (auto existing = repo.findByClientId(user.id, clientId)) {
        return SendOutcome{*existing, true};
    }
    if (replyTo > 0 &&
        !sql::scalar(db, u"SELECT 1 FROM messages WHERE id = ? AND channel_id = ?"_s, {replyTo, channelId}).isValid()) {
        return ApiError{400, QString(chat::errors::BadFrame), u"'replyTo' names no message of this channel."_s};
    }
    const Message message = repo.append(channelId, user.id, clientId, body, replyTo, nowMs());
    if (m_onAppend) {
        m_onAppend(db, message);
    }
    tx.commit();
    return SendOutcome{message, false};
}

Result<HistoryPage> ChatService::history(const AuthUser &user, qint64 channelId, const HistoryQuery &query)
{
    if (auto channel = readable(user, channelId); !channel.ok()) {
        return channel.error();
    }
    const int limit = std::clamp(query.limit, 1, chat::limits::HistoryPageMax);
    const bool forward = query.after.has_value();
    ChatRepository repo(m_database.connection());
    HistoryPage page;
    page.messages = repo.range(channelId, qMax<qint64>(0, query.after.value_or(0)), qMax<qint64>(0, query.before),
                               limit + 1, !forward);
    page.hasMore = page.messages.size() > limit;
    if (page.hasMore) {
        // Drop the extra row on the far side from where the reader is heading.
        if (forward) {
            page.messages.removeLast();
        } else {
            page.messages.removeFirst();
        }
    }
    return page;
}

Result<DirectOutcome> ChatService::openDirect(const AuthUser &user, const QString &username)
{
    const QString name = username.trimmed().toLower();
    QSqlDatabase db = m_database.connection();
    const auto peer = AuthService::isValidUsername(name) ? UserRepository(db).findByUsername(name) : std::nullopt;
    if (!peer || peer->user.id == user.id) {
        return ApiError{404, QString(chat::errors::NoSuchMember),
                        u"No other member is called '%1'."_s.arg(name.left(32))};
    }
    sql::Transaction tx(db);
    ChatRepository repo(db);
    const qint64 id = repo.openDirect(user.id, peer->user.id, nowMs());
    if (m_onDirect) {
        m_onDirect(db, id, user.id, peer->user.id);
    }
    tx.commit();
    return DirectOutcome{id, peer->user.id};
}

std::optional<Channel> ChatService::channelFor(qint64 viewerId, qint64 channelId)
{
    ChatRepository repo(m_database.connection());
    auto channel = repo.channel(channelId, viewerId);
    if (channel) {
        channel->lastReadSeq = repo.readMarkers(viewerId).value(channelId);
    }
    return channel;
}

void ChatService::setOnDirect(std::function<void(QSqlDatabase &, qint64, qint64, qint64)> hook)
{
    m_onDirect = std::move(hook);
}

std::optional<Message> ChatService::messageAt(qint64 channelId, qint64 seq)
{
    return ChatRepository(m_database.connection()).bySeq(channelId, seq);
}

} // namespace guild::server
