#include "chatmessagemodel.h"

#include <QLocale>
#include <QRegularExpression>

#include <algorithm>

namespace guild::models {

using protocol::chat::Message;

namespace {
constexpr qint64 GroupGapSecs = 5 * 60;
}

ChatMessageModel::ChatMessageModel(QObject *parent)
    : QAbstractListModel(parent)
{}

int ChatMessageModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

const Message *ChatMessageModel::previous(int row) const
{
    return row > 0 ? &m_rows.at(row - 1).message : nullptr;
}

QVariant ChatMessageModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Row &row = m_rows.at(index.row());
    const Message &m = row.message;
    switch (role) {
    case Qt::AccessibleTextRole: {
        // The row as it is painted, in words: who, what, when.
        const QString when = QLocale().toString(m.createdAt.toLocalTime(), QLocale::ShortFormat);
        return m.deleted ? tr("%1 deleted a message, %2").arg(m.senderName, when)
                         : tr("%1: %2, %3").arg(m.senderName, m.body, when);
    }
    case Qt::DisplayRole:
    case BodyRole:
        return m.body;
    case SenderRole:
        return m.senderName;
    case CreatedAtRole:
        return m.createdAt;
    case SeqRole:
        return m.seq;
    case ClientIdRole:
        return m.clientId;
    case StateRole:
        return static_cast<int>(row.state);
    case MineRole:
        return m_myUserId != 0 && m.senderId == m_myUserId;
    case SenderIdRole:
        return m.senderId;
    case IdRole:
        return m.id;
    case ReplyToRole:
        return m.replyTo;
    case ReplyQuoteRole: {
        if (m.replyTo <= 0) {
            return {};
        }
        const Message *original = messageById(m.replyTo);
        if (!original) {
            return QString();
        }
        // A one-line gist: code fences are markup, not words.
        static const QRegularExpression fence(QStringLiteral("```[\\w+#-]*"));
        return QVariant(original->senderName + QStringLiteral(": ") +
                        QString(original->body).remove(fence).simplified().left(80));
    }
    case ReplyQuoteDeletedRole: {
        const Message *original = m.replyTo > 0 ? messageById(m.replyTo) : nullptr;
        return original && original->deleted;
    }
    case EditedRole:
        return m.editedAt.isValid() && !m.deleted;
    case DeletedRole:
        return m.deleted;
    case ReactionsRole: {
        QVariantList list;
        for (const protocol::chat::Reaction &r : m.reactions) {
            list.append(QVariantMap{{QStringLiteral("emoji"), r.emoji},
                                    {QStringLiteral("count"), r.userIds.size()},
                                    {QStringLiteral("mine"), m_myUserId != 0 && r.userIds.contains(m_myUserId)}});
        }
        return list;
    }
    case ReplyCountRole:
        return m.id > 0 ? m_replyCounts.value(m.id) : 0;
    case FirstUnreadRole:
        return m_firstUnreadSeq > 0 && row.state == State::Sent && m.seq == m_firstUnreadSeq;
    case FirstOfDayRole: {
        const Message *prev = previous(index.row());
        return !prev || prev->createdAt.toLocalTime().date() != m.createdAt.toLocalTime().date();
    }
    case FirstOfGroupRole: {
        const Message *prev = previous(index.row());
        return !prev || prev->senderId != m.senderId || prev->createdAt.secsTo(m.createdAt) > GroupGapSecs ||
               prev->createdAt.toLocalTime().date() != m.createdAt.toLocalTime().date();
    }
    default:
        return {};
    }
}

