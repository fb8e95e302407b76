#include "chatservice.h"

#include "authservice.h"
#include "clock.h"
#include "storage/chatrepository.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "storage/userrepository.h"

#include <QLoggingCategory>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace guild::server {

namespace {
Q_LOGGING_CATEGORY(lcChatService, "guild.server.chat")
}

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
    if (replyTo > 0) {
        // Threads are flat: a reply to a reply joins the thread of the message it answers.
        const std::optional<qint64> root = repo.threadRootOf(replyTo, channelId);
        if (!root) {
            return ApiError{400, QString(chat::errors::BadFrame), u"'replyTo' names no message of this channel."_s};
        }
        replyTo = *root;
    }
    const Message message = repo.append(channelId, user.id, clientId, body, replyTo, nowMs());
    if (m_onAppend) {
        m_onAppend(db, message);
    }
    tx.commit();
    return SendOutcome{message, false};
}

QList<Result<SendOutcome>> ChatService::sendMany(const QList<SendRequest> &sends)
{
    QList<Result<SendOutcome>> results;
    results.reserve(sends.size());
    QSqlDatabase db = m_database.connection();
    sql::Transaction tx(db);
    for (const SendRequest &s : sends) {
        try {
            results.append(send(s.user, s.channelId, s.clientId, s.body, s.replyTo));
        } catch (const sql::Error &e) {
            // Its savepoint is rolled back; the others are kept.
            qCWarning(lcChatService).noquote() << "a send failed:" << e.sqlError().text();
            results.append(ApiError::internal());
        }
    }
    tx.commit();
    return results;
}

Result<HistoryPage> ChatService::history(const AuthUser &user, qint64 channelId, const HistoryRequest &query)
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

std::optional<Message> ChatService::messageById(qint64 id)
{
    return ChatRepository(m_database.connection()).byId(id);
}

void ChatService::setOnChange(std::function<void(QSqlDatabase &, const Message &)> hook)
{
    m_onChange = std::move(hook);
}

void ChatService::setOnNotify(std::function<void(QSqlDatabase &, qint64, const NotifyPref &)> hook)
{
    m_onNotify = std::move(hook);
}

Result<Message> ChatService::readableMessage(const AuthUser &user, qint64 messageId)
{
    const auto message = messageId > 0 ? ChatRepository(m_database.connection()).byId(messageId) : std::nullopt;
    if (!message) {
        return ApiError{404, QString(chat::errors::NoSuchMessage), u"No such message."_s};
    }
    if (auto channel = readable(user, message->channelId); !channel.ok()) {
        if (channel.error().status == 404) {
            return ApiError{404, QString(chat::errors::NoSuchMessage), u"No such message."_s};
        }
        return channel.error();
    }
    return *message;
}

template <typename Change>
Result<ChangeOutcome> ChatService::change(qint64 messageId, Change apply)
{
    QSqlDatabase db = m_database.connection();
    ChatRepository repo(db);
    sql::Transaction tx(db);
    // Read again inside the transaction: a concurrent delete or edit may have won.
    auto current = repo.byId(messageId);
    if (!current) {
        return ApiError{404, QString(chat::errors::NoSuchMessage), u"No such message."_s};
    }
    const Result<bool> changed = apply(repo, *current);
    if (!changed.ok()) {
        return changed.error();
    }
    if (!changed.value()) {
        return ChangeOutcome{*current, false};
    }
    repo.setRev(messageId, repo.takeRev(current->channelId));
    Message updated = *repo.byId(messageId);
    if (m_onChange) {
        m_onChange(db, updated);
    }
    tx.commit();
    return ChangeOutcome{updated, true};
}

Result<ChangeOutcome> ChatService::edit(const AuthUser &user, qint64 messageId, const QString &body)
{
    if (body.trimmed().isEmpty() || body.size() > chat::limits::MessageBodyMax || body.contains(QChar(0))) {
        return ApiError{400, QString(chat::errors::BadFrame),
                        u"'body' must be 1 to %1 characters."_s.arg(chat::limits::MessageBodyMax)};
    }
    if (auto message = readableMessage(user, messageId); !message.ok()) {
        return message.error();
    }
    return change(messageId, [&](ChatRepository &repo, const Message &m) -> Result<bool> {
        if (m.senderId != user.id) {
            return ApiError{403, QString(chat::errors::NotAllowed), u"Only the author can edit a message."_s};
        }
        if (m.deleted) {
            return ApiError{409, QString(chat::errors::NotAllowed), u"A deleted message cannot be edited."_s};
        }
        if (m.body == body) {
            return false;
        }
        repo.editBody(m.id, body, nowMs());
        return true;
    });
}

