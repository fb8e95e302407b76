#include "savedrepository.h"

#include "sql.h"

using namespace Qt::StringLiterals;

namespace guild::server {

using namespace protocol;

namespace {

const QString HighlightColumns = u"SELECT client_id, kind, subject_id, title, quote, note, start_pos, created_at, "
                                 u"updated_at, container_id FROM highlights "_s;

Highlight readHighlight(const QSqlQuery &q)
{
    Highlight h;
    h.id = q.value(0).toString();
    h.kind = savedKindFromCode(q.value(1).toString()).value_or(SavedKind::Article);
    h.subjectId = q.value(2).toLongLong();
    h.title = q.value(3).toString();
    h.quote = q.value(4).toString();
    h.note = q.value(5).toString();
    h.start = q.value(6).toInt();
    h.createdAt = sql::timeFromMs(q.value(7));
    h.updatedAt = sql::timeFromMs(q.value(8));
    h.containerId = q.value(9).toLongLong();
    return h;
}

} // namespace

Bookmark SavedRepository::putBookmark(qint64 userId, const Bookmark &bookmark)
{
    sql::exec(m_db,
              u"INSERT INTO bookmarks (user_id, kind, subject_id, title, container_id, position, created_at) "
              "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (user_id, kind, subject_id) DO UPDATE SET "
              "title = excluded.title, container_id = excluded.container_id, position = excluded.position"_s,
              {userId, savedKindCode(bookmark.kind), bookmark.subjectId, sql::text(bookmark.title),
               bookmark.containerId, bookmark.position, bookmark.createdAt.toMSecsSinceEpoch()});
    Bookmark stored = bookmark;
    stored.createdAt = sql::timeFromMs(
        sql::scalar(m_db, u"SELECT created_at FROM bookmarks WHERE user_id = ? AND kind = ? AND subject_id = ?"_s,
                    {userId, savedKindCode(bookmark.kind), bookmark.subjectId}));
    return stored;
}

void SavedRepository::removeBookmark(qint64 userId, SavedKind kind, qint64 subjectId)
{
    sql::exec(m_db, u"DELETE FROM bookmarks WHERE user_id = ? AND kind = ? AND subject_id = ?"_s,
              {userId, savedKindCode(kind), subjectId});
}

Highlight SavedRepository::putHighlight(qint64 userId, const Highlight &h)
{
    sql::exec(m_db,
              u"INSERT INTO highlights (user_id, client_id, kind, subject_id, title, container_id, quote, note, "
              "start_pos, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
              "ON CONFLICT (user_id, client_id) DO UPDATE SET note = excluded.note, quote = excluded.quote, "
              "start_pos = excluded.start_pos, title = excluded.title, updated_at = excluded.updated_at"_s,
              {userId, h.id, savedKindCode(h.kind), h.subjectId, sql::text(h.title), h.containerId, sql::text(h.quote),
               sql::text(h.note), h.start, h.createdAt.toMSecsSinceEpoch(), h.updatedAt.toMSecsSinceEpoch()});
    QSqlQuery q = sql::exec(m_db, HighlightColumns + u"WHERE user_id = ? AND client_id = ?"_s, {userId, h.id});
    return q.next() ? readHighlight(q) : h;
}

void SavedRepository::removeHighlight(qint64 userId, const QString &clientId)
{
    sql::exec(m_db, u"DELETE FROM highlights WHERE user_id = ? AND client_id = ?"_s, {userId, clientId});
}

int SavedRepository::bookmarkCount(qint64 userId)
{
    return sql::scalar(m_db, u"SELECT COUNT(*) FROM bookmarks WHERE user_id = ?"_s, {userId}).toInt();
}

int SavedRepository::highlightCount(qint64 userId)
{
    return sql::scalar(m_db, u"SELECT COUNT(*) FROM highlights WHERE user_id = ?"_s, {userId}).toInt();
}

bool SavedRepository::hasBookmark(qint64 userId, SavedKind kind, qint64 subjectId)
{
    return !sql::scalar(m_db, u"SELECT 1 FROM bookmarks WHERE user_id = ? AND kind = ? AND subject_id = ?"_s,
                        {userId, savedKindCode(kind), subjectId})
                .isNull();
}

bool SavedRepository::hasHighlight(qint64 userId, const QString &clientId)
{
    return !sql::scalar(m_db, u"SELECT 1 FROM highlights WHERE user_id = ? AND client_id = ?"_s, {userId, clientId})
                .isNull();
}

SavedItems SavedRepository::all(qint64 userId, int limit)
{
    SavedItems items;
    QSqlQuery b = sql::exec(m_db,
                            u"SELECT kind, subject_id, title, created_at, container_id, position FROM bookmarks "
                            "WHERE user_id = ? "
                            "ORDER BY created_at DESC, subject_id DESC LIMIT ?"_s,
                            {userId, limit});
    while (b.next()) {
        if (const auto kind = savedKindFromCode(b.value(0).toString())) {
            items.bookmarks.append({*kind, b.value(1).toLongLong(), b.value(2).toString(), b.value(4).toLongLong(),
                                    b.value(5).toLongLong(), sql::timeFromMs(b.value(3))});
        }
    }
    QSqlQuery h = sql::exec(m_db, HighlightColumns + u"WHERE user_id = ? ORDER BY created_at DESC, client_id LIMIT ?"_s,
                            {userId, limit});
    while (h.next()) {
        items.highlights.append(readHighlight(h));
    }
    return items;
}

} // namespace guild::server
