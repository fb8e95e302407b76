#include "articleservice.h"

#include "clock.h"
#include "protocol/errorcodes.h"
#include "protocol/limits.h"
#include "storage/articlerepository.h"
#include "storage/database.h"
#include "storage/pollrepository.h"
#include "storage/sql.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace guild::server {

using namespace protocol;

namespace {

ApiError articleNotFound()
{
    return ApiError::notFound(u"No such article."_s);
}

ApiError membershipRequired(Tier tier)
{
    return ApiError::forbidden(errors::MembershipRequired,
                               u"This article is for %1 members; upgrade to read it."_s.arg(tierCode(tier)));
}

std::optional<FeedPosition> decodeCursor(const QString &cursor, bool *ok)
{
    *ok = true;
    if (cursor.isEmpty()) {
        return std::nullopt;
    }
    const auto decoded = QByteArray::fromBase64Encoding(cursor.toLatin1(), QByteArray::Base64UrlEncoding |
                                                                               QByteArray::AbortOnBase64DecodingErrors);
    const QList<QByteArray> parts = decoded.decoded.split(':');
    bool a = false;
    bool b = false;
    if (decoded.decodingStatus != QByteArray::Base64DecodingStatus::Ok || parts.size() != 2) {
        *ok = false;
        return std::nullopt;
    }
    const FeedPosition position{parts[0].toLongLong(&a), parts[1].toLongLong(&b)};
    *ok = a && b;
    return position;
}

// Derives a plain-text summary from Markdown when the author gives none.
QString summarise(const QString &body)
{
    QString text = body;
    text.remove(QRegularExpression(u"```[\\s\\S]*?```"_s));
    text.remove(QRegularExpression(u"[#>*_`\\[\\]]"_s));
    text = text.simplified();
    return text.size() > 200 ? text.left(199) + u'…' : text;
}

std::optional<ApiError> validatePoll(const PollDraft &poll, qint64 now)
{
    auto invalid = [](const QString &message) { return ApiError::badRequest(errors::InvalidField, message); };
    if (poll.question.trimmed().isEmpty() || poll.question.size() > limits::PollQuestionMax) {
        return invalid(u"The poll's 'question' must be 1 to %1 characters."_s.arg(limits::PollQuestionMax));
    }
    QStringList seen;
    for (const QString &option : poll.options) {
        if (option.trimmed().isEmpty() || option.size() > limits::PollOptionMax || seen.contains(option.trimmed())) {
            return invalid(u"Poll options must be distinct, 1 to %1 characters each."_s.arg(limits::PollOptionMax));
        }
        seen.append(option.trimmed());
    }
    if (poll.options.size() < 2 || poll.options.size() > limits::PollOptionsMax) {
        return invalid(u"A poll has 2 to %1 options."_s.arg(limits::PollOptionsMax));
    }
    if (poll.closesAt.isValid() && poll.closesAt.toMSecsSinceEpoch() <= now) {
        return invalid(u"The poll's 'closesAt' must be in the future."_s);
    }
    return std::nullopt;
}

std::optional<ApiError> validate(const ArticleInput &input, qint64 now)
{
    auto invalid = [](const QString &message) { return ApiError::badRequest(errors::InvalidField, message); };
    if (input.publishAt) {
        const qint64 at = input.publishAt->toMSecsSinceEpoch();
        if (!input.publishAt->isValid() || at <= now || at > now + limits::ScheduleAheadMaxMs) {
            return invalid(u"Field 'publishAt' must be a time in the coming year."_s);
        }
    }
    if (input.poll) {
        if (auto error = validatePoll(*input.poll, now)) {
            return error;
        }
    }
    if (input.title && (input.title->trimmed().isEmpty() || input.title->size() > limits::TitleMax)) {
        return invalid(u"Field 'title' must be 1 to %1 characters."_s.arg(limits::TitleMax));
    }
    if (input.body && (input.body->trimmed().isEmpty() || input.body->size() > limits::ArticleBodyMax)) {
        return invalid(u"Field 'body' must be 1 to %1 characters."_s.arg(limits::ArticleBodyMax));
    }
    if (input.summary && input.summary->size() > limits::SummaryMax) {
        return invalid(u"Field 'summary' must be at most %1 characters."_s.arg(limits::SummaryMax));
    }
    if (input.tags) {
        static const QRegularExpression tagPattern(u"^[\\p{L}\\p{N}][\\p{L}\\p{N}+#._-]*$"_s);
        for (const QString &tag : *input.tags) {
            if (!tagPattern.match(tag).hasMatch()) {
                return invalid(
                    u"Tag '%1' may hold only letters, digits and + # . _ -."_s.arg(tag.left(limits::TagMax)));
            }
        }
    }
    return std::nullopt;
}

} // namespace

ArticleService::ArticleService(Database &database)
    : m_database(database)
{}

