#include "articlerepository.h"

#include "searchindex.h"
#include "sql.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace guild::server {

using namespace protocol;

namespace {

const QString SelectColumns =
    u"SELECT a.id, a.title, a.summary, a.required_tier, a.published_at, a.updated_at, "
    "a.like_count, a.comment_count, u.display_name, a.author_id, a.featured, a.pinned, a.scheduled, "
    "(SELECT COUNT(*) FROM polls p WHERE p.article_id = a.id)"_s;

QDateTime fromMs(const QVariant &value)
{
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

ArticleRow readRow(const QSqlQuery &q, bool withBody)
{
    ArticleRow row;
    Article &a = row.article;
    a.id = q.value(0).toLongLong();
    a.title = q.value(1).toString();
    a.summary = q.value(2).toString();
    a.requiredTier = tierFromLevel(q.value(3).toLongLong()).value_or(Tier::Premium);
    a.publishedAt = fromMs(q.value(4));
    a.updatedAt = fromMs(q.value(5));
    a.likeCount = q.value(6).toInt();
    a.commentCount = q.value(7).toInt();
    a.authorName = q.value(8).toString();
    row.authorId = q.value(9).toLongLong();
    a.featured = q.value(10).toBool();
    a.pinned = q.value(11).toBool();
    a.scheduled = q.value(12).toBool();
    a.hasPoll = q.value(13).toInt() > 0;
    if (withBody) {
        a.body = q.value(14).toString();
        a.hasBody = true;
    }
    return row;
}

} // namespace

bool ArticleRepository::isPostgres() const
{
    return m_db.driverName() == u"QPSQL"_s;
}

QList<ArticleRow> ArticleRepository::feed(std::optional<FeedPosition> after, const QString &tag, int limit,
                                          bool featuredOnly)
{
    // The tags come in the same statement, joined by U+001F (which no tag may hold): one statement per
    // page instead of two was an eighth of a feed request's time.
    const QString tags =
        isPostgres() ? u", (SELECT string_agg(t.tag, chr(31)) FROM article_tags t WHERE t.article_id = a.id)"_s
                     : u", (SELECT group_concat(t.tag, char(31)) FROM article_tags t WHERE t.article_id = a.id)"_s;
    QString statement =
        SelectColumns + tags + u" FROM articles a JOIN users u ON u.id = a.author_id WHERE a.scheduled = 0"_s;
    QVariantList bindings;
    if (featuredOnly) {
        statement += u" AND a.featured = 1"_s;
    }
    if (!tag.isEmpty()) {
        statement += u" AND EXISTS (SELECT 1 FROM article_tags t WHERE t.article_id = a.id AND t.tag = ?)"_s;
        bindings << tag;
    }
    if (after) {
        statement += u" AND (a.published_at < ? OR (a.published_at = ? AND a.id < ?))"_s;
        bindings << after->publishedAt << after->publishedAt << after->id;
    }
    statement += u" ORDER BY a.published_at DESC, a.id DESC LIMIT ?"_s;
    bindings << limit;
    QSqlQuery q = sql::exec(m_db, statement, bindings);
    QList<ArticleRow> rows;
    while (q.next()) {
        ArticleRow row = readRow(q, false);
        if (const QString joined = q.value(14).toString(); !joined.isEmpty()) {
            row.article.tags = joined.split(QChar(0x1f));
            row.article.tags.sort(); // the same order as loadTags gives
        }
        rows.append(std::move(row));
    }
    return rows;
}

qint64 ArticleRepository::feedVersion()
{
    return sql::scalar(m_db, u"SELECT n FROM feed_version WHERE id = 1"_s).toLongLong();
}

std::optional<ArticleRow> ArticleRepository::find(qint64 id, bool withBody)
{
    QSqlQuery q = sql::exec(
        m_db, SelectColumns + u", a.body FROM articles a JOIN users u ON u.id = a.author_id WHERE a.id = ?"_s, {id});
    if (!q.next()) {
        return std::nullopt;
    }
    QList<ArticleRow> rows{readRow(q, withBody)};
    loadTags(rows);
    return rows.first();
}

QList<ArticleRow> ArticleRepository::scheduled(qint64 authorId)
{
    QSqlQuery q = sql::exec(m_db,
                            SelectColumns + u" FROM articles a JOIN users u ON u.id = a.author_id "
                                            "WHERE a.scheduled = 1 AND (? = 0 OR a.author_id = ?) "
                                            "ORDER BY a.published_at, a.id LIMIT 200"_s,
                            {authorId, authorId});
    QList<ArticleRow> rows;
    while (q.next()) {
        rows.append(readRow(q, false));
    }
    loadTags(rows);
    return rows;
}

bool ArticleRepository::anyDue(qint64 now)
{
    return sql::scalar(m_db, u"SELECT 1 FROM articles WHERE scheduled = 1 AND published_at <= ? LIMIT 1"_s, {now})
        .isValid();
}

int ArticleRepository::publishDue(qint64 now)
{
    QList<qint64> due;
    {
        QSqlQuery q = sql::exec(
            m_db, u"SELECT id FROM articles WHERE scheduled = 1 AND published_at <= ? ORDER BY published_at"_s, {now});
        while (q.next()) {
            due.append(q.value(0).toLongLong());
        }
    }
    int published = 0;
    for (qint64 id : std::as_const(due)) {
        // Only the writer that flips the flag announces it.
        if (sql::exec(m_db, u"UPDATE articles SET scheduled = 0, updated_at = ? WHERE id = ? AND scheduled = 1"_s,
                      {now, id})
                .numRowsAffected() == 1) {
            recordChange(id, "upsert"_L1, now);
            ++published;
        }
    }
    return published;
}

QList<ArticleRow> ArticleRepository::findMany(const QList<qint64> &ids)
{
    if (ids.isEmpty()) {
        return {};
    }
    QSqlQuery q = sql::exec(
        m_db,
        SelectColumns +
            u", a.body FROM articles a JOIN users u ON u.id = a.author_id WHERE a.scheduled = 0 AND a.id IN ("_s +
            sql::placeholders(ids.size()) + u')',
        sql::toVariants(ids));
    QList<ArticleRow> rows;
    while (q.next()) {
        rows.append(readRow(q, true));
    }
    loadTags(rows);
    return rows;
}

void ArticleRepository::loadTags(QList<ArticleRow> &rows)
{
    if (rows.isEmpty()) {
        return;
    }
    QList<qint64> ids;
    QHash<qint64, qsizetype> index;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        ids.append(rows[i].article.id);
        index.insert(rows[i].article.id, i);
    }
    QSqlQuery q = sql::exec(m_db,
                            u"SELECT article_id, tag FROM article_tags WHERE article_id IN ("_s +
                                sql::placeholders(ids.size()) + u") ORDER BY tag"_s,
                            sql::toVariants(ids));
    while (q.next()) {
        rows[index.value(q.value(0).toLongLong())].article.tags.append(q.value(1).toString());
    }
    // Sorted here, not by the database's collation, so every query gives the same order on either engine.
    for (ArticleRow &row : rows) {
        row.article.tags.sort();
    }
}