QHash<int, QByteArray> ChatMessageModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({{BodyRole, "body"},
                  {SenderRole, "sender"},
                  {CreatedAtRole, "createdAt"},
                  {SeqRole, "seq"},
                  {ClientIdRole, "clientId"},
                  {StateRole, "state"},
                  {FirstOfGroupRole, "firstOfGroup"},
                  {FirstOfDayRole, "firstOfDay"},
                  {MineRole, "mine"},
                  {SenderIdRole, "senderId"},
                  {FirstUnreadRole, "firstUnread"},
                  {IdRole, "messageId"},
                  {ReplyToRole, "replyTo"},
                  {ReplyQuoteRole, "replyQuote"},
                  {ReplyQuoteDeletedRole, "replyQuoteDeleted"},
                  {EditedRole, "edited"},
                  {DeletedRole, "deleted"},
                  {ReactionsRole, "reactions"},
                  {ReplyCountRole, "replyCount"}});
    return names;
}

void ChatMessageModel::reset(qint64 channelId, QList<Message> stored, const QList<Message> &pending, bool hasOlder)
{
    beginResetModel();
    m_channelId = channelId;
    m_hasOlder = hasOlder;
    m_firstUnreadSeq = 0;
    std::sort(stored.begin(), stored.end(), [](const Message &a, const Message &b) { return a.seq < b.seq; });
    stored.erase(
        std::unique(stored.begin(), stored.end(), [](const Message &a, const Message &b) { return a.seq == b.seq; }),
        stored.end());
    m_rows.clear();
    m_replyCounts.clear();
    m_rows.reserve(stored.size() + pending.size());
    for (const Message &m : std::as_const(stored)) {
        m_rows.append({m, State::Sent});
        countReply(m);
    }
    m_storedCount = m_rows.size();
    for (const Message &m : pending) {
        m_rows.append({m, State::Sending});
    }
    endResetModel();
}

qsizetype ChatMessageModel::pendingIndex(const QString &clientId) const
{
    for (qsizetype i = m_storedCount; i < m_rows.size(); ++i) {
        if (m_rows.at(i).message.clientId == clientId) {
            return i;
        }
    }
    return -1;
}

void ChatMessageModel::upsert(const Message &message)
{
    if (message.channelId != m_channelId) {
        return;
    }
    const auto begin = m_rows.begin();
    const auto end = m_rows.begin() + m_storedCount;
    const auto at =
        std::lower_bound(begin, end, message.seq, [](const Row &r, qint64 seq) { return r.message.seq < seq; });
    if (at != end && at->message.seq == message.seq) {
        if (message.rev > at->message.rev) {
            replaceRow(static_cast<int>(at - begin), message);
        }
        return; // already here
    }
    if (at == begin && m_hasOlder && m_storedCount > 0) {
        return; // older than the loaded window: it is in the cache and comes in with prependOlder()
    }
    const int position = static_cast<int>(at - begin);
    // Its pending copy, if any, leaves the tail first.
    if (const qsizetype pending = pendingIndex(message.clientId); pending >= 0 && !message.clientId.isEmpty()) {
        beginRemoveRows({}, static_cast<int>(pending), static_cast<int>(pending));
        m_rows.removeAt(pending);
        endRemoveRows();
    }
    beginInsertRows({}, position, position);
    m_rows.insert(position, {message, State::Sent});
    ++m_storedCount;
    endInsertRows();
    countReply(message);
    if (const Message *root = message.replyTo > 0 ? messageById(message.replyTo) : nullptr) {
        const int rootRow = rowOfSeq(root->seq);
        Q_EMIT dataChanged(index(rootRow), index(rootRow), {ReplyCountRole});
    }
    // Grouping of the next row may change with a new neighbour.
    if (position + 1 < m_rows.size()) {
        Q_EMIT dataChanged(index(position + 1), index(position + 1), {FirstOfGroupRole, FirstOfDayRole});
    }
}

