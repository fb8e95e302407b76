#pragma once

#include "protocol/api/chat.h"

// Chat over REST (the live protocol is the WebSocket at ChatSocket; docs/chat-protocol.md).
namespace guild::protocol::endpoints {

inline constexpr Endpoint<NoRequest, ChannelList> ListChannels{
    {HttpMethod::Get, QLatin1StringView("/api/v1/channels"), Access::Bearer, "Chat channels the caller may read"}};
inline constexpr Endpoint<HistoryRequest, HistoryPage> ChannelHistory{
    {HttpMethod::Get, QLatin1StringView("/api/v1/channels/{id}/messages"), Access::Bearer, "Chat history, by seq"}};
inline constexpr Endpoint<NoRequest, MessageList> GetThread{
    {HttpMethod::Get, QLatin1StringView("/api/v1/chat/messages/{id}/thread"), Access::Bearer,
     "A chat thread: its first message and the replies"}};
inline constexpr Endpoint<PromoteToArticleRequest, ArticleReply, 201> PromoteToArticle{
    {HttpMethod::Post, QLatin1StringView("/api/v1/chat/messages/{id}/promote"), Access::Bearer,
     "Turn a chat thread into an article (authors, admins)"}};
inline constexpr Endpoint<PromoteToQuestionRequest, QuestionReply, 201> PromoteToQuestion{
    {HttpMethod::Post, QLatin1StringView("/api/v1/chat/messages/{id}/promote-question"), Access::Bearer,
     "Turn a chat thread into a Q&A question (authors, admins)"}};
inline constexpr Endpoint<ChannelInput, ChannelReply, 201> CreateChannel{
    {HttpMethod::Post, QLatin1StringView("/api/v1/channels"), Access::Bearer, "Make a chat channel (admins)"}};
inline constexpr Endpoint<ChannelInput, ChannelReply> UpdateChannel{
    {HttpMethod::Patch, QLatin1StringView("/api/v1/channels/{id}"), Access::Bearer,
     "Rename a channel, change its topic or tier (admins)"}};
inline constexpr Endpoint<NoRequest, NoContent, 204> ArchiveChannel{
    {HttpMethod::Delete, QLatin1StringView("/api/v1/channels/{id}"), Access::Bearer,
     "Archive a channel: it leaves every list, its history stays (admins)"}};
inline constexpr Route ChatSocket{HttpMethod::Get, QLatin1StringView("/ws"), Access::Bearer,
                                  "Live chat over WebSocket (an upgrade; the token comes in the first frame)"};

} // namespace guild::protocol::endpoints
