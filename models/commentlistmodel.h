#pragma once

#include "protocol/types.h"

#include <QAbstractListModel>
#include <QDateTime>

namespace guild::models {

/// The comments under one article, oldest first, as they are loaded page by page and written; after
/// them the member's own comments the server does not have yet (sending, or refused with its reason).
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
        StateRole,   ///< a State
        ErrorRole,   ///< why the server refused a pending comment
        WriteIdRole, ///< the write outbox's id of a pending comment
    };
    Q_ENUM(Role)
    enum class State
    {
        Posted,
        Sending,
        Refused
    };
    Q_ENUM(State)

    /// One of the member's comments on its way.
    struct Pending
    {
        qint64 writeId = 0;
        QString body;
        QString author;
        QDateTime queuedAt;
        QString error; ///< empty while sending
    };

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
    /// The member's comments on their way, shown after the others (replacing those shown before).
    void setPending(const QList<Pending> &pending);
    void addPending(const Pending &pending);
    /// A pending comment the server refused (`error`), or that goes again (empty).
    void setPendingError(qint64 writeId, const QString &error);
    void removePending(qint64 writeId);
    /// The server has pending comment `writeId`: it leaves the pending ones, `comment` joins the list.
    void posted(qint64 writeId, const protocol::Comment &comment);
    qsizetype pendingCount() const { return m_pending.size(); }
    qint64 articleId() const { return m_articleId; }
    /// Where the next page starts: the id of the last comment loaded page by page.
    qint64 nextPageAfter() const { return m_pagedTo; }

private:
    void insert(const protocol::Comment &comment);
    int pendingRow(qint64 writeId) const;

    qint64 m_articleId = 0;
    qint64 m_pagedTo = 0;
    QList<protocol::Comment> m_comments;
    QList<Pending> m_pending;
};

} // namespace guild::models
