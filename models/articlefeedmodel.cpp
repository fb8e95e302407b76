#include "articlefeedmodel.h"

#include <QLocale>
#include <QMetaObject>

#include <algorithm>
#include <cstdlib>

namespace guild::models {

ArticleFeedModel::ArticleFeedModel(QObject *parent)
    : QAbstractListModel(parent)
{}

int ArticleFeedModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_count;
}

const protocol::Article *ArticleFeedModel::articleAt(int row) const
{
    if (row < 0 || row >= m_count) {
        return nullptr;
    }
    const auto page = m_pages.constFind(row / PageSize);
    if (page == m_pages.cend() || row % PageSize >= page->size()) {
        return nullptr;
    }
    return &page->at(row % PageSize);
}

void ArticleFeedModel::requestPage(int page) const
{
    if (m_requested.contains(page)) {
        return;
    }
    m_requested.insert(page);
    const int offset = page * PageSize;
    const int count = qMin(PageSize, m_count - offset);
    // Queued: views call data() while painting, which is no place to start work or change the model.
    QMetaObject::invokeMethod(
        const_cast<ArticleFeedModel *>(this),
        [this, offset, count, generation = m_generation] {
            Q_EMIT const_cast<ArticleFeedModel *>(this)->pageNeeded(offset, count, generation);
        },
        Qt::QueuedConnection);
}

QVariant ArticleFeedModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const protocol::Article *article = articleAt(index.row());
    if (!article) {
        requestPage(index.row() / PageSize);
        if (role == Qt::AccessibleTextRole) {
            return tr("Loading…"); // what a screen reader says for a row still on its way from the cache
        }
        return role == LoadedRole ? QVariant(false) : QVariant();
    }
    switch (role) {
    case Qt::AccessibleTextRole:
        // The row as the delegate paints it, in words: title, author, when, and a lock it may have.
        return article->locked ? tr("%1, by %2, %3, locked")
                                     .arg(article->title, article->authorName,
                                          QLocale().toString(article->publishedAt.toLocalTime(), QLocale::ShortFormat))
                               : tr("%1, by %2, %3")
                                     .arg(article->title, article->authorName,
                                          QLocale().toString(article->publishedAt.toLocalTime(), QLocale::ShortFormat));
    case Qt::DisplayRole:
    case TitleRole:
        return article->title;
    case Qt::ToolTipRole:
    case SummaryRole:
        return article->summary;
    case IdRole:
        return article->id;
    case AuthorRole:
        return article->authorName;
    case TagsRole:
        return article->tags;
    case RequiredTierRole:
        return static_cast<int>(article->requiredTier);
    case LockedRole:
        return article->locked;
    case PublishedAtRole:
        return article->publishedAt;
    case LikesRole:
        return article->likeCount;
    case CommentsRole:
        return article->commentCount;
    case FeaturedRole:
        return article->featured;
    case PinnedRole:
        return article->pinned;
    case LoadedRole:
        return true;
    default:
        return {};
    }
}

QHash<int, QByteArray> ArticleFeedModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({{IdRole, "articleId"},
                  {TitleRole, "title"},
                  {SummaryRole, "summary"},
                  {AuthorRole, "author"},
                  {TagsRole, "tags"},
                  {RequiredTierRole, "requiredTier"},
                  {LockedRole, "locked"},
                  {PublishedAtRole, "publishedAt"},
                  {LikesRole, "likes"},
                  {CommentsRole, "comments"},
                  {LoadedRole, "loaded"},
                  {FeaturedRole, "featured"},
                  {PinnedRole, "pinned"}});
    return names;
}

void ArticleFeedModel::reset(int count)
{
    beginResetModel();
    m_count = qMax(0, count);
    ++m_generation;
    m_pages.clear();
    m_requested.clear();
    endResetModel();
}

void ArticleFeedModel::setPage(int offset, const QList<protocol::Article> &articles)
{
    if (offset % PageSize != 0 || offset >= m_count || articles.isEmpty()) {
        return;
    }
    const int count = qMin<int>(static_cast<int>(articles.size()), m_count - offset);
    const int given = offset / PageSize;
    m_pages.insert(given, articles.mid(0, count));
    // Views ask for the rows they show, so the page furthest from the newest is the least likely on
    // screen. Without a bound, scrolling through 100,000 rows kept every page it passed.
    while (m_pages.size() > PagesKept) {
        const auto furthest = std::max_element(m_pages.keyBegin(), m_pages.keyEnd(), [given](int a, int b) {
            return std::abs(a - given) < std::abs(b - given);
        });
        const int page = *furthest;
        m_pages.remove(page);
        m_requested.remove(page);
    }
    Q_EMIT dataChanged(index(offset), index(offset + count - 1));
}

void ArticleFeedModel::updateArticle(const protocol::Article &article)
{
    for (auto page = m_pages.begin(); page != m_pages.end(); ++page) {
        for (qsizetype i = 0; i < page->size(); ++i) {
            if (page->at(i).id == article.id) {
                protocol::Article &row = (*page)[i];
                row = article;
                row.body.clear();
                const QModelIndex changed = index(page.key() * PageSize + int(i));
                Q_EMIT dataChanged(changed, changed);
                return;
            }
        }
    }
}

} // namespace guild::models
