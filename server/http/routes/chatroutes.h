#pragma once

#include "routegroup.h"

namespace guild::server {

class ChannelAdmin;
class ChatService;
class ThreadPromotion;

/// Chat over REST: channels, history, threads and promoting a thread to an article or a question
/// (protocol/endpoints/chat.h; live chat is the WebSocket's, ws/).
class ChatRoutes final : public RouteGroup
{
public:
    ChatRoutes(ChatService &chat, ThreadPromotion &promotion);
    void attach(ApiServer &server) override;

private:
    ChatService &m_chat;
    ThreadPromotion &m_promotion;
};

/// Channels as admins run them: make, change, archive (protocol/endpoints/chat.h).
class ChannelAdminRoutes final : public RouteGroup
{
public:
    explicit ChannelAdminRoutes(ChannelAdmin &channels);
    void attach(ApiServer &server) override;

private:
    ChannelAdmin &m_channels;
};

} // namespace guild::server
