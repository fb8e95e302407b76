#include "domain/chatservice.h"
#include "endpoints.h"
#include "protocol/errorcodes.h"
#include "replyhelpers.h"

using namespace Qt::StringLiterals;

namespace guild::server {

using namespace protocol;
using Method = QHttpServerRequest::Method;

void registerChatRoutes(ApiServer &server, ChatService &chat)
{
    server.route(u"/api/v1/channels"_s, Method::Get, [&server, &chat](const Request &request) {
        return withUser(server, request, [&chat](const AuthUser &user) {
            QJsonArray channels;
            for (const protocol::chat::Channel &c : chat.readableChannels(user)) {
                channels.append(c.toJson());
            }
            return Reply::json(QJsonObject{{u"channels"_s, channels}});
        });
    });

    server.routeWithId(
        u"/api/v1/channels/<arg>/messages"_s, Method::Get, [&server, &chat](qint64 id, const Request &request) {
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
                    ApiError error = page.error();
                    if (error.status == 404) {
                        error.code = QString(errors::NotFound);
                    } else if (error.status == 403) {
                        error.code = QString(errors::MembershipRequired);
                    }
                    return Reply::error(error);
                }
                QJsonArray messages;
                for (const protocol::chat::Message &m : page.value().messages) {
                    messages.append(m.toJson());
                }
                return Reply::json(QJsonObject{{u"messages"_s, messages}, {u"hasMore"_s, page.value().hasMore}});
            });
        });
}

} // namespace guild::server
