#include "searchroutes.h"

#include "domain/searchservice.h"
#include "http/handle.h"
#include "protocol/endpoints/search.h"

namespace guild::server {

using namespace protocol;

SearchRoutes::SearchRoutes(SearchService &search)
    : m_search(search)
{}

void SearchRoutes::attach(ApiServer &server)
{
    handle(server, endpoints::Search,
           [this](const Call &call, const SearchRequest &r) { return m_search.search(call.user(), r); });
}

} // namespace guild::server
