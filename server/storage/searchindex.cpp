#include "searchindex.h"

#include "search/postgresfts.h"
#include "sql.h"

using namespace Qt::StringLiterals;

namespace guild::server {

using protocol::SearchKind;

struct SearchIndex::Entry
{
    qint64 refId = 0;
    qint64 parentId = 0;
    qint64 authorId = 0;
    qint64 createdAt = 0;
    qint64 visibleAt = 0;
    int readTier = 0;
    int gateTier = 0;
    QString title;
    QString openText;
    QString gatedText;
    SearchKind kind = SearchKind::Article;
};

namespace {

/// A lesson's gated text opens by course (SearchScope::openCourses), never by tier alone.
constexpr int CourseGate = 99;
/// Serialises rebuilds between several servers starting on one PostgreSQL database.
constexpr qint64 RebuildLockKey = 0x67756c6473; // "gulds"

/// The table each kind's entries come from (the `x` of its loader).
QString tableOf(SearchKind kind)
{
    switch (kind) {
    case SearchKind::Article:
        return u"articles"_s;
    case SearchKind::Comment:
        return u"comments"_s;
    case SearchKind::Question:
        return u"questions"_s;
    case SearchKind::Answer:
        return u"answers"_s;
    case SearchKind::Course:
        return u"courses"_s;
    case SearchKind::Lesson:
        return u"lessons"_s;
    case SearchKind::Message:
        return u"messages"_s;
    case SearchKind::Event:
        return u"events"_s;
    case SearchKind::Member:
        return u"users"_s;
    }
    return {};
}

/// Each kind's entry from its table, in the columns of Entry; {condition} is the condition on the
/// row (`x.id = ?`, or `1 = 1` for all of them), {tags} how the engine joins an article's tags.
QString loader(SearchKind kind)
{
    switch (kind) {
    case SearchKind::Article:
        return u"SELECT x.id, 0, x.author_id, x.published_at, CASE WHEN x.scheduled = 1 THEN x.published_at ELSE 0 "
               "END, 0, x.required_tier, x.title, x.summary || ' ' || COALESCE((SELECT {tags} FROM article_tags t "
               "WHERE "
               "t.article_id = x.id), ''), x.body FROM articles x WHERE {condition}"_s;
    case SearchKind::Comment:
        return u"SELECT x.id, x.article_id, x.user_id, x.created_at, CASE WHEN a.scheduled = 1 THEN a.published_at "
               "ELSE 0 END, a.required_tier, 0, '', x.body, '' FROM comments x JOIN articles a ON a.id = x.article_id "
               "WHERE x.hidden_at IS NULL AND {condition}"_s;
    case SearchKind::Question:
        return u"SELECT x.id, 0, x.asker_id, x.created_at, 0, x.required_tier, 0, x.title, x.body, '' FROM questions "
               "x WHERE x.hidden_at IS NULL AND {condition}"_s;
    case SearchKind::Answer:
        return u"SELECT x.id, x.question_id, x.author_id, x.created_at, 0, q.required_tier, 0, '', x.body, '' FROM "
               "answers x JOIN questions q ON q.id = x.question_id WHERE x.hidden_at IS NULL AND q.hidden_at IS NULL "
               "AND {condition}"_s;
    case SearchKind::Course:
        return u"SELECT x.id, x.id, x.author_id, x.created_at, 0, 0, 0, x.title, x.description, '' FROM courses x "
               "WHERE {condition}"_s;
    case SearchKind::Lesson:
        return u"SELECT x.id, x.course_id, c.author_id, c.created_at, 0, 0, CASE WHEN x.free_preview = 1 THEN 0 ELSE "
               "{courseGate} END, x.title, '', x.body || ' ' || x.homework_prompt FROM lessons x JOIN courses c ON "
               "c.id = x.course_id WHERE {condition}"_s;
    case SearchKind::Message:
        return u"SELECT x.id, x.channel_id, x.sender_id, x.created_at, 0, 0, 0, '', x.body, '' FROM messages x WHERE "
               "x.deleted_at IS NULL AND {condition}"_s;
    case SearchKind::Event:
        return u"SELECT x.id, 0, x.created_by, x.created_at, 0, 0, 0, x.title, x.description, '' FROM events x "
               "WHERE {condition}"_s;
    case SearchKind::Member:
        // Found by display name and username (how members address each other), never by email.
        return u"SELECT x.id, 0, x.id, x.created_at, 0, 0, 0, x.display_name, x.username, '' FROM users x WHERE "
               "{condition}"_s;
    }
    return {};
}

} // namespace

SearchIndex::SearchIndex(QSqlDatabase db)
    : m_db(std::move(db))
{}

bool SearchIndex::isPostgres() const
{
    return m_db.driverName() == u"QPSQL"_s;
}

QList<SearchIndex::Entry> SearchIndex::load(SearchKind kind, const QString &condition, const QVariantList &bindings)
{
    QString statement = loader(kind);
    statement.replace(u"{condition}"_s, condition)
        .replace(u"{tags}"_s, isPostgres() ? u"string_agg(t.tag, ' ')"_s : u"group_concat(t.tag, ' ')"_s)
        .replace(u"{courseGate}"_s, QString::number(CourseGate));
    QSqlQuery q = sql::exec(m_db, statement, bindings);
    QList<Entry> entries;
    while (q.next()) {
        Entry e;
        e.kind = kind;
        e.refId = q.value(0).toLongLong();
        e.parentId = q.value(1).toLongLong();
        e.authorId = q.value(2).toLongLong();
        e.createdAt = q.value(3).toLongLong();
        e.visibleAt = q.value(4).toLongLong();
        e.readTier = q.value(5).toInt();
        e.gateTier = q.value(6).toInt();
        e.title = q.value(7).toString();
        e.openText = q.value(8).toString().trimmed();
        e.gatedText = q.value(9).toString().trimmed();
        entries.append(std::move(e));
    }
    return entries;
}

QString SearchIndex::insertStatement() const
{
    const QString columns = u"INSERT INTO search_docs (kind, ref_id, parent_id, author_id, created_at, visible_at, "
                            "read_tier, gate_tier, title, open_text, gated_text"_s;
    return isPostgres() ? columns + u", open_vec, full_vec) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                                    "CAST(? AS tsvector), CAST(? AS tsvector))"_s
                        : columns + u") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s;
}

