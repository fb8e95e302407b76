#pragma once

#include "models/channellistmodel.h"
#include "models/chatmessagemodel.h"
#include "net/apiclient.h"
#include "net/backoff.h"
#include "net/chatconnection.h"
#include "secrets/secretstore.h"
#include "services/chatservice.h"
#include "session.h"
#include "storage/localcache.h"
#include "support/cachewait.h"

#include <memory>

namespace guild::test {

/// One client instance (session, cache, chat link, models, chat service) over a cache file;
/// destroying it is what quitting the app does.
struct ChatTestClient
{
    app::ApiClient api;
    app::MemorySecretStore secrets;
    app::Session session{api, secrets};
    app::LocalCache cache;
    app::ChatConnection link{[this] { return api.accessToken(); }};
    models::ChannelListModel channels;
    models::ChatMessageModel messages;
    app::ChatService chat{link, cache, channels, messages};

    /// Null when the cache cannot be opened. Reconnects quickly, so tests of a lost link stay short.
    static std::unique_ptr<ChatTestClient> make(const QUrl &server, const QString &cachePath)
    {
        auto c = std::make_unique<ChatTestClient>();
        c->link.backoff() = app::Backoff(50, 400, 0.3);
        c->link.setServer(server);
        if (!openCache(c->cache, cachePath).isEmpty()) {
            return nullptr;
        }
        return c;
    }
};

} // namespace guild::test