Result<ChangeOutcome> ChatService::remove(const AuthUser &user, qint64 messageId)
{
    if (auto message = readableMessage(user, messageId); !message.ok()) {
        return message.error();
    }
    return change(messageId, [&](ChatRepository &repo, const Message &m) -> Result<bool> {
        if (m.senderId != user.id && !user.isAdmin()) {
            return ApiError{403, QString(chat::errors::NotAllowed),
                            u"Only the author or an admin can delete a message."_s};
        }
        if (m.deleted) {
            return false;
        }
        repo.markDeleted(m.id, nowMs());
        return true;
    });
}

Result<ChangeOutcome> ChatService::removeByModerator(qint64 messageId)
{
    return change(messageId, [](ChatRepository &repo, const Message &m) -> Result<bool> {
        if (m.deleted) {
            return false;
        }
        repo.markDeleted(m.id, nowMs());
        return true;
    });
}

Result<ChangeOutcome> ChatService::react(const AuthUser &user, qint64 messageId, const QString &emoji, bool on)
{
    if (!chat::isValidEmoji(emoji)) {
        return ApiError{
            400, QString(chat::errors::BadFrame),
            u"'emoji' must be one emoji (1 to %1 characters, no letters or spaces)."_s.arg(chat::limits::EmojiMax)};
    }
    if (auto message = readableMessage(user, messageId); !message.ok()) {
        return message.error();
    }
    return change(messageId, [&](ChatRepository &repo, const Message &m) -> Result<bool> {
        if (m.deleted) {
            return ApiError{409, QString(chat::errors::NotAllowed), u"A deleted message takes no reactions."_s};
        }
        const bool known = std::any_of(m.reactions.cbegin(), m.reactions.cend(),
                                       [&](const chat::Reaction &r) { return r.emoji == emoji; });
        if (on && !known && repo.reactionKinds(m.id) >= chat::limits::ReactionKindsMax) {
            return ApiError{409, QString(chat::errors::NotAllowed),
                            u"A message takes at most %1 different reactions."_s.arg(chat::limits::ReactionKindsMax)};
        }
        return repo.setReaction(m.id, user.id, emoji, on, nowMs());
    });
}

Result<ChangesPage> ChatService::changes(const AuthUser &user, qint64 channelId, qint64 afterRev, qint64 uptoSeq)
{
    const Result<Channel> channel = readable(user, channelId);
    if (!channel.ok()) {
        return channel.error();
    }
    // The channel's revision was read before the messages: anything newer is at worst sent twice.
    ChangesPage page;
    page.rev = channel.value().lastRev;
    page.messages = ChatRepository(m_database.connection())
                        .changedSince(channelId, qMax<qint64>(0, afterRev), uptoSeq, chat::limits::HistoryPageMax + 1);
    page.hasMore = page.messages.size() > chat::limits::HistoryPageMax;
    if (page.hasMore) {
        page.messages.removeLast();
        page.rev = page.messages.last().rev;
    }
    return page;
}

Result<QList<Message>> ChatService::thread(const AuthUser &user, qint64 rootId)
{
    const Result<Message> root = readableMessage(user, rootId);
    if (!root.ok()) {
        return root.error();
    }
    QList<Message> list{root.value()};
    list += ChatRepository(m_database.connection())
                .replies(root.value().replyTo > 0 ? root.value().replyTo : rootId, chat::limits::HistoryPageMax);
    return list;
}

QList<NotifyPref> ChatService::notifyLevels(const AuthUser &user)
{
    return ChatRepository(m_database.connection()).notifyLevels(user.id);
}

Result<NotifyPref> ChatService::setNotifyLevel(const AuthUser &user, const NotifyPref &pref)
{
    if (auto channel = readable(user, pref.channelId); !channel.ok()) {
        return channel.error();
    }
    QSqlDatabase db = m_database.connection();
    if (pref.threadId != 0 && !ChatRepository(db).isThreadRoot(pref.threadId, pref.channelId)) {
        return ApiError{404, QString(chat::errors::NoSuchMessage), u"'threadId' names no thread of this channel."_s};
    }
    sql::Transaction tx(db);
    ChatRepository(db).setNotifyLevel(user.id, pref, nowMs());
    if (m_onNotify) {
        m_onNotify(db, user.id, pref);
    }
    tx.commit();
    return pref;
}

} // namespace guild::server