void ArticleRepository::fillViewerState(QList<ArticleRow> &rows, qint64 viewerId)
{
    if (rows.isEmpty()) {
        return;
    }
    QList<qint64> ids;
    for (const ArticleRow &row : std::as_const(rows)) {
        ids.append(row.article.id);
    }
    QVariantList bindings{viewerId};
    bindings += sql::toVariants(ids);
    QSqlQuery q = sql::exec(m_db,
                            u"SELECT article_id FROM article_likes WHERE user_id = ? AND article_id IN ("_s +
                                sql::placeholders(ids.size()) + u')',
                            bindings);
    QSet<qint64> liked;
    while (q.next()) {
        liked.insert(q.value(0).toLongLong());
    }
    for (ArticleRow &row : rows) {
        row.article.likedByMe = liked.contains(row.article.id);
    }
}

qint64 ArticleRepository::insert(qint64 authorId, const ArticleDraft &draft, qint64 now)
{
    // A thread is promoted once: the second attempt finds the unique source taken and inserts nothing.
    const QVariant inserted =
        sql::scalar(m_db,
                    u"INSERT INTO articles (author_id, title, summary, body, required_tier, published_at, updated_at, "
                    "source_message_id, featured, pinned, scheduled) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                    "ON CONFLICT (source_message_id) DO NOTHING RETURNING id"_s,
                    {authorId, draft.title, draft.summary, draft.body, static_cast<int>(draft.requiredTier),
                     draft.scheduled ? draft.publishAt : now, now,
                     draft.sourceMessageId > 0 ? QVariant(draft.sourceMessageId) : sql::nullInt(),
                     draft.featured ? 1 : 0, draft.pinned ? 1 : 0, draft.scheduled ? 1 : 0});
    if (!inserted.isValid()) {
        return 0;
    }
    const qint64 id = inserted.toLongLong();
    writeTags(id, draft.tags);
    SearchIndex(m_db).refresh(protocol::SearchKind::Article, id);
    if (!draft.scheduled) {
        recordChange(id, "upsert"_L1, now);
    }
    return id;
}

void ArticleRepository::update(qint64 id, const ArticleDraft &draft, qint64 now)
{
    sql::exec(m_db,
              u"UPDATE articles SET title = ?, summary = ?, body = ?, required_tier = ?, updated_at = ?, featured = ?, "
              "pinned = ? WHERE id = ?"_s,
              {draft.title, draft.summary, draft.body, static_cast<int>(draft.requiredTier), now,
               draft.featured ? 1 : 0, draft.pinned ? 1 : 0, id});
    if (draft.scheduled) {
        sql::exec(m_db, u"UPDATE articles SET published_at = ? WHERE id = ? AND scheduled = 1"_s,
                  {draft.publishAt, id});
    }
    sql::exec(m_db, u"DELETE FROM article_tags WHERE article_id = ?"_s, {id});
    writeTags(id, draft.tags);
    SearchIndex(m_db).refresh(protocol::SearchKind::Article, id);
    if (!draft.scheduled) {
        recordChange(id, "upsert"_L1, now);
    }
}