QVariantList SearchIndex::insertValues(const Entry &e) const
{
    QVariantList values{protocol::searchKindCode(e.kind),
                        e.refId,
                        e.parentId,
                        e.authorId,
                        e.createdAt,
                        e.visibleAt,
                        e.readTier,
                        e.gateTier,
                        sql::text(e.title),
                        sql::text(e.openText),
                        sql::text(e.gatedText)};
    if (isPostgres()) {
        const search::WeightedText title{e.title, 'A'};
        const search::WeightedText open{e.openText, 'B'};
        values << search::tsvectorLiteral({title, open})
               << search::tsvectorLiteral({title, open, search::WeightedText{e.gatedText, 'C'}});
    }
    return values;
}

void SearchIndex::refresh(SearchKind kind, qint64 id)
{
    const QString code = protocol::searchKindCode(kind);
    sql::exec(m_db, u"DELETE FROM search_docs WHERE kind = ? AND ref_id = ?"_s, {code, id});
    const QList<Entry> found = load(kind, u"x.id = ?"_s, {id});
    if (!found.isEmpty()) {
        sql::exec(m_db, insertStatement(), insertValues(found.first()));
    }
    // What inherits from it: who may see an article's comments and a question's answers.
    const auto inherit = [&](SearchKind child) {
        const QString childCode = protocol::searchKindCode(child);
        if (found.isEmpty()) {
            sql::exec(m_db, u"DELETE FROM search_docs WHERE kind = ? AND parent_id = ?"_s, {childCode, id});
        } else if (child != SearchKind::Lesson) {
            const Entry &e = found.first();
            const int tier = kind == SearchKind::Article ? e.gateTier : e.readTier;
            sql::exec(m_db, u"UPDATE search_docs SET read_tier = ?, visible_at = ? WHERE kind = ? AND parent_id = ?"_s,
                      {tier, e.visibleAt, childCode, id});
        }
    };
    if (kind == SearchKind::Article) {
        inherit(SearchKind::Comment);
    } else if (kind == SearchKind::Question) {
        inherit(SearchKind::Answer);
    } else if (kind == SearchKind::Course) {
        inherit(SearchKind::Lesson);
    }
}

void SearchIndex::forgetHidden()
{
    sql::exec(m_db,
              u"DELETE FROM search_docs WHERE (kind = 'comment' AND ref_id IN (SELECT id FROM comments WHERE "
              "hidden_at IS NOT NULL)) OR (kind = 'question' AND ref_id IN (SELECT id FROM questions WHERE "
              "hidden_at IS NOT NULL)) OR (kind = 'answer' AND (ref_id IN (SELECT id FROM answers WHERE hidden_at "
              "IS NOT NULL) OR parent_id IN (SELECT id FROM questions WHERE hidden_at IS NOT NULL)))"_s);
}

