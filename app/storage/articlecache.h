#pragma once

#include "models/searchresultmodel.h"
#include "protocol/types.h"

#include <QSqlDatabase>

#include <optional>

namespace guild::app {

/// Reads and writes cached articles. Runs only on the LocalCache worker thread, with its connection.
class ArticleCache final
{
public:
    explicit ArticleCache(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    /// Applies one page of /sync in a transaction, including the token to continue from. False on failure.
    bool applySyncPage(const protocol::SyncPage &page);
    QString syncToken();
    /// A lapsed lease: bodies of articles above `open` leave the cache (and the index), the articles
    /// show locked, and when any went the next sync starts over so a renewal brings them back. The
    /// number of bodies removed, or nothing.
    std::optional<int> closeAbove(protocol::Tier open);
    /// Number of articles matching `search` (all when empty); titles, summaries, bodies and tags are searched
    /// (search/searchquery.h: every term, "phrases", the last term as a prefix), or "#tag" browses a tag.
    /// A search counts at most SearchDepth (storage/searchhits.h) and pages through those.
    int count(const QString &search, bool digestOnly = false);
    /// Without bodies, in feed order (pinned first, then newest first), or when searching, best match
    /// first (bm25: title over tags over summary over body, newer a little ahead; a single character:
    /// newest first); `digestOnly`: featured ones only.
    QList<protocol::Article> page(const QString &search, int offset, int limit, bool digestOnly = false);
    std::optional<protocol::Article> article(qint64 id);
    /// The search box's article hits for what was typed: best first, each with its matched passage.
    QList<models::SearchHit> hits(const QString &typed, int limit, const models::SearchFilter &filter = {});
    /// Stores one article fetched outside sync (a body loaded on demand).
    bool store(const protocol::Article &article);
    /// Forgets one article (deleted on the server; the next sync would say so too).
    bool remove(qint64 id);
    /// Shows the member's like (or its withdrawal) before the server has it: likedByMe and the count
    /// move by one. The article as it now reads, or nullopt when it is not cached or already so.
    std::optional<protocol::Article> setLikedLocally(qint64 id, bool liked);
    bool clear();

private:
    bool upsert(const QList<protocol::Article> &articles);
    /// What `search` selects: the FROM and WHERE clauses and the order, each with its bound values.
    struct Selection
    {
        QString from;
        QVariantList fromBindings;
        QString order;
        QVariantList orderBindings;
        bool nothing = false; ///< a search with nothing to search for (only punctuation) finds nothing
    };
    Selection select(const QString &search, bool digestOnly) const;

    QSqlDatabase m_db;
};

} // namespace guild::app
