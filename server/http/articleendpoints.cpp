#include "domain/articleservice.h"
#include "domain/pollservice.h"
#include "endpoints.h"
#include "protocol/endpoints.h"
#include "protocol/errorcodes.h"
#include "protocol/jsonreader.h"
#include "protocol/limits.h"
#include "replyhelpers.h"

using namespace Qt::StringLiterals;

namespace guild::server {

using namespace protocol;
using Method = QHttpServerRequest::Method;

namespace {

std::optional<ArticleInput> readArticleInput(const Request &request, ApiError *error)
{
    const auto json = request.jsonBody(error);
    if (!json) {
        return std::nullopt;
    }
    JsonReader reader(*json);
    ArticleInput input;
    input.title = reader.optionalString("title"_L1, limits::TitleMax);
    input.summary = reader.optionalString("summary"_L1, limits::SummaryMax);
    input.body = reader.optionalString("body"_L1, limits::ArticleBodyMax);
    input.tags = reader.optionalStringList("tags"_L1, limits::TagsPerArticleMax, limits::TagMax);
    if (const auto tier = reader.optionalString("requiredTier"_L1, 16)) {
        input.requiredTier = tierFromCode(*tier);
        if (!input.requiredTier) {
            *error =
                ApiError::badRequest(errors::InvalidField, u"Field 'requiredTier' must be free, member or premium."_s);
            return std::nullopt;
        }
    }
    for (const auto &[key, target] :
         {std::pair{u"featured"_s, &input.featured}, std::pair{u"pinned"_s, &input.pinned}}) {
        const QJsonValue flag = json->value(key);
        if (!flag.isUndefined() && !flag.isBool()) {
            *error = ApiError::badRequest(errors::InvalidField, u"Field '%1' must be true or false."_s.arg(key));
            return std::nullopt;
        }
        if (flag.isBool()) {
            *target = flag.toBool();
        }
    }
    if (const auto publishAt = reader.optionalString("publishAt"_L1, 40)) {
        input.publishAt = fromIsoUtc(*publishAt);
        if (!input.publishAt->isValid()) {
            *error = ApiError::badRequest(errors::InvalidField, u"Field 'publishAt' must be an ISO 8601 time."_s);
            return std::nullopt;
        }
    }
    if (json->contains(u"poll"_s)) {
        if (!json->value(u"poll"_s).isObject()) {
            *error = ApiError::badRequest(errors::InvalidField, u"Field 'poll' must be an object."_s);
            return std::nullopt;
        }
        JsonReader poll(json->value(u"poll"_s).toObject());
        PollDraft draft;
        draft.question = poll.requiredString("question"_L1, 1, limits::PollQuestionMax);
        draft.options = poll.optionalStringList("options"_L1, limits::PollOptionsMax, limits::PollOptionMax)
                            .value_or(QStringList());
        const QJsonValue multiple = json->value(u"poll"_s)[u"multiple"_s];
        draft.multiple = multiple.toBool();
        const QString closes = poll.optionalString("closesAt"_L1, 40).value_or(QString());
        draft.closesAt = closes.isEmpty() ? 0 : fromIsoUtc(closes).toMSecsSinceEpoch();
        if (!poll.ok()) {
            *error = poll.error();
            return std::nullopt;
        }
        if ((!multiple.isUndefined() && !multiple.isBool()) || (!closes.isEmpty() && !fromIsoUtc(closes).isValid())) {
            *error = ApiError::badRequest(errors::InvalidField,
                                          u"The poll's 'multiple' is true or false; 'closesAt' an ISO 8601 time."_s);
            return std::nullopt;
        }
        input.poll = draft;
    }
    if (!reader.ok()) {
        *error = reader.error();
        return std::nullopt;
    }
    return input;
}

QJsonObject pollJson(const Poll &poll)
{
    return QJsonObject{{u"poll"_s, poll.toJson()}};
}

QJsonObject articleJson(const Article &article)
{
    return QJsonObject{{u"article"_s, article.toJson()}};
}

} // namespace

void registerArticleRoutes(ApiServer &server, ArticleService &articles, PollService &polls)
{

    server.route(endpoints::ListArticles, [&server, &articles](const Request &request) {
        return withUser(server, request, [&request, &articles](const AuthUser &user) {
            FeedQuery query;
            const auto limit = request.intParam(u"limit"_s, limits::PageSizeDefault, 1, limits::PageSizeMax);
            query.cursor = request.param(u"cursor"_s);
            query.tag = request.param(u"tag"_s);
            const QString featured = request.param(u"featured"_s);
            query.featuredOnly = featured == u"true"_s;
            if (!limit || query.tag.size() > limits::TagMax || query.cursor.size() > 64 ||
                (!featured.isEmpty() && featured != u"true"_s && featured != u"false"_s)) {
                return Reply::error(ApiError::badRequest(
                    errors::InvalidField,
                    u"'limit' must be 1 to %1; 'tag' and 'cursor' must be short; 'featured' true or false."_s.arg(
                        limits::PageSizeMax)));
            }
            query.limit = *limit;
            return toReply(articles.feed(user, query), [](const FeedPage &page) {
                QJsonArray items;
                for (const Article &a : page.articles) {
                    items.append(a.toJson());
                }
                QJsonObject json{{u"articles"_s, items}};
                json.insert(u"nextCursor"_s, page.nextCursor.isEmpty() ? QJsonValue() : QJsonValue(page.nextCursor));
                return json;
            });
        });
    });

    server.route(endpoints::CreateArticle, [&server, &articles](const Request &request) {
        return withUser(server, request, [&request, &articles](const AuthUser &user) {
            ApiError error;
            const auto input = readArticleInput(request, &error);
            return input ? toReply(articles.create(user, *input), articleJson, 201) : Reply::error(error);
        });
    });

    server.routeWithId(endpoints::GetArticle, [&server, &articles](qint64 id, const Request &request) {
        return withUser(server, request,
                        [&](const AuthUser &user) { return toReply(articles.article(user, id), articleJson); });
    });

    server.routeWithId(endpoints::EditArticle, [&server, &articles](qint64 id, const Request &request) {
        return withUser(server, request, [&](const AuthUser &user) {
            ApiError error;
            const auto input = readArticleInput(request, &error);
            return input ? toReply(articles.update(user, id, *input), articleJson) : Reply::error(error);
        });
    });

    server.routeWithId(endpoints::DeleteArticle, [&server, &articles](qint64 id, const Request &request) {
        return withUser(server, request, [&](const AuthUser &user) {
            const Result<Done> done = articles.remove(user, id);
            return done.ok() ? Reply::noContent() : Reply::error(done.error());
        });
    });

    for (const auto &way : {std::pair{&endpoints::LikeArticle, true}, std::pair{&endpoints::UnlikeArticle, false}}) {
        // A plain copy: structured bindings cannot be captured before clang 16, which the fuzzers build with.
        const bool liked = way.second;
        server.routeWithId(*way.first, [&server, &articles, liked](qint64 id, const Request &request) {
            return withUser(server, request, [&](const AuthUser &user) {
                return toReply(articles.setLiked(user, id, liked), articleJson);
            });
        });
    }

    server.routeWithId(endpoints::ListComments, [&server, &articles](qint64 id, const Request &request) {
        return withUser(server, request, [&](const AuthUser &user) {
            const auto limit = request.intParam(u"limit"_s, 50, 1, limits::PageSizeMax);
            const auto after = request.intParam(u"after"_s, 0, 0, std::numeric_limits<int>::max());
            if (!limit || !after) {
                return Reply::error(
                    ApiError::badRequest(errors::InvalidField, u"'limit' or 'after' is out of range."_s));
            }
            return toReply(articles.comments(user, id, *after, *limit), [](const QList<Comment> &comments) {
                QJsonArray items;
                for (const Comment &c : comments) {
                    items.append(c.toJson());
                }
                return QJsonObject{{u"comments"_s, items}};
            });
        });
    });

    server.routeWithId(endpoints::AddComment, [&server, &articles](qint64 id, const Request &request) {
        return withUserAndJson(server, request, [&](const AuthUser &user, const QJsonObject &json) {
            JsonReader reader(json);
            const QString body = reader.requiredString("body"_L1, 1, limits::CommentMax);
            if (!reader.ok()) {
                return Reply::error(reader.error());
            }
            return toReply(
                articles.addComment(user, id, body),
                [](const Comment &c) {
                    return QJsonObject{{u"comment"_s, c.toJson()}};
                },
                201);
        });
    });

    server.route(endpoints::MyScheduledArticles, [&server, &articles](const Request &request) {
        return withUser(server, request, [&](const AuthUser &user) {
            return toReply(articles.scheduled(user), [](const QList<Article> &scheduled) {
                QJsonArray items;
                for (const Article &a : scheduled) {
                    items.append(a.toJson());
                }
                return QJsonObject{{u"articles"_s, items}};
            });
        });
    });

    server.routeWithId(endpoints::GetPoll, [&server, &polls](qint64 id, const Request &request) {
        return withUser(server, request, [&](const AuthUser &user) { return toReply(polls.poll(user, id), pollJson); });
    });

    server.routeWithId(endpoints::VotePoll, [&server, &polls](qint64 id, const Request &request) {
        return withUserAndJson(server, request, [&](const AuthUser &user, const QJsonObject &json) {
            const QJsonValue choices = json.value(u"choices"_s);
            QList<int> picked;
            const QJsonArray items = choices.toArray();
            const bool valid = choices.isArray() && items.size() <= limits::PollOptionsMax &&
                               std::all_of(items.cbegin(), items.cend(), [](const QJsonValue &v) {
                                   return isInteger(v) && v.toInteger() >= 0 && v.toInteger() < limits::PollOptionsMax;
                               });
            if (!valid) {
                return Reply::error(ApiError::badRequest(
                    errors::InvalidField, u"'choices' is a list of option numbers (empty withdraws the vote)."_s));
            }
            for (const QJsonValue &v : items) {
                picked.append(static_cast<int>(v.toInteger()));
            }
            return toReply(polls.vote(user, id, picked), pollJson);
        });
    });
}

} // namespace guild::server
