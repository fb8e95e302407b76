#pragma once

#include "protocol/api/saved.h"

// The member's reader tools: bookmarks and highlights with notes, kept on the server so every device
// has them.
namespace guild::protocol::endpoints {

inline constexpr Endpoint<NoRequest, SavedItems> MySaved{{HttpMethod::Get, QLatin1StringView("/api/v1/me/saved"),
                                                          Access::Bearer,
                                                          "The caller's bookmarks and highlights, newest first"}};
inline constexpr Endpoint<NoRequest, BookmarkReply> PutBookmark{
    {HttpMethod::Put, QLatin1StringView("/api/v1/me/bookmarks/{key}"), Access::Bearer,
     "Bookmark an article, lesson, message or answer (key: kind-id; idempotent)"}};
inline constexpr Endpoint<NoRequest, NoContent, 204> DeleteBookmark{{HttpMethod::Delete,
                                                                     QLatin1StringView("/api/v1/me/bookmarks/{key}"),
                                                                     Access::Bearer, "Remove a bookmark (idempotent)"}};
inline constexpr Endpoint<HighlightInput, HighlightReply> PutHighlight{
    {HttpMethod::Put, QLatin1StringView("/api/v1/me/highlights/{key}"), Access::Bearer,
     "Save a highlight with its note, keyed by the client (idempotent)"}};
inline constexpr Endpoint<NoRequest, NoContent, 204> DeleteHighlight{
    {HttpMethod::Delete, QLatin1StringView("/api/v1/me/highlights/{key}"), Access::Bearer,
     "Remove a highlight (idempotent)"}};

} // namespace guild::protocol::endpoints
