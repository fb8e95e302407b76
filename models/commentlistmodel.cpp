#include "commentlistmodel.h"

#include <algorithm>

namespace guild::models {

int CommentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_comments.size() + m_pending.size());
}

QVariant CommentListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    if (index.row() >= m_comments.size()) {
        const Pending &p = m_pending.at(index.row() - m_comments.size());
        switch (role) {
        case Qt::DisplayRole:
        case BodyRole:
            return p.body;
        case IdRole:
            return -p.writeId; // never a server's id
        case AuthorRole:
            return p.author;
        case CreatedAtRole:
            return p.queuedAt;
        case AuthorIdRole:
            return 0;
        case StateRole:
            return QVariant::fromValue(p.error.isEmpty() ? State::Sending : State::Refused);
        case ErrorRole:
            return p.error;
        case WriteIdRole:
            return p.writeId;
        default:
            return {};
        }
    }
    const protocol::Comment &c = m_comments.at(index.row());
    switch (role) {
    case StateRole:
        return QVariant::fromValue(State::Posted);
    case Qt::DisplayRole:
    case BodyRole:
        return c.body;
    case IdRole:
        return c.id;
    case AuthorRole:
        return c.authorName;
    case CreatedAtRole:
        return c.createdAt;
    case AuthorIdRole:
        return c.authorId;
    default:
        return {};
    }
}

QHash<int, QByteArray> CommentListModel::roleNames() const
{
    return {{IdRole, "id"},
            {AuthorRole, "author"},
            {BodyRole, "body"},
            {CreatedAtRole, "createdAt"},
            {AuthorIdRole, "authorId"},
            {StateRole, "state"},
            {ErrorRole, "error"},
            {WriteIdRole, "writeId"}};
}

void CommentListModel::reset(qint64 articleId)
{
    beginResetModel();
    m_articleId = articleId;
    m_pagedTo = 0;
    m_comments.clear();
    m_pending.clear();
    endResetModel();
}

void CommentListModel::addPage(const QList<protocol::Comment> &comments)
{
    for (const protocol::Comment &c : comments) {
        insert(c);
        m_pagedTo = qMax(m_pagedTo, c.id);
    }
}

void CommentListModel::addOne(const protocol::Comment &comment)
{
    insert(comment);
}

void CommentListModel::insert(const protocol::Comment &c)
{
    if (c.articleId != m_articleId) {
        return;
    }
    // Sorted by id, and each comment once: a page loaded after the member's own comment may repeat it.
    const auto at = std::lower_bound(m_comments.cbegin(), m_comments.cend(), c.id,
                                     [](const protocol::Comment &a, qint64 id) { return a.id < id; });
    if (at != m_comments.cend() && at->id == c.id) {
        return;
    }
    const int row = int(at - m_comments.cbegin()); // before the pending ones, which stay last
    beginInsertRows({}, row, row);
    m_comments.insert(row, c);
    endInsertRows();
}

int CommentListModel::pendingRow(qint64 writeId) const
{
    for (qsizetype i = 0; i < m_pending.size(); ++i) {
        if (m_pending.at(i).writeId == writeId) {
            return int(m_comments.size() + i);
        }
    }
    return -1;
}

void CommentListModel::setPending(const QList<Pending> &pending)
{
    if (!m_pending.isEmpty()) {
        beginRemoveRows({}, int(m_comments.size()), int(m_comments.size() + m_pending.size() - 1));
        m_pending.clear();
        endRemoveRows();
    }
    for (const Pending &p : pending) {
        addPending(p);
    }
}

void CommentListModel::addPending(const Pending &pending)
{
    if (pendingRow(pending.writeId) >= 0) {
        return;
    }
    const int row = rowCount();
    beginInsertRows({}, row, row);
    m_pending.append(pending);
    endInsertRows();
}

void CommentListModel::setPendingError(qint64 writeId, const QString &error)
{
    const int row = pendingRow(writeId);
    if (row < 0) {
        return;
    }
    m_pending[row - m_comments.size()].error = error;
    const QModelIndex at = index(row);
    Q_EMIT dataChanged(at, at, {StateRole, ErrorRole});
}

void CommentListModel::removePending(qint64 writeId)
{
    const int row = pendingRow(writeId);
    if (row < 0) {
        return;
    }
    beginRemoveRows({}, row, row);
    m_pending.removeAt(row - m_comments.size());
    endRemoveRows();
}

void CommentListModel::posted(qint64 writeId, const protocol::Comment &comment)
{
    removePending(writeId);
    insert(comment);
}

} // namespace guild::models
