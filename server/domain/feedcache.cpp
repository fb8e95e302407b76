#include "feedcache.h"

namespace guild::server {

FeedCache::FeedCache(int capacity)
    : m_capacity(capacity)
{}

std::optional<QList<ArticleRow>> FeedCache::find(const QString &query, qint64 version)
{
    const QMutexLocker lock(&m_mutex);
    if (version != m_version) {
        m_pages.clear();
        m_version = version;
        return std::nullopt;
    }
    const auto it = m_pages.constFind(query);
    if (it == m_pages.cend()) {
        return std::nullopt;
    }
    return it.value(); // implicitly shared: the caller's changes detach its own copy
}

void FeedCache::keep(const QString &query, const QList<ArticleRow> &rows, qint64 version)
{
    const QMutexLocker lock(&m_mutex);
    // Rows read under another version than the last one seen are not kept: an older one may miss a
    // change, and a newer one is about to drop them anyway.
    if (version != m_version) {
        return;
    }
    if (m_pages.size() >= m_capacity) {
        m_pages.clear(); // deep cursors of many queries; simpler than an order of use
    }
    m_pages.insert(query, rows);
}

} // namespace guild::server
