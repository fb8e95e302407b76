#pragma once

#include "routegroup.h"

namespace guild::server {

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

} // namespace guild::server
