#include "commentlistmodel.h"

#include <algorithm>

namespace guild::models {

int CommentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_comments.size());
}

QVariant CommentListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const protocol::Comment &c = m_comments.at(index.row());
    switch (role) {
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
            {AuthorIdRole, "authorId"}};
}

void CommentListModel::reset(qint64 articleId)
{
    beginResetModel();
    m_articleId = articleId;
    m_pagedTo = 0;
    m_comments.clear();
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
    const int row = int(at - m_comments.cbegin());
    beginInsertRows({}, row, row);
    m_comments.insert(row, c);
    endInsertRows();
}

} // namespace guild::models