bool SearchIndex::isBuilt()
{
    return sql::scalar(m_db, u"SELECT built FROM search_state WHERE id = 1"_s).toInt() == 1;
}

qint64 SearchIndex::rebuild(const std::function<void(qint64)> &progress)
{
    sql::Transaction tx(m_db);
    if (isPostgres()) {
        sql::exec(m_db, u"SELECT pg_advisory_xact_lock(?)"_s, {RebuildLockKey});
        if (isBuilt()) { // another server built it while this one waited
            tx.commit();
            return 0;
        }
    }
    sql::exec(m_db, u"DELETE FROM search_docs"_s);
    sql::Prepared insert(m_db, insertStatement());
    qint64 written = 0;
    // A window of ids at a time: a large community's text never sits in memory all at once.
    constexpr qint64 Window = 5000;
    for (const SearchKind kind : protocol::allSearchKinds()) {
        const qint64 last = sql::scalar(m_db, u"SELECT COALESCE(MAX(id), 0) FROM "_s + tableOf(kind)).toLongLong();
        for (qint64 after = 0; after < last; after += Window) {
            for (const Entry &e : load(kind, u"x.id > ? AND x.id <= ?"_s, {after, after + Window})) {
                insert.run(insertValues(e));
                if (++written % 10000 == 0 && progress) {
                    progress(written);
                }
            }
        }
    }
    sql::exec(m_db, u"UPDATE search_state SET built = 1 WHERE id = 1"_s);
    tx.commit();
    if (progress) {
        progress(written);
    }
    return written;
}

QList<SearchRow> SearchIndex::search(const search::SearchQuery &query, const SearchScope &scope, int offset, int limit)
{
    if (query.isEmpty()) {
        return {};
    }
    // Who may see an entry at all.
    QVariantList whereValues{scope.tier, scope.now, scope.userId, scope.admin ? 1 : 0};
    QString where = u"d.read_tier <= ? AND (d.visible_at <= ? OR d.author_id = ? OR ? = 1)"_s;
    where += u" AND (d.kind <> 'message' OR "_s + sql::inList(u"d.parent_id"_s, scope.channels, whereValues) + u')';
    where += u" AND (d.kind NOT IN ('course', 'lesson') OR "_s +
             sql::inList(u"d.parent_id"_s, scope.courses, whereValues) + u')';
    if (!scope.kinds.isEmpty()) {
        for (const SearchKind kind : scope.kinds) {
            whereValues.append(protocol::searchKindCode(kind));
        }
        where += u" AND d.kind IN ("_s + sql::placeholders(scope.kinds.size()) + u')';
    }
    if (!scope.tag.isEmpty()) {
        where += u" AND d.kind = 'article' AND d.ref_id IN (SELECT article_id FROM article_tags WHERE LOWER(tag) = "
                 "LOWER(?))"_s;
        whereValues.append(scope.tag);
    }
    if (!scope.author.isEmpty()) {
        where += u" AND d.author_id IN (SELECT id FROM users WHERE username = ? OR LOWER(display_name) LIKE ? "
                 "ESCAPE '!')"_s;
        whereValues << scope.author.toLower() << sql::containsPattern(scope.author);
    }
    // Who may search its gated text (an article's body, a lesson's text).
    QVariantList gateValues{scope.tier};
    const QString gate = u"(d.gate_tier <= ? OR (d.kind = 'lesson' AND "_s +
                         sql::inList(u"d.parent_id"_s, scope.openCourses, gateValues) + u"))"_s;
    const QString columns =
        u"SELECT d.kind, d.ref_id, d.parent_id, d.author_id, d.created_at, d.title, d.open_text, "_s;

    QString statement;
    QVariantList values;
    if (isPostgres()) {
        const QString tsquery = search::tsqueryLiteral(query);
        statement = columns + u"CASE WHEN "_s + gate +
                    u" THEN d.gated_text ELSE '' END, (d.gated_text <> '' AND NOT "_s + gate +
                    u"), ts_rank(CASE WHEN "_s + gate +
                    u" THEN d.full_vec ELSE d.open_vec END, CAST(? AS tsquery)) / (1.0 + CAST(GREATEST(0, ? - "
                    "d.created_at) AS DOUBLE PRECISION) / 31536000000.0) AS score FROM search_docs d WHERE "_s +
                    where + u" AND ((d.full_vec @@ CAST(? AS tsquery) AND "_s + gate +
                    u") OR (d.open_vec @@ CAST(? AS tsquery) AND NOT "_s + gate +
                    u")) ORDER BY score DESC, d.id DESC LIMIT ? OFFSET ?"_s;
        values << gateValues << gateValues << gateValues << tsquery << scope.now << whereValues << tsquery << gateValues
               << tsquery << gateValues << limit << offset;
    } else {
        // Two searches of the FTS5 table: every column where the caller may read the gated text, the
        // title and open text alone where not; each entry is in one of them.
        const QString expression = query.matchExpression();
        const QString rank = u"bm25(search_fts, 10.0, 3.0, 1.0)"_s;
        statement = columns +
                    u"CASE WHEN h.whole = 1 THEN d.gated_text ELSE '' END, (h.whole = 0 AND d.gated_text <> "
                    "''), -h.rank / (1.0 + MAX(0, ? - d.created_at) / 31536000000.0) AS score FROM (SELECT "
                    "rowid AS rid, "_s +
                    rank + u" AS rank, 1 AS whole FROM search_fts WHERE search_fts MATCH ? UNION ALL SELECT rowid, "_s +
                    rank +
                    u", 0 FROM search_fts WHERE search_fts MATCH ?) h JOIN search_docs d ON d.id = h.rid WHERE "_s +
                    where + u" AND ((h.whole = 1 AND "_s + gate + u") OR (h.whole = 0 AND NOT "_s + gate +
                    u")) ORDER BY score DESC, d.id DESC LIMIT ? OFFSET ?"_s;
        values << scope.now << expression << QString(u"{title open_text} : ("_s + expression + u')') << whereValues
               << gateValues << gateValues << limit << offset;
    }
    QSqlQuery q = sql::exec(m_db, statement, values);
    QList<SearchRow> rows;
    while (q.next()) {
        SearchRow r;
        r.kind = protocol::searchKindFromCode(q.value(0).toString()).value_or(SearchKind::Article);
        r.id = q.value(1).toLongLong();
        r.parentId = q.value(2).toLongLong();
        r.authorId = q.value(3).toLongLong();
        r.createdAt = q.value(4).toLongLong();
        r.title = q.value(5).toString();
        r.openText = q.value(6).toString();
        r.gatedText = q.value(7).toString();
        r.locked = q.value(8).toBool();
        r.score = q.value(9).toDouble();
        rows.append(std::move(r));
    }
    return rows;
}

