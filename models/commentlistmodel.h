#pragma once

#include "protocol/types.h"

#include <QAbstractListModel>

namespace guild::models {

/// The comments under one article, oldest first, as they are loaded page by page and written.
class CommentListModel final : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        AuthorRole,
        BodyRole,
        CreatedAtRole,
        AuthorIdRole,
    };
    Q_ENUM(Role)

    using QAbstractListModel::QAbstractListModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// Empties the list for the comments of `articleId`.
    void reset(qint64 articleId);
    /// Adds a page as loaded from the server; the next page starts after its last comment.
    void addPage(const QList<protocol::Comment> &comments);
    /// Adds one comment (the member's own, just written) in its place by id, without moving where the
    /// next page starts: comments written by others before it may still be unloaded.
    void addOne(const protocol::Comment &comment);
    qint64 articleId() const { return m_articleId; }
    /// Where the next page starts: the id of the last comment loaded page by page.
    qint64 nextPageAfter() const { return m_pagedTo; }

private:
    void insert(const protocol::Comment &comment);

    qint64 m_articleId = 0;
    qint64 m_pagedTo = 0;
    QList<protocol::Comment> m_comments;
};

} // namespace guild::models
