#include "discussionservice.h"

#include "keptreads.h"
#include "net/apiclient.h"
#include "protocol/endpoints.h"
#include "protocol/limits.h"
#include "storage/articlecache.h"
#include "storage/localcache.h"
#include "writeoutbox.h"

using namespace Qt::StringLiterals;

namespace guild::app {

using namespace protocol;
using Outcome = WriteOutbox::Outcome;
using models::PendingWrite;

namespace {

const QString LikeKind = u"like"_s;
const QString UnlikeKind = u"unlike"_s;
const QString CommentKind = u"comment"_s;

QString articleQueue(qint64 articleId)
{
    return u"article:"_s + QString::number(articleId);
}

} // namespace

DiscussionService::DiscussionService(ApiClient &api, LocalCache &cache, WriteOutbox &outbox, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_cache(cache)
    , m_outbox(outbox)
{
    const auto likeDone = [this](const PendingWrite &w, const Outcome &outcome) {
        const bool like = w.kind == LikeKind;
        if (const auto reply = WriteOutbox::answerOf(endpoints::LikeArticle, outcome)) {
            if (like) {
                Q_EMIT liked(w.subjectId);
            }
            store(reply->value);
            return;
        }
        if (outcome.kind == Outcome::Kind::Refused) {
            // Nothing to retry (the member can press the button again): given up at once, which undoes it.
            Q_EMIT likeFailed(w.subjectId, outcome.message);
            m_outbox.discard(w.id);
            return;
        }
        // Given up: what the reader showed at once is undone, and the server says how it is.
        showLikeLocally(w.subjectId, !like);
        refresh(w.subjectId);
    };
    m_outbox.handle(LikeKind, this, likeDone);
    m_outbox.handle(UnlikeKind, this, likeDone);
    m_outbox.handle(CommentKind, this, [this](const PendingWrite &w, const Outcome &outcome) {
        switch (outcome.kind) {
        case Outcome::Kind::Delivered:
            if (const auto reply = WriteOutbox::answerOf(endpoints::AddComment, outcome)) {
                Q_EMIT commentPosted(reply->value, w.id);
            }
            refresh(w.subjectId);
            break;
        case Outcome::Kind::Refused:
            Q_EMIT commentFailed(w.subjectId, outcome.message, w.id);
            break;
        case Outcome::Kind::Discarded:
            Q_EMIT commentDiscarded(w.subjectId, w.id);
            break;
        }
    });
    connect(&m_outbox, &WriteOutbox::queued, this, [this](const PendingWrite &w) {
        if (w.kind == CommentKind) {
            Q_EMIT commentQueued(w.subjectId, w);
        }
    });
}

void DiscussionService::store(const Article &article)
{
    m_cache.run<bool>(
        this, [a = article](QSqlDatabase &db) { return ArticleCache(db).store(a); },
        [this, a = article](bool) { Q_EMIT articleChanged(a); });
}

void DiscussionService::showLikeLocally(qint64 articleId, bool liked)
{
    m_cache.run<std::optional<Article>>(
        this, [articleId, liked](QSqlDatabase &db) { return ArticleCache(db).setLikedLocally(articleId, liked); },
        [this](std::optional<Article> a) {
            if (a) {
                Q_EMIT articleChanged(*a);
            }
        });
}

void DiscussionService::setLiked(qint64 articleId, bool like)
{
    showLikeLocally(articleId, like);
    const WriteOutbox::About about{articleQueue(articleId), like ? LikeKind : UnlikeKind, articleId};
    const std::optional<QString> refused =
        like ? m_outbox.add(endpoints::LikeArticle, endpoints::LikeArticle.url(articleId), {}, about)
             : m_outbox.add(endpoints::UnlikeArticle, endpoints::UnlikeArticle.url(articleId), {}, about);
    if (refused) {
        showLikeLocally(articleId, !like);
        Q_EMIT likeFailed(articleId, *refused);
    }
}

void DiscussionService::loadComments(qint64 articleId, qint64 afterId)
{
    m_api.call(endpoints::ListComments, articleId, CommentsRequest{afterId, CommentPage}, this,
               [this, articleId, afterId](const ApiResult<CommentList> &r) {
                   const auto failed = [this, articleId, offline = r.networkFailure](const QString &message) {
                       Q_EMIT commentsFailed(
                           articleId, offline ? tr("You are offline: comments are loaded from the server.") : message);
                   };
                   if (afterId != 0) { // later pages are read online only; the first is kept for offline
                       if (r.ok()) {
                           Q_EMIT commentsLoaded(articleId, r->items, false, r->items.size() == CommentPage);
                       } else {
                           failed(r.message);
                       }
                       return;
                   }
                   KeptReads::settle<CommentList>(
                       m_cache, this, u"comments:"_s + QString::number(articleId), r,
                       [this, articleId](const CommentList &comments, const QDateTime &keptAt) {
                           // Offline, the kept first page is all there is: no "more" to ask for.
                           Q_EMIT commentsLoaded(articleId, comments.items, true,
                                                 !keptAt.isValid() && comments.items.size() == CommentPage);
                           if (keptAt.isValid()) {
                               Q_EMIT commentsKept(articleId, KeptReads::asOf(keptAt));
                           }
                       },
                       failed);
               });
}

void DiscussionService::postComment(qint64 articleId, const QString &body)
{
    // The server checks too; saying it here keeps the member's text and avoids a round trip.
    if (body.trimmed().isEmpty() || body.size() > limits::CommentMax) {
        Q_EMIT commentFailed(articleId, tr("A comment is 1 to %1 characters long.").arg(limits::CommentMax), 0);
        return;
    }
    // The article's title names the comment in the list of what is waiting to be sent.
    m_cache.run<std::optional<Article>>(
        this, [articleId](QSqlDatabase &db) { return ArticleCache(db).article(articleId); },
        [this, articleId, body](std::optional<Article> cached) {
            const WriteOutbox::About about{articleQueue(articleId), CommentKind, articleId,
                                           cached ? cached->title : QString()};
            if (auto refused = m_outbox.add(endpoints::AddComment, endpoints::AddComment.url(articleId),
                                            CommentRequest{body}, about)) {
                Q_EMIT commentFailed(articleId, *refused, 0);
            }
        });
}

void DiscussionService::retryComment(qint64 writeId)
{
    m_outbox.retry(writeId);
}

void DiscussionService::discardComment(qint64 writeId)
{
    m_outbox.discard(writeId);
}

QList<PendingWrite> DiscussionService::pendingComments(qint64 articleId) const
{
    return m_outbox.writesAbout(CommentKind, articleId);
}

void DiscussionService::refresh(qint64 articleId)
{
    m_api.call(endpoints::GetArticle, articleId, {}, this, [this](const ApiResult<ArticleReply> &r) {
        if (r.ok()) {
            store(r->value);
        }
    });
}

} // namespace guild::app
