#include "articlecache.h"

#include "cachesql.h"
#include "search/searchquery.h"
#include "searchhits.h"

using namespace Qt::StringLiterals;

namespace guild::app {

using namespace protocol;
using cachesql::run;
using cachesql::text;

namespace {

// How well an article matches, for the feed's search and the search box alike: its rank (bm25 weighted
// by column: title, summary, body, tags; migration 011), divided by an age factor where a year's age
// halves it, so between equal matches the newer comes first without burying an old classic. The
// factor's one value is now (ms). matchedRows() keeps the SearchDepth best (or newest) matches.
QString ageFactor(const QString &publishedAt)
{
    return u"(1.0 + MAX(0, ? - %1) / 31536000000.0)"_s.arg(publishedAt);
}

const QString Columns = u"id, title, summary, author, tags, required_tier, locked, likes, comments, liked_by_me, "
                        "published_at, updated_at, featured, pinned, has_poll"_s;

Article readArticle(const QSqlQuery &q)
{
    Article a;
    a.id = q.value(0).toLongLong();
    a.title = q.value(1).toString();
    a.summary = q.value(2).toString();
    a.authorName = q.value(3).toString();
    a.tags = q.value(4).toString().split(u'\n', Qt::SkipEmptyParts);
    a.requiredTier = tierFromLevel(q.value(5).toLongLong()).value_or(Tier::Premium);
    a.locked = q.value(6).toBool();
    a.likeCount = q.value(7).toInt();
    a.commentCount = q.value(8).toInt();
    a.likedByMe = q.value(9).toBool();
    a.publishedAt = QDateTime::fromMSecsSinceEpoch(q.value(10).toLongLong(), Qt::UTC);
    a.updatedAt = QDateTime::fromMSecsSinceEpoch(q.value(11).toLongLong(), Qt::UTC);
    a.featured = q.value(12).toBool();
    a.pinned = q.value(13).toBool();
    a.hasPoll = q.value(14).toBool();
    return a;
}

} // namespace

ArticleCache::Selection ArticleCache::select(const QString &search, bool digestOnly) const
{
    const QString term = search.simplified();
    Selection s;
    const QString digest = digestOnly ? u" AND featured = 1"_s : QString();
    s.from = u" FROM articles WHERE 1 = 1"_s + digest;
    s.order = u" ORDER BY pinned DESC, published_at DESC, id DESC"_s;
    if (term.isEmpty()) {
        return s;
    }
    // "#tag" browses one tag: the whole tag, in any case (tags are stored one a line).
    if (term.startsWith(u'#') && term.size() > 1 && !term.contains(u' ')) {
        s.from += u" AND (char(10) || LOWER(tags) || char(10)) LIKE ? ESCAPE '\\'"_s;
        s.fromBindings.append(likePattern(term.mid(1), true));
        return s;
    }
    const search::SearchQuery query = search::SearchQuery::parse(term, true);
    if (query.isEmpty()) {
        s.nothing = true;
        return s;
    }
    QSqlDatabase db = m_db;
    const MatchedRows rows = matchedRows(db, ArticleText, query);
    s.from = u" FROM articles JOIN "_s + rows.sql + u" ON hit_id = articles.id WHERE 1 = 1"_s + digest;
    s.fromBindings.append(rows.value);
    s.order = u" ORDER BY hit_rank / "_s + ageFactor(u"published_at"_s) + u", id DESC"_s;
    s.orderBindings.append(QDateTime::currentMSecsSinceEpoch());
    return s;
}

int ArticleCache::count(const QString &search, bool digestOnly)
{
    const Selection s = select(search, digestOnly);
    if (s.nothing) {
        return 0;
    }
    auto q = cachesql::query(m_db, u"SELECT COUNT(*)"_s + s.from, s.fromBindings);
    return q && q->next() ? q->value(0).toInt() : 0;
}

QList<Article> ArticleCache::page(const QString &search, int offset, int limit, bool digestOnly)
{
    const Selection s = select(search, digestOnly);
    if (s.nothing) {
        return {};
    }
    QVariantList bindings = s.fromBindings + s.orderBindings;
    bindings << limit << offset;
    auto q = cachesql::query(m_db, u"SELECT "_s + Columns + s.from + s.order + u" LIMIT ? OFFSET ?"_s, bindings);
    QList<Article> list;
    while (q && q->next()) {
        list.append(readArticle(*q));
    }
    return list;
}

QList<models::SearchHit> ArticleCache::hits(const QString &typed, int limit, const models::SearchFilter &filter)
{
    // The passage of each hit kept, from FTS5 again: its snippet() needs the row's own match.
    return searchHits(
        m_db,
        [this](const search::SearchQuery &query) {
            const MatchedRows rows = matchedRows(m_db, ArticleText, query);
            const QString sql =
                u"SELECT a.id, 0, a.title, (SELECT snippet(articles_fts, -1, char(2), char(3), '…', 16) FROM "
                u"articles_fts WHERE articles_fts MATCH ? AND rowid = a.id), a.published_at, "_s +
                QString::number(int(models::SearchHit::Kind::Article)) + u" FROM articles a JOIN "_s + rows.sql +
                u" ON hit_id = a.id WHERE (? = 0 OR a.featured = 1) AND a.published_at >= ? AND (? = 0 OR "
                u"(char(10) || LOWER(a.tags) || char(10)) LIKE ? ESCAPE '\\') AND (? = 0 OR LOWER(a.author) "
                u"LIKE ? ESCAPE '\\') ORDER BY hit_rank / "_s +
                ageFactor(u"a.published_at"_s) + u", a.id DESC LIMIT ?"_s;
            return std::pair{sql, QVariantList{query.matchExpression(), rows.value}};
        },
        Ranking::RelevanceAndAge, typed, limit,
        {filter.digestOnly ? 1 : 0, filter.sinceMs(), filter.tag.isEmpty() ? 0 : 1, likePattern(filter.tag, true),
         filter.author.isEmpty() ? 0 : 1, likePattern(filter.author)});
}

std::optional<Article> ArticleCache::article(qint64 id)
{
    auto q = cachesql::query(m_db, u"SELECT "_s + Columns + u", body FROM articles WHERE id = ?"_s, {id});
    if (!q || !q->next()) {
        return std::nullopt;
    }
    Article a = readArticle(*q);
    a.hasBody = !q->value(15).isNull();
    a.body = q->value(15).toString();
    return a;
}

namespace {

const QString UpsertStatement =
    u"INSERT INTO articles (id, title, summary, body_z, author, tags, required_tier, locked, likes, "
    "comments, liked_by_me, published_at, updated_at, featured, pinned, has_poll) "
    "VALUES (?, ?, ?, guild_pack(?), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
    "ON CONFLICT(id) DO UPDATE SET title = excluded.title, summary = excluded.summary, "
    "body_z = excluded.body_z, author = excluded.author, tags = excluded.tags, "
    "required_tier = excluded.required_tier, locked = excluded.locked, likes = excluded.likes, "
    "comments = excluded.comments, liked_by_me = excluded.liked_by_me, "
    "published_at = excluded.published_at, updated_at = excluded.updated_at, "
    "featured = excluded.featured, pinned = excluded.pinned, has_poll = excluded.has_poll"_s;

} // namespace

bool ArticleCache::upsert(const QList<Article> &articles)
{
    // One statement prepared for the whole page: a first sync writes a hundred thousand rows.
    cachesql::Prepared upsert(m_db, UpsertStatement);
    for (const Article &a : articles) {
        const QVariant body = a.hasBody ? QVariant(a.body) : QVariant(QMetaType::fromType<QString>());
        if (!upsert.run({a.id, text(a.title), text(a.summary), body, text(a.authorName), text(a.tags.join(u'\n')),
                         static_cast<int>(a.requiredTier), a.locked, a.likeCount, a.commentCount, a.likedByMe,
                         a.publishedAt.toMSecsSinceEpoch(), a.updatedAt.toMSecsSinceEpoch(), a.featured, a.pinned,
                         a.hasPoll})) {
            return false;
        }
    }
    return true;
    // The body is stored packed (compressedtext.h); articles_fts follows by its triggers (migration 012).
}

std::optional<Article> ArticleCache::setLikedLocally(qint64 id, bool liked)
{
    if (!run(m_db,
             u"UPDATE articles SET liked_by_me = ?, likes = MAX(0, likes + ?) WHERE id = ? AND liked_by_me <> ?"_s,
             {liked, liked ? 1 : -1, id, liked})) {
        return std::nullopt;
    }
    auto changed = cachesql::query(m_db, u"SELECT changes()"_s);
    if (!changed || !changed->next() || changed->value(0).toInt() == 0) {
        return std::nullopt;
    }
    return article(id);
}

bool ArticleCache::remove(qint64 id)
{
    return run(m_db, u"DELETE FROM articles WHERE id = ?"_s, {id});
}

bool ArticleCache::clear()
{
    return run(m_db, u"DELETE FROM articles"_s) && run(m_db, u"DELETE FROM meta WHERE key = 'sync_token'"_s);
}

bool ArticleCache::applySyncPage(const SyncPage &page)
{
    return cachesql::transaction(m_db, [&] {
        bool ok = (!page.reset || clear()) && upsert(page.upserts);
        for (qint64 id : page.deletedArticleIds) {
            ok = ok && remove(id);
        }
        return ok && run(m_db,
                         u"INSERT INTO meta (key, value) VALUES ('sync_token', ?) "
                         "ON CONFLICT(key) DO UPDATE SET value = excluded.value"_s,
                         {page.nextToken});
    });
}

bool ArticleCache::store(const Article &article)
{
    return cachesql::transaction(m_db, [&] { return upsert({article}); });
}

std::optional<int> ArticleCache::closeAbove(protocol::Tier open)
{
    int removed = 0;
    const bool ok = cachesql::transaction(m_db, [&] {
        auto closed = cachesql::query(
            m_db, u"UPDATE articles SET body_z = NULL, locked = 1 WHERE required_tier > ? AND locked = 0"_s,
            {static_cast<int>(open)});
        removed = closed ? closed->numRowsAffected() : 0;
        return closed && (removed == 0 || run(m_db, u"DELETE FROM meta WHERE key = 'sync_token'"_s));
    });
    return ok ? std::optional(removed) : std::nullopt;
}

QString ArticleCache::syncToken()
{
    auto q = cachesql::query(m_db, u"SELECT value FROM meta WHERE key = 'sync_token'"_s);
    return q && q->next() ? q->value(0).toString() : QString();
}

} // namespace guild::app
