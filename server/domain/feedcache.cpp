#include "feedcache.h"

namespace guild::server {

namespace {
constexpr qsizetype EntryBytes = 128;
}

FeedCache::FeedCache(qsizetype budgetBytes)
    : m_budgetBytes(budgetBytes)
{}

qsizetype FeedCache::estimatedBytes(const QList<ArticleRow> &rows)
{
    qsizetype bytes = 0;
    for (const ArticleRow &row : rows) {
        const protocol::Article &a = row.article;
        qsizetype characters = a.title.size() + a.summary.size() + a.body.size() + a.authorName.size();
        for (const QString &tag : a.tags) {
            characters += tag.size();
        }
        bytes += characters * qsizetype(sizeof(QChar)) + 512; // the strings' headers, dates, numbers
    }
    return bytes;
}

std::optional<QList<ArticleRow>> FeedCache::find(const QString &query, qint64 version)
{
    const QMutexLocker lock(&m_mutex);
    if (version != m_version) {
        m_pages.clear();
        m_bytes = 0;
        m_version = version;
        return std::nullopt;
    }
    const auto it = m_pages.constFind(query);
    if (it == m_pages.cend()) {
        return std::nullopt;
    }
    return it.value(); // implicitly shared: the caller's changes detach its own copy
}

QList<ArticleRow> FeedCache::findOrRead(const QString &query, qint64 version,
                                        const std::function<QList<ArticleRow>()> &read)
{
    if (auto kept = find(query, version)) {
        return std::move(*kept);
    }
    QList<ArticleRow> rows = read();
    keep(query, rows, version);
    return rows;
}

void FeedCache::keep(const QString &query, const QList<ArticleRow> &rows, qint64 version)
{
    const QMutexLocker lock(&m_mutex);
    // Rows read under another version than the last one seen are not kept: an older one may miss a
    // change, and a newer one is about to drop them anyway.
    if (version != m_version) {
        return;
    }
    // The key and the hash's own entry count too: an empty answer (an unknown id) is not free to keep.
    const qsizetype bytes = estimatedBytes(rows) + query.size() * qsizetype(sizeof(QChar)) + EntryBytes;
    if (m_bytes + bytes > m_budgetBytes) {
        m_pages.clear(); // deep cursors of many queries; simpler than an order of use
        m_bytes = 0;
    }
    if (const auto before = m_pages.constFind(query); before != m_pages.cend()) {
        m_bytes -= estimatedBytes(*before) + query.size() * qsizetype(sizeof(QChar)) +
                   EntryBytes; // two requests read the same page at once
    }
    m_pages.insert(query, rows);
    m_bytes += bytes;
}

} // namespace guild::server