void ArticleRepository::remove(qint64 id)
{
    sql::exec(m_db, u"DELETE FROM articles WHERE id = ?"_s, {id});
    SearchIndex(m_db).refresh(protocol::SearchKind::Article, id);
}

void ArticleRepository::writeTags(qint64 id, const QStringList &tags)
{
    for (const QString &tag : tags) {
        sql::exec(m_db, u"INSERT INTO article_tags (article_id, tag) VALUES (?, ?)"_s, {id, tag});
    }
}

bool ArticleRepository::like(qint64 articleId, qint64 userId, qint64 now)
{
    const bool inserted =
        sql::exec(
            m_db,
            u"INSERT INTO article_likes (article_id, user_id, created_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING"_s,
            {articleId, userId, now})
            .numRowsAffected() == 1;
    if (inserted) {
        sql::exec(m_db, u"UPDATE articles SET like_count = like_count + 1 WHERE id = ?"_s, {articleId});
        recordChange(articleId, "upsert"_L1, now);
    }
    return inserted;
}

bool ArticleRepository::unlike(qint64 articleId, qint64 userId, qint64 now)
{
    const bool removed =
        sql::exec(m_db, u"DELETE FROM article_likes WHERE article_id = ? AND user_id = ?"_s, {articleId, userId})
            .numRowsAffected() == 1;
    if (removed) {
        sql::exec(m_db, u"UPDATE articles SET like_count = like_count - 1 WHERE id = ?"_s, {articleId});
        recordChange(articleId, "upsert"_L1, now);
    }
    return removed;
}

QList<Comment> ArticleRepository::comments(qint64 articleId, qint64 afterId, int limit)
{
    QSqlQuery q =
        sql::exec(m_db,
                  u"SELECT c.id, c.body, c.created_at, u.display_name, u.id FROM comments c "
                  "JOIN users u ON u.id = c.user_id WHERE c.article_id = ? AND c.id > ? AND c.hidden_at IS NULL "
                  "ORDER BY c.id LIMIT ?"_s,
                  {articleId, afterId, limit});
    QList<Comment> list;
    while (q.next()) {
        list.append({q.value(0).toLongLong(), articleId, q.value(3).toString(), q.value(1).toString(),
                     fromMs(q.value(2)), q.value(4).toLongLong()});
    }
    return list;
}

Comment ArticleRepository::addComment(qint64 articleId, qint64 userId, const QString &body, qint64 now)
{
    const qint64 id =
        sql::scalar(m_db,
                    u"INSERT INTO comments (article_id, user_id, body, created_at) VALUES (?, ?, ?, ?) RETURNING id"_s,
                    {articleId, userId, body, now})
            .toLongLong();
    sql::exec(m_db, u"UPDATE articles SET comment_count = comment_count + 1 WHERE id = ?"_s, {articleId});
    SearchIndex(m_db).refresh(protocol::SearchKind::Comment, id);
    recordChange(articleId, "upsert"_L1, now);
    const QString author = sql::scalar(m_db, u"SELECT display_name FROM users WHERE id = ?"_s, {userId}).toString();
    return {id, articleId, author, body, QDateTime::fromMSecsSinceEpoch(now, Qt::UTC), userId};
}

void ArticleRepository::recordChange(qint64 articleId, QLatin1StringView op, qint64 now)
{
    if (isPostgres()) {
        // Sequence values are handed out before commit, so without this a reader could see seq 12
        // committed while 11 is still in flight, and skip 11 for good. The lock makes change-log
        // writers commit in seq order; it is held to the end of the transaction.
        sql::exec(m_db, u"SELECT pg_advisory_xact_lock(7477)"_s);
    }
    sql::exec(m_db, u"INSERT INTO change_log (entity, entity_id, op, changed_at) VALUES ('article', ?, ?, ?)"_s,
              {articleId, QString(op), now});
}

qint64 ArticleRepository::lastChangeSeq()
{
    return sql::scalar(m_db, u"SELECT COALESCE(MAX(seq), 0) FROM change_log"_s).toLongLong();
}

QList<ChangeRow> ArticleRepository::changesSince(qint64 since, int limit)
{
    QSqlQuery q =
        sql::exec(m_db,
                  u"SELECT entity_id, MAX(seq) AS last_seq FROM change_log WHERE entity = 'article' AND seq > ? "
                  "GROUP BY entity_id ORDER BY last_seq LIMIT ?"_s,
                  {since, limit});
    QList<ChangeRow> rows;
    while (q.next()) {
        rows.append({q.value(0).toLongLong(), q.value(1).toLongLong()});
    }
    return rows;
}

} // namespace guild::server