void ChatMessageModel::prependOlder(QList<Message> older, bool hasOlder)
{
    m_hasOlder = hasOlder;
    const qint64 oldest = oldestSeq();
    older.erase(
        std::remove_if(older.begin(), older.end(),
                       [oldest](const Message &m) { return m.channelId != 0 && oldest > 0 && m.seq >= oldest; }),
        older.end());
    std::sort(older.begin(), older.end(), [](const Message &a, const Message &b) { return a.seq < b.seq; });
    older.erase(
        std::unique(older.begin(), older.end(), [](const Message &a, const Message &b) { return a.seq == b.seq; }),
        older.end());
    if (older.isEmpty()) {
        return;
    }
    beginInsertRows({}, 0, static_cast<int>(older.size()) - 1);
    QList<Row> rows;
    rows.reserve(older.size() + m_rows.size());
    for (const Message &m : std::as_const(older)) {
        rows.append({m, State::Sent}); // their thread roots are older still: no shown row changes
        countReply(m);
    }
    rows += m_rows;
    m_rows = std::move(rows);
    m_storedCount += older.size();
    endInsertRows();
    // The first previously shown row may now belong to the group above it.
    const int first = static_cast<int>(older.size());
    if (first < m_rows.size()) {
        Q_EMIT dataChanged(index(first), index(first), {FirstOfGroupRole, FirstOfDayRole});
    }
}

void ChatMessageModel::setFirstUnreadSeq(qint64 seq)
{
    const int before = firstUnreadRow();
    m_firstUnreadSeq = seq;
    const int after = firstUnreadRow();
    for (int row : {before, after}) {
        if (row >= 0) {
            Q_EMIT dataChanged(index(row), index(row), {FirstUnreadRole});
        }
    }
}

int ChatMessageModel::firstUnreadRow() const
{
    return m_firstUnreadSeq > 0 ? rowOfSeq(m_firstUnreadSeq) : -1;
}

const Message *ChatMessageModel::messageById(qint64 id) const
{
    // Within one channel the server hands out ids in seq order (both are taken in the same serialised
    // transaction), so the stored rows are sorted by id as well.
    const auto begin = m_rows.cbegin();
    const auto end = m_rows.cbegin() + m_storedCount;
    const auto at = std::lower_bound(begin, end, id, [](const Row &r, qint64 wanted) { return r.message.id < wanted; });
    return at != end && at->message.id == id ? &at->message : nullptr;
}

int ChatMessageModel::rowOfSeq(qint64 seq) const
{
    const auto begin = m_rows.cbegin();
    const auto end = m_rows.cbegin() + m_storedCount;
    const auto at = std::lower_bound(begin, end, seq, [](const Row &r, qint64 s) { return r.message.seq < s; });
    return at != end && at->message.seq == seq ? static_cast<int>(at - begin) : -1;
}

void ChatMessageModel::update(const Message &message)
{
    if (message.channelId != m_channelId) {
        return;
    }
    const int row = rowOfSeq(message.seq);
    if (row >= 0 && (message.rev > m_rows.at(row).message.rev || message.rev == 0)) {
        replaceRow(row, message);
    }
}

void ChatMessageModel::replaceRow(int row, const Message &message)
{
    m_rows[row].message = message;
    Q_EMIT dataChanged(index(row), index(row));
    // Replies quote it: their quotes change too. Edits are rare; a scan of the window is fine.
    for (qsizetype i = row + 1; i < m_storedCount; ++i) {
        if (m_rows.at(i).message.replyTo == message.id) {
            Q_EMIT dataChanged(index(static_cast<int>(i)), index(static_cast<int>(i)),
                               {ReplyQuoteRole, ReplyQuoteDeletedRole});
        }
    }
}

void ChatMessageModel::countReply(const Message &message)
{
    if (message.replyTo > 0) {
        ++m_replyCounts[message.replyTo];
    }
}

void ChatMessageModel::addPending(const Message &message)
{
    if (message.channelId != m_channelId || pendingIndex(message.clientId) >= 0) {
        return;
    }
    const int row = static_cast<int>(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows.append({message, State::Sending});
    endInsertRows();
}

void ChatMessageModel::markFailed(const QString &clientId)
{
    const qsizetype row = pendingIndex(clientId);
    if (row < 0) {
        return;
    }
    m_rows[row].state = State::Failed;
    Q_EMIT dataChanged(index(static_cast<int>(row)), index(static_cast<int>(row)), {StateRole});
}

} // namespace guild::models
