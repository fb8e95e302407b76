#include "articleroutes.h"

#include "domain/articleservice.h"
#include "domain/pollservice.h"
#include "domain/syncservice.h"
#include "http/handle.h"
#include "protocol/endpoints/articles.h"

namespace guild::server {

using namespace protocol;

ArticleRoutes::ArticleRoutes(ArticleService &articles, PollService &polls, SyncService &sync)
    : m_articles(articles)
    , m_polls(polls)
    , m_sync(sync)
{}

void ArticleRoutes::attach(ApiServer &server)
{
    handle(server, endpoints::ListArticles,
           [this](const Call &call, const FeedRequest &r) { return m_articles.feed(call.user(), r); });
    handle(server, endpoints::CreateArticle,
           [this](const Call &call, const ArticleInput &r) { return m_articles.create(call.user(), r); });
    handle(server, endpoints::GetArticle,
           [this](const Call &call) { return m_articles.article(call.user(), call.id); });
    handle(server, endpoints::EditArticle,
           [this](const Call &call, const ArticleInput &r) { return m_articles.update(call.user(), call.id, r); });
    handle(server, endpoints::DeleteArticle,
           [this](const Call &call) { return m_articles.remove(call.user(), call.id); });
    handle(server, endpoints::LikeArticle,
           [this](const Call &call) { return m_articles.setLiked(call.user(), call.id, true); });
    handle(server, endpoints::UnlikeArticle,
           [this](const Call &call) { return m_articles.setLiked(call.user(), call.id, false); });
    handle(server, endpoints::ListComments, [this](const Call &call, const CommentsRequest &r) {
        return m_articles.comments(call.user(), call.id, r.after, r.limit);
    });
    handle(server, endpoints::AddComment, [this](const Call &call, const CommentRequest &r) {
        return m_articles.addComment(call.user(), call.id, r.body);
    });
    handle(server, endpoints::MyScheduledArticles,
           [this](const Call &call) { return m_articles.scheduled(call.user()); });
    handle(server, endpoints::GetPoll, [this](const Call &call) { return m_polls.poll(call.user(), call.id); });
    handle(server, endpoints::VotePoll,
           [this](const Call &call, const PollVote &r) { return m_polls.vote(call.user(), call.id, r.choices); });
    handle(server, endpoints::Sync,
           [this](const Call &call, const SyncRequest &r) { return m_sync.changes(call.user(), r.since, r.limit); });
}

} // namespace guild::server
