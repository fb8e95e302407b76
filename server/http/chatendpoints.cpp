#include "domain/chatservice.h"
#include "domain/threadpromotion.h"
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

/// Chat errors carry chat codes (no_such_channel...); over REST they become the API's codes.
ApiError restError(ApiError error)
{
    if (error.status == 404) {
        error.code = QString(errors::NotFound);
    } else if (error.status == 403) {
        error.code = QString(errors::MembershipRequired);
    }
    return error;
}

QJsonObject messagesJson(const QList<protocol::chat::Message> &list)
{
    QJsonArray messages;
    for (const protocol::chat::Message &m : list) {
        messages.append(m.toJson());
    }
    return QJsonObject{{u"messages"_s, messages}};
}

} // namespace

void registerChatRoutes(ApiServer &server, ChatService &chat, ThreadPromotion &promotion)
{
    server.routeWithId(endpoints::GetThread, [&server, &chat](qint64 id, const Request &request) {
        return withUser(server, request, [&](const AuthUser &user) {
            const Result<QList<protocol::chat::Message>> thread = chat.thread(user, id);
            return thread.ok() ? Reply::json(messagesJson(thread.value())) : Reply::error(restError(thread.error()));
        });
    });

    server.routeWithId(endpoints::PromoteToQuestion, [&server, &promotion](qint64 id, const Request &request) {
        return withUserAndJson(server, request, [&](const AuthUser &user, const QJsonObject &json) {
            JsonReader reader(json);
            const QString title = reader.optionalString("title"_L1, limits::TitleMax).value_or(QString());
            if (!reader.ok()) {
                return Reply::error(reader.error());
            }
            return toReply(
                promotion.promoteToQuestion(user, id, title),
                [](const engagement::Question &q) {
                    return QJsonObject{{u"question"_s, q.toJson()}};
                },
                201);
        });
    });

    server.routeWithId(endpoints::PromoteToArticle, [&server, &promotion](qint64 id, const Request &request) {
        return withUserAndJson(server, request, [&](const AuthUser &user, const QJsonObject &json) {
            JsonReader reader(json);
            const QString title = reader.requiredString("title"_L1, 1, limits::TitleMax);
            const QStringList tags =
                reader.optionalStringList("tags"_L1, limits::TagsPerArticleMax, limits::TagMax).value_or(QStringList());
            if (!reader.ok()) {
                return Reply::error(reader.error());
            }
            return toReply(
                promotion.promote(user, id, title, tags),
                [](const Article &a) {
                    return QJsonObject{{u"article"_s, a.toJson()}};
                },
                201);
        });
    });

    server.route(endpoints::ListChannels, [&server, &chat](const Request &request) {
        return withUser(server, request, [&chat](const AuthUser &user) {
            QJsonArray channels;
            for (const protocol::chat::Channel &c : chat.readableChannels(user)) {
                channels.append(c.toJson());
            }
            return Reply::json(QJsonObject{{u"channels"_s, channels}});
        });
    });

    server.routeWithId(endpoints::ChannelHistory, [&server, &chat](qint64 id, const Request &request) {
        return withUser(server, request, [&](const AuthUser &user) {
            const auto limit = request.intParam(u"limit"_s, 50, 1, protocol::chat::limits::HistoryPageMax);
            bool afterOk = true;
            bool beforeOk = true;
            HistoryQuery query;
            if (request.query.hasQueryItem(u"after"_s)) {
                query.after = request.param(u"after"_s).toLongLong(&afterOk);
            }
            if (request.query.hasQueryItem(u"before"_s)) {
                query.before = request.param(u"before"_s).toLongLong(&beforeOk);
            }
            if (!limit || !afterOk || !beforeOk || query.after.value_or(0) < 0 || query.before < 0) {
                return Reply::error(ApiError::badRequest(
                    errors::InvalidField, u"'after' and 'before' are seq numbers; 'limit' is 1 to 200."_s));
            }
            query.limit = *limit;
            const Result<HistoryPage> page = chat.history(user, id, query);
            if (!page.ok()) {
                return Reply::error(restError(page.error()));
            }
            QJsonObject json = messagesJson(page.value().messages);
            json.insert(u"hasMore"_s, page.value().hasMore);
            return Reply::json(json);
        });
    });
}

} // namespace guild::server
