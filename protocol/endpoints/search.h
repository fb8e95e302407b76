#pragma once

#include "protocol/api/search.h"

// Search over everything the caller may read.
namespace guild::protocol::endpoints {

inline constexpr Endpoint<SearchRequest, SearchPage> Search{
    {HttpMethod::Get, QLatin1StringView("/api/v1/search"), Access::Bearer,
     "Search articles, comments, Q&A, courses, lessons, chat and events the caller may read, best first"}};

} // namespace guild::protocol::endpoints