QHash<QPair<SearchKind, qint64>, QString> SearchIndex::parentTitles(const QList<SearchRow> &rows)
{
    static const QList<std::pair<SearchKind, QString>> Parents{
        {SearchKind::Comment, u"SELECT id, title FROM articles WHERE "_s},
        {SearchKind::Answer, u"SELECT id, title FROM questions WHERE "_s},
        {SearchKind::Lesson, u"SELECT id, title FROM courses WHERE "_s},
        {SearchKind::Message, u"SELECT id, name FROM channels WHERE "_s},
        {SearchKind::Member, u"SELECT id, username FROM users WHERE "_s},
    };
    QHash<QPair<SearchKind, qint64>, QString> titles;
    for (const auto &[kind, select] : Parents) {
        // A member's "parent" is the member: its title is the display name, its parent title the username.
        QList<qint64> ids;
        for (const SearchRow &r : rows) {
            const qint64 parent = kind == SearchKind::Member ? r.id : r.parentId;
            if (r.kind == kind && !ids.contains(parent)) {
                ids.append(parent);
            }
        }
        if (ids.isEmpty()) {
            continue;
        }
        QVariantList values;
        const QString condition = sql::inList(u"id"_s, ids, values);
        QSqlQuery q = sql::exec(m_db, select + condition, values);
        while (q.next()) {
            titles.insert({kind, q.value(0).toLongLong()}, q.value(1).toString());
        }
    }
    return titles;
}

QHash<qint64, qint64> SearchIndex::messageSeqs(const QList<SearchRow> &rows)
{
    QList<qint64> ids;
    for (const SearchRow &r : rows) {
        if (r.kind == SearchKind::Message) {
            ids.append(r.id);
        }
    }
    QHash<qint64, qint64> seqs;
    if (ids.isEmpty()) {
        return seqs;
    }
    QVariantList values;
    const QString condition = sql::inList(u"id"_s, ids, values);
    QSqlQuery q = sql::exec(m_db, u"SELECT id, seq FROM messages WHERE "_s + condition, values);
    while (q.next()) {
        seqs.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
    }
    return seqs;
}

} // namespace guild::server
