#include "savedroutes.h"

#include "domain/savedservice.h"
#include "http/handle.h"
#include "protocol/endpoints/saved.h"

namespace guild::server {

using namespace protocol;

SavedRoutes::SavedRoutes(SavedService &saved)
    : m_saved(saved)
{}

void SavedRoutes::attach(ApiServer &server)
{
    handle(server, endpoints::MySaved, [this](const Call &call) { return m_saved.all(call.user()); });
    handle(server, endpoints::PutBookmark,
           [this](const Call &call) { return m_saved.putBookmark(call.user(), call.key); });
    handle(server, endpoints::DeleteBookmark,
           [this](const Call &call) { return m_saved.removeBookmark(call.user(), call.key); });
    handle(server, endpoints::PutHighlight, [this](const Call &call, const HighlightInput &input) {
        return m_saved.putHighlight(call.user(), call.key, input);
    });
    handle(server, endpoints::DeleteHighlight,
           [this](const Call &call) { return m_saved.removeHighlight(call.user(), call.key); });
}

} // namespace guild::server
