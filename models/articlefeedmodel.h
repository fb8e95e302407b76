#pragma once

#include "protocol/types.h"

#include <QAbstractListModel>
#include <QHash>
#include <QSet>

namespace guild::models {

/// The article feed as a list model that knows the full row count up front but holds only the pages
/// it was given, and only so many of them. A row not loaded yet answers placeholder data and asks for its page through
/// pageNeeded(); whoever owns the data (FeedService) answers with setPage(). The model does no I/O.
class ArticleFeedModel final : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        TitleRole,
        SummaryRole,
        AuthorRole,
        TagsRole,
        RequiredTierRole,
        LockedRole,
        PublishedAtRole,
        LikesRole,
        CommentsRole,
        LoadedRole,
        FeaturedRole,
        PinnedRole,
    };
    Q_ENUM(Role)

    static constexpr int PageSize = 50;
    /// Pages held at most (2,000 rows, screens of them either side of any view); past that, the page
    /// furthest from the one just given goes, and is asked for again if a view comes back to it.
    static constexpr int PagesKept = 40;

    explicit ArticleFeedModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// Starts over with `count` rows, none loaded.
    void reset(int count);
    /// Fills rows [offset, offset + articles.size()); ignored when it no longer fits (a reset came between).
    void setPage(int offset, const QList<protocol::Article> &articles);
    /// Refreshes a loaded row with what the server now says of its article (likes, comments); the body
    /// is not kept, as the feed never shows it.
    void updateArticle(const protocol::Article &article);
    /// The article at `row` if its page is loaded.
    const protocol::Article *articleAt(int row) const;
    int generation() const { return m_generation; }

Q_SIGNALS:
    /// Asked once per page; `generation` lets the answer be matched to the reset it belongs to.
    void pageNeeded(int offset, int count, int generation);

private:
    void requestPage(int page) const;

    int m_count = 0;
    int m_generation = 0;
    QHash<int, QList<protocol::Article>> m_pages;
    mutable QSet<int> m_requested;
};

} // namespace guild::models
