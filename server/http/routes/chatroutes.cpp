#include "chatroutes.h"

#include "domain/channeladmin.h"
#include "domain/chatservice.h"
#include "domain/threadpromotion.h"
#include "http/handle.h"
#include "protocol/endpoints/chat.h"
#include "protocol/errorcodes.h"

namespace guild::server {

using namespace protocol;

namespace {

/// Chat errors carry chat codes (no_such_channel...); over REST they become the API's codes.
template <typename T>
Result<T> restError(Result<T> result)
{
    if (result.ok()) {
        return result;
    }
    ApiError error = result.error();
    if (error.status == 404) {
        error.code = QString(errors::NotFound);
    } else if (error.status == 403) {
        error.code = QString(errors::MembershipRequired);
    }
    return error;
}

} // namespace

ChatRoutes::ChatRoutes(ChatService &chat, ThreadPromotion &promotion)
    : m_chat(chat)
    , m_promotion(promotion)
{}

void ChatRoutes::attach(ApiServer &server)
{
    handle(server, endpoints::ListChannels,
           [this](const Call &call) { return Result<QList<chat::Channel>>(m_chat.readableChannels(call.user())); });
    handle(server, endpoints::ChannelHistory, [this](const Call &call, const HistoryRequest &r) {
        return restError(m_chat.history(call.user(), call.id, r));
    });
    handle(server, endpoints::GetThread,
           [this](const Call &call) { return restError(m_chat.thread(call.user(), call.id)); });
    handle(server, endpoints::PromoteToArticle, [this](const Call &call, const PromoteToArticleRequest &r) {
        return m_promotion.promote(call.user(), call.id, r.title, r.tags);
    });
    handle(server, endpoints::PromoteToQuestion, [this](const Call &call, const PromoteToQuestionRequest &r) {
        return m_promotion.promoteToQuestion(call.user(), call.id, r.title);
    });
}

ChannelAdminRoutes::ChannelAdminRoutes(ChannelAdmin &channels)
    : m_channels(channels)
{}

void ChannelAdminRoutes::attach(ApiServer &server)
{
    handle(server, endpoints::CreateChannel,
           [this](const Call &call, const ChannelInput &r) { return m_channels.create(call.user(), r); });
    handle(server, endpoints::UpdateChannel,
           [this](const Call &call, const ChannelInput &r) { return m_channels.update(call.user(), call.id, r); });
    handle(server, endpoints::ArchiveChannel,
           [this](const Call &call) { return m_channels.archive(call.user(), call.id); });
}

} // namespace guild::server
