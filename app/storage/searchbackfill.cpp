#include "searchbackfill.h"

#include "cachesql.h"

#include <array>
#include <limits>

using namespace Qt::StringLiterals;

namespace guild::app {

namespace {

struct Index
{
    QString name;
    QString table;
    QString columns;
};

/// Every index a migration may leave to fill, with the table and columns it reads.
const std::array<Index, 2> &indexes()
{
    static const std::array<Index, 2> list{Index{u"articles_fts"_s, u"articles"_s, u"title, summary, body, tags"_s},
                                           Index{u"chat_fts"_s, u"chat_messages"_s, u"body, sender"_s}};
    return list;
}

} // namespace

SearchBackfill::Progress SearchBackfill::progress()
{
    Progress p;
    auto q = cachesql::query(m_db, u"SELECT COALESCE(SUM(done), 0), COALESCE(SUM(total), 0), COUNT(*) FROM "
                                   "search_backfill"_s);
    if (q && q->next()) {
        p.done = q->value(0).toLongLong();
        p.total = q->value(1).toLongLong();
        p.finished = q->value(2).toInt() == 0;
    }
    return p;
}

SearchBackfill::Progress SearchBackfill::step(int rows, bool *ok)
{
    bool fine = m_db.transaction();
    for (const Index &index : indexes()) {
        auto state =
            cachesql::query(m_db, u"SELECT next_id, last_id FROM search_backfill WHERE index_name = ?"_s, {index.name});
        if (!state || !state->next()) {
            continue;
        }
        const qint64 next = state->value(0).toLongLong();
        const qint64 last = state->value(1).toLongLong();
        state.reset();
        // The slice: the next `rows` ids still waiting, however sparse.
        auto upTo = cachesql::query(m_db,
                                    u"SELECT MAX(id), COUNT(*) FROM (SELECT id FROM %1 WHERE id >= ? AND id <= ? "
                                    "ORDER BY id LIMIT ?)"_s.arg(index.table),
                                    {next, last, rows});
        const qint64 end = upTo && upTo->next() && !upTo->value(0).isNull() ? upTo->value(0).toLongLong() : last;
        const qint64 count = upTo ? upTo->value(1).toLongLong() : 0;
        upTo.reset();
        fine =
            fine && cachesql::run(m_db,
                                  u"INSERT INTO %1 (rowid, %2) SELECT id, %2 FROM %3 WHERE id >= ? AND id <= ?"_s.arg(
                                      index.name, index.columns, index.table),
                                  {next, end});
        fine = fine &&
               (end >= last ? cachesql::run(m_db, u"DELETE FROM search_backfill WHERE index_name = ?"_s, {index.name})
                            : cachesql::run(m_db,
                                            u"UPDATE search_backfill SET next_id = ?, done = done + ? WHERE "
                                            "index_name = ?"_s,
                                            {end + 1, count, index.name}));
        break; // one slice per step, whichever index it came from
    }
    fine = fine ? m_db.commit() : (m_db.rollback(), false);
    if (ok) {
        *ok = fine;
    }
    return progress();
}

namespace {
// Above any id a server gives: the window stays open for whatever the sync brings.
constexpr qint64 OpenEnd = std::numeric_limits<qint64>::max() / 2;
} // namespace

bool SearchBackfill::openArticleWindow()
{
    // Rows already waiting (a migration's window) stay waiting; everything above the indexed ones joins.
    return cachesql::run(m_db,
                         u"INSERT INTO search_backfill (index_name, next_id, last_id, total) "
                         "VALUES ('articles_fts', COALESCE((SELECT MAX(id) FROM articles), 0) + 1, ?, 0) "
                         "ON CONFLICT(index_name) DO UPDATE SET last_id = excluded.last_id"_s,
                         {OpenEnd});
}

bool SearchBackfill::closeArticleWindow()
{
    return cachesql::transaction(m_db, [&] {
        return cachesql::run(m_db,
                             u"UPDATE search_backfill SET last_id = (SELECT COALESCE(MAX(id), 0) FROM articles), "
                             "total = done + (SELECT COUNT(*) FROM articles WHERE id >= search_backfill.next_id) "
                             "WHERE index_name = 'articles_fts' AND last_id = ?"_s,
                             {OpenEnd}) &&
               cachesql::run(m_db,
                             u"DELETE FROM search_backfill WHERE index_name = 'articles_fts' AND last_id < next_id"_s);
    });
}

} // namespace guild::app
