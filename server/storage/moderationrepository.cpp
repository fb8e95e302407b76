#include "moderationrepository.h"

#include "searchindex.h"
#include "sql.h"

using namespace Qt::StringLiterals;

namespace guild::server {

using namespace protocol;

namespace {

constexpr qsizetype ExcerptMax = 280;

/// The statement reading a subject's author, text and hidden state, per kind.
QString subjectQuery(const QString &kind)
{
    if (kind == u"comment"_s) {
        return u"SELECT user_id, body, hidden_at FROM comments WHERE id = ?"_s;
    }
    if (kind == u"question"_s) {
        return u"SELECT asker_id, title || ': ' || body, hidden_at FROM questions WHERE id = ?"_s;
    }
    if (kind == u"answer"_s) {
        return u"SELECT author_id, body, hidden_at FROM answers WHERE id = ?"_s;
    }
    return u"SELECT sender_id, body, deleted_at FROM messages WHERE id = ?"_s;
}

QString hiddenTable(const QString &kind)
{
    return kind == u"comment"_s ? u"comments"_s : kind == u"question"_s ? u"questions"_s : u"answers"_s;
}

const QString ReportColumns =
    u"SELECT r.id, r.kind, r.subject_id, r.excerpt, a.display_name, r.author_id, p.display_name, r.reason, r.status, "
    "r.resolution, COALESCE(m.display_name, ''), r.created_at FROM reports r JOIN users a ON a.id = r.author_id "
    "JOIN users p ON p.id = r.reporter_id LEFT JOIN users m ON m.id = r.resolved_by "_s;

ModerationReport readReport(const QSqlQuery &q)
{
    ModerationReport r;
    r.id = q.value(0).toLongLong();
    r.kind = q.value(1).toString();
    r.subjectId = q.value(2).toLongLong();
    r.excerpt = q.value(3).toString();
    r.authorName = q.value(4).toString();
    r.authorId = q.value(5).toLongLong();
    r.reporterName = q.value(6).toString();
    r.reason = q.value(7).toString();
    r.status = q.value(8).toString();
    r.resolution = q.value(9).toString();
    r.resolvedBy = q.value(10).toString();
    r.createdAt = sql::timeFromMs(q.value(11));
    return r;
}

} // namespace

std::optional<ReportSubject> ModerationRepository::subject(const QString &kind, qint64 id)
{
    QSqlQuery q = sql::exec(m_db, subjectQuery(kind), {id});
    if (!q.next()) {
        return std::nullopt;
    }
    return ReportSubject{q.value(0).toLongLong(), q.value(1).toString(), !q.value(2).isNull()};
}

std::optional<Tier> ModerationRepository::requiredTier(const QString &kind, qint64 id)
{
    const QString statement =
        kind == u"comment"_s
            ? u"SELECT a.required_tier FROM comments c JOIN articles a ON a.id = c.article_id WHERE c.id = ?"_s
        : kind == u"question"_s
            ? u"SELECT required_tier FROM questions WHERE id = ?"_s
            : u"SELECT q.required_tier FROM answers x JOIN questions q ON q.id = x.question_id WHERE x.id = ?"_s;
    const QVariant level = sql::scalar(m_db, statement, {id});
    return level.isValid() ? tierFromLevel(level.toLongLong()) : std::nullopt;
}

std::optional<qint64> ModerationRepository::insert(qint64 reporterId, const QString &kind, qint64 subjectId,
                                                   const ReportSubject &subject, const QString &reason, qint64 now)
{
    const QVariant id =
        sql::scalar(m_db,
                    u"INSERT INTO reports (reporter_id, kind, subject_id, author_id, excerpt, reason, status, "
                    "created_at) VALUES (?, ?, ?, ?, ?, ?, 'open', ?) "
                    "ON CONFLICT (reporter_id, kind, subject_id) DO NOTHING RETURNING id"_s,
                    {reporterId, kind, subjectId, subject.authorId, subject.text.left(ExcerptMax), reason, now});
    return id.isValid() ? std::optional(id.toLongLong()) : std::nullopt;
}

std::optional<ModerationReport> ModerationRepository::find(qint64 id)
{
    QSqlQuery q = sql::exec(m_db, ReportColumns + u"WHERE r.id = ?"_s, {id});
    return q.next() ? std::optional(readReport(q)) : std::nullopt;
}

QList<ModerationReport> ModerationRepository::queue(bool all, int limit)
{
    QSqlQuery q = sql::exec(m_db,
                            all ? ReportColumns + u"ORDER BY r.id DESC LIMIT ?"_s
                                : ReportColumns + u"WHERE r.status = 'open' ORDER BY r.id LIMIT ?"_s,
                            {limit});
    QList<ModerationReport> list;
    while (q.next()) {
        list.append(readReport(q));
    }
    return list;
}

void ModerationRepository::resolveSubject(const QString &kind, qint64 subjectId, const QString &status,
                                          const QString &resolution, qint64 moderatorId, qint64 now)
{
    sql::exec(m_db,
              u"UPDATE reports SET status = ?, resolution = ?, resolved_by = ?, resolved_at = ? "
              "WHERE kind = ? AND subject_id = ? AND status = 'open'"_s,
              {status, sql::text(resolution), moderatorId, now, kind, subjectId});
}

void ModerationRepository::resolve(qint64 reportId, const QString &status, const QString &resolution,
                                   qint64 moderatorId, qint64 now)
{
    sql::exec(m_db, u"UPDATE reports SET status = ?, resolution = ?, resolved_by = ?, resolved_at = ? WHERE id = ?"_s,
              {status, sql::text(resolution), moderatorId, now, reportId});
}

void ModerationRepository::hide(const QString &kind, qint64 id, qint64 now)
{
    const QString table = hiddenTable(kind);
    if (kind == u"comment"_s) {
        sql::exec(m_db,
                  u"UPDATE articles SET comment_count = comment_count - 1 WHERE id = "
                  "(SELECT article_id FROM comments WHERE id = ? AND hidden_at IS NULL)"_s,
                  {id});
    }
    sql::exec(m_db, u"UPDATE "_s + table + u" SET hidden_at = ? WHERE id = ? AND hidden_at IS NULL"_s, {now, id});
    if (const std::optional<protocol::SearchKind> searched = protocol::searchKindFromCode(kind)) {
        SearchIndex(m_db).refresh(*searched, id);
    }
}

int ModerationRepository::hideAllBy(qint64 userId, qint64 now)
{
    int hidden = 0;
    sql::exec(m_db,
              u"UPDATE articles SET comment_count = comment_count - (SELECT COUNT(*) FROM comments c WHERE "
              "c.article_id = articles.id AND c.user_id = ? AND c.hidden_at IS NULL) WHERE id IN "
              "(SELECT article_id FROM comments WHERE user_id = ? AND hidden_at IS NULL)"_s,
              {userId, userId});
    for (const auto &[table, column] :
         {std::pair(u"comments"_s, u"user_id"_s), std::pair(u"questions"_s, u"asker_id"_s),
          std::pair(u"answers"_s, u"author_id"_s)}) {
        QSqlQuery q = sql::exec(
            m_db, u"UPDATE "_s + table + u" SET hidden_at = ? WHERE "_s + column + u" = ? AND hidden_at IS NULL"_s,
            {now, userId});
        hidden += q.numRowsAffected();
    }
    SearchIndex(m_db).forgetHidden();
    return hidden;
}

QList<qint64> ModerationRepository::liveMessagesBy(qint64 userId)
{
    QSqlQuery q =
        sql::exec(m_db, u"SELECT id FROM messages WHERE sender_id = ? AND deleted_at IS NULL ORDER BY id"_s, {userId});
    QList<qint64> ids;
    while (q.next()) {
        ids.append(q.value(0).toLongLong());
    }
    return ids;
}

} // namespace guild::server
