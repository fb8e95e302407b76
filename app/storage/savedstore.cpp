#include "savedstore.h"

#include "cachesql.h"

using namespace Qt::StringLiterals;

namespace guild::app {

using namespace protocol;

namespace {

const QString HighlightColumns = u"SELECT id, kind, subject_id, title, container_id, quote, note, start_pos, "
                                 u"created_at, updated_at FROM saved_highlights "_s;

QDateTime fromMs(const QVariant &ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms.toLongLong(), Qt::UTC);
}

Highlight readHighlight(const QSqlQuery &q)
{
    Highlight h;
    h.id = q.value(0).toString();
    h.kind = savedKindFromCode(q.value(1).toString()).value_or(SavedKind::Article);
    h.subjectId = q.value(2).toLongLong();
    h.title = q.value(3).toString();
    h.containerId = q.value(4).toLongLong();
    h.quote = q.value(5).toString();
    h.note = q.value(6).toString();
    h.start = q.value(7).toInt();
    h.createdAt = fromMs(q.value(8));
    h.updatedAt = fromMs(q.value(9));
    return h;
}

/// instr() on lower-cased text: a substring of any script, where LIKE would treat % and _ as patterns.
const QString Holds = u"instr(lower(%1), lower(?)) > 0"_s;

} // namespace

bool SavedStore::replace(const SavedItems &items)
{
    return cachesql::transaction(m_db, [&] {
        bool ok = cachesql::run(m_db, u"DELETE FROM saved_bookmarks"_s) &&
                  cachesql::run(m_db, u"DELETE FROM saved_highlights"_s);
        for (const Bookmark &b : items.bookmarks) {
            ok = ok && putBookmark(b);
        }
        for (const Highlight &h : items.highlights) {
            ok = ok && putHighlight(h);
        }
        return ok;
    });
}

bool SavedStore::putBookmark(const Bookmark &b)
{
    return cachesql::run(m_db,
                         u"INSERT INTO saved_bookmarks (kind, subject_id, title, container_id, position, created_at) "
                         "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (kind, subject_id) DO UPDATE SET "
                         "title = excluded.title, container_id = excluded.container_id, position = excluded.position"_s,
                         {savedKindCode(b.kind), b.subjectId, cachesql::text(b.title), b.containerId, b.position,
                          b.createdAt.toMSecsSinceEpoch()});
}

bool SavedStore::removeBookmark(SavedKind kind, qint64 subjectId)
{
    return cachesql::run(m_db, u"DELETE FROM saved_bookmarks WHERE kind = ? AND subject_id = ?"_s,
                         {savedKindCode(kind), subjectId});
}

bool SavedStore::putHighlight(const Highlight &h)
{
    return cachesql::run(m_db,
                         u"INSERT INTO saved_highlights (id, kind, subject_id, title, container_id, quote, note, "
                         "start_pos, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) "
                         "DO UPDATE SET title = excluded.title, quote = excluded.quote, note = excluded.note, "
                         "start_pos = excluded.start_pos, updated_at = excluded.updated_at"_s,
                         {h.id, savedKindCode(h.kind), h.subjectId, cachesql::text(h.title), h.containerId,
                          cachesql::text(h.quote), cachesql::text(h.note), h.start, h.createdAt.toMSecsSinceEpoch(),
                          h.updatedAt.toMSecsSinceEpoch()});
}

bool SavedStore::removeHighlight(const QString &id)
{
    return cachesql::run(m_db, u"DELETE FROM saved_highlights WHERE id = ?"_s, {id});
}

SavedItems SavedStore::all(const QString &text)
{
    SavedItems items;
    const QString needle = text.trimmed();
    const QVariantList bindings = needle.isEmpty() ? QVariantList{} : QVariantList{needle};
    auto b = cachesql::query(m_db,
                             u"SELECT kind, subject_id, title, created_at, container_id, position "
                             u"FROM saved_bookmarks "_s +
                                 (needle.isEmpty() ? QString() : u"WHERE "_s + Holds.arg(u"title"_s)) +
                                 u" ORDER BY created_at DESC, subject_id DESC"_s,
                             bindings);
    while (b && b->next()) {
        if (const auto kind = savedKindFromCode(b->value(0).toString())) {
            items.bookmarks.append({*kind, b->value(1).toLongLong(), b->value(2).toString(), b->value(4).toLongLong(),
                                    b->value(5).toLongLong(), fromMs(b->value(3))});
        }
    }
    const QVariantList three = needle.isEmpty() ? QVariantList{} : QVariantList{needle, needle, needle};
    auto h = cachesql::query(m_db,
                             HighlightColumns +
                                 (needle.isEmpty() ? QString()
                                                   : u"WHERE "_s + Holds.arg(u"title"_s) + u" OR "_s +
                                                         Holds.arg(u"quote"_s) + u" OR "_s + Holds.arg(u"note"_s)) +
                                 u" ORDER BY created_at DESC, id"_s,
                             three);
    while (h && h->next()) {
        items.highlights.append(readHighlight(*h));
    }
    return items;
}

bool SavedStore::isBookmarked(SavedKind kind, qint64 subjectId)
{
    auto q = cachesql::query(m_db, u"SELECT 1 FROM saved_bookmarks WHERE kind = ? AND subject_id = ?"_s,
                             {savedKindCode(kind), subjectId});
    return q && q->next();
}

QList<Highlight> SavedStore::highlightsOn(SavedKind kind, qint64 subjectId)
{
    QList<Highlight> list;
    auto q = cachesql::query(m_db, HighlightColumns + u"WHERE kind = ? AND subject_id = ? ORDER BY start_pos, id"_s,
                             {savedKindCode(kind), subjectId});
    while (q && q->next()) {
        list.append(readHighlight(*q));
    }
    return list;
}

std::optional<Highlight> SavedStore::highlight(const QString &id)
{
    auto q = cachesql::query(m_db, HighlightColumns + u"WHERE id = ?"_s, {id});
    return q && q->next() ? std::optional(readHighlight(*q)) : std::nullopt;
}

} // namespace guild::app