QString ArticleService::encodeCursor(qint64 publishedAt, qint64 id)
{
    return QString::fromLatin1(QByteArray::number(publishedAt)
                                   .append(':')
                                   .append(QByteArray::number(id))
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

void ArticleService::applyAccess(Article &article, Tier viewerTier)
{
    article.locked = !tierCovers(viewerTier, article.requiredTier);
    if (article.locked) {
        article.body.clear();
        article.hasBody = false;
    }
}

void ArticleService::publishDue()
{
    QSqlDatabase db = m_database.connection();
    // Every read of the feed or an article asks; a plain read first, so readers do not queue for the
    // write lock (SQLite's BEGIN IMMEDIATE) when, as nearly always, nothing is due.
    if (!ArticleRepository(db).anyDue(nowMs())) {
        return;
    }
    sql::Transaction tx(db);
    if (ArticleRepository(db).publishDue(nowMs()) > 0) {
        tx.commit();
    }
}

Result<QList<Article>> ArticleService::scheduled(const AuthUser &viewer)
{
    if (!viewer.canPublish()) {
        return ApiError::forbidden(errors::Forbidden, u"Only authors and admins schedule articles."_s);
    }
    publishDue();
    QList<Article> list;
    for (const ArticleRow &row :
         ArticleRepository(m_database.connection()).scheduled(viewer.isAdmin() ? 0 : viewer.id)) {
        list.append(row.article);
    }
    return list;
}

Result<FeedPage> ArticleService::feed(const AuthUser &viewer, const FeedRequest &query)
{
    publishDue();
    bool cursorOk = false;
    const auto after = decodeCursor(query.cursor, &cursorOk);
    if (!cursorOk) {
        return ApiError::badRequest(errors::InvalidCursor, u"The cursor is not one this server issued."_s);
    }
    ArticleRepository repo(m_database.connection());
    // The version before the rows, so rows are never older than the version they are kept under.
    const qint64 version = repo.feedVersion();
    const QString key = u"%1/%2/%3/%4/%5"_s.arg(after ? after->publishedAt : -1)
                            .arg(after ? after->id : -1)
                            .arg(query.limit)
                            .arg(query.featuredOnly ? 1 : 0)
                            .arg(query.tag);
    QList<ArticleRow> rows = m_feedCache.findOrRead(
        key, version, [&] { return repo.feed(after, query.tag, query.limit + 1, query.featuredOnly); });
    FeedPage page;
    if (rows.size() > query.limit) {
        rows.resize(query.limit);
        const Article &last = rows.last().article;
        page.nextCursor = encodeCursor(last.publishedAt.toMSecsSinceEpoch(), last.id);
    }
    repo.fillViewerState(rows, viewer.id);
    for (ArticleRow &row : rows) {
        applyAccess(row.article, viewer.tier);
        page.articles.append(row.article);
    }
    return page;
}

Result<Article> ArticleService::article(const AuthUser &viewer, qint64 id)
{
    publishDue();
    ArticleRepository repo(m_database.connection());
    // Kept like feed pages, under the same version (an edit, a like or a comment moves it).
    const qint64 version = repo.feedVersion();
    const QString key = QString::number(id);
    // None when there is no such article: kept too, until the version moves.
    QList<ArticleRow> rows = m_articleCache.findOrRead(key, version, [&] {
        const std::optional<ArticleRow> found = repo.find(id, true);
        return found ? QList<ArticleRow>{*found} : QList<ArticleRow>{};
    });
    if (rows.isEmpty() || !rows.first().visibleTo(viewer.id, viewer.isAdmin())) {
        return articleNotFound();
    }
    if (!tierCovers(viewer.tier, rows.first().article.requiredTier)) {
        return membershipRequired(rows.first().article.requiredTier);
    }
    repo.fillViewerState(rows, viewer.id);
    return rows.first().article;
}

Result<Article> ArticleService::create(const AuthUser &author, const ArticleInput &input, qint64 sourceMessageId)
{
    if (!author.canPublish()) {
        return ApiError::forbidden(errors::Forbidden, u"Only authors and admins publish articles."_s);
    }
    if (!input.title || !input.body) {
        return ApiError::badRequest(errors::InvalidField, u"Fields 'title' and 'body' are required."_s);
    }
    const qint64 now = nowMs();
    if (auto error = validate(input, now)) {
        return *error;
    }
    ArticleDraft draft{input.title->trimmed(), input.summary.value_or(summarise(*input.body)), *input.body,
                       input.tags.value_or(QStringList()), input.requiredTier.value_or(Tier::Free)};
    draft.tags.removeDuplicates();
    draft.sourceMessageId = sourceMessageId;
    draft.featured = input.featured.value_or(false);
    draft.pinned = input.pinned.value_or(false);
    draft.scheduled = input.publishAt.has_value();
    draft.publishAt = input.publishAt ? input.publishAt->toMSecsSinceEpoch() : 0;
    QSqlDatabase db = m_database.connection();
    sql::Transaction tx(db);
    const qint64 id = ArticleRepository(db).insert(author.id, draft, now);
    if (id == 0) {
        return ApiError::conflict(errors::Conflict, u"This thread has been promoted already."_s);
    }
    if (input.poll) {
        PollRepository(db).insert(id, *input.poll, now);
    }
    tx.commit();
    if (m_onPublished) {
        m_onPublished(author.id, id);
    }
    return article(author, id);
}

Result<Article> ArticleService::update(const AuthUser &editor, qint64 id, const ArticleInput &input)
{
    const qint64 now = nowMs();
    if (auto error = validate(input, now)) {
        return *error;
    }
    QSqlDatabase db = m_database.connection();
    ArticleRepository repo(db);
    sql::Transaction tx(db);
    const auto row = repo.find(id, true);
    if (!row) {
        return articleNotFound();
    }
    if (row->authorId != editor.id && !editor.isAdmin()) {
        return ApiError::forbidden(errors::Forbidden, u"Only the author or an admin may edit this article."_s);
    }
    const Article &old = row->article;
    ArticleDraft draft{input.title.value_or(old.title).trimmed(), input.summary.value_or(old.summary),
                       input.body.value_or(old.body), input.tags.value_or(old.tags),
                       input.requiredTier.value_or(old.requiredTier)};
    draft.tags.removeDuplicates();
    draft.featured = input.featured.value_or(old.featured);
    draft.pinned = input.pinned.value_or(old.pinned);
    draft.scheduled = old.scheduled;
    draft.publishAt = input.publishAt ? input.publishAt->toMSecsSinceEpoch() : old.publishedAt.toMSecsSinceEpoch();
    if (input.publishAt && !old.scheduled) {
        return ApiError::conflict(errors::Conflict, u"This article has gone out already; it cannot be rescheduled."_s);
    }
    PollRepository polls(db);
    if (input.poll && polls.exists(id)) {
        return ApiError::conflict(errors::Conflict, u"This article has a poll already."_s);
    }
    repo.update(id, draft, now);
    if (input.poll) {
        polls.insert(id, *input.poll, now);
    }
    tx.commit();
    return article(editor, id);
}

Result<Done> ArticleService::remove(const AuthUser &editor, qint64 id)
{
    QSqlDatabase db = m_database.connection();
    ArticleRepository repo(db);
    sql::Transaction tx(db);
    const auto row = repo.find(id, false);
    if (!row) {
        return articleNotFound();
    }
    if (row->authorId != editor.id && !editor.isAdmin()) {
        return ApiError::forbidden(errors::Forbidden, u"Only the author or an admin may delete this article."_s);
    }
    repo.remove(id);
    repo.recordChange(id, "delete"_L1, nowMs());
    tx.commit();
    return Done{};
}

Result<Done> ArticleService::requireReadable(const AuthUser &viewer, qint64 id)
{
    const auto row = ArticleRepository(m_database.connection()).find(id, false);
    if (!row || !row->visibleTo(viewer.id, viewer.isAdmin())) {
        return articleNotFound();
    }
    if (!tierCovers(viewer.tier, row->article.requiredTier)) {
        return membershipRequired(row->article.requiredTier);
    }
    return Done{};
}

Result<Article> ArticleService::setLiked(const AuthUser &viewer, qint64 id, bool liked)
{
    if (auto readable = requireReadable(viewer, id); !readable.ok()) {
        return readable.error();
    }
    QSqlDatabase db = m_database.connection();
    ArticleRepository repo(db);
    sql::Transaction tx(db);
    if (liked) {
        repo.like(id, viewer.id, nowMs());
    } else {
        repo.unlike(id, viewer.id, nowMs());
    }
    tx.commit();
    return article(viewer, id);
}

Result<QList<Comment>> ArticleService::comments(const AuthUser &viewer, qint64 id, qint64 afterId, int limit)
{
    if (auto readable = requireReadable(viewer, id); !readable.ok()) {
        return readable.error();
    }
    return ArticleRepository(m_database.connection()).comments(id, afterId, limit);
}

Result<Comment> ArticleService::addComment(const AuthUser &viewer, qint64 id, const QString &body)
{
    if (body.trimmed().isEmpty() || body.size() > limits::CommentMax) {
        return ApiError::badRequest(errors::InvalidField,
                                    u"Field 'body' must be 1 to %1 characters."_s.arg(limits::CommentMax));
    }
    if (auto readable = requireReadable(viewer, id); !readable.ok()) {
        return readable.error();
    }
    QSqlDatabase db = m_database.connection();
    sql::Transaction tx(db);
    Comment comment = ArticleRepository(db).addComment(id, viewer.id, body, nowMs());
    tx.commit();
    return comment;
}

} // namespace guild::server
