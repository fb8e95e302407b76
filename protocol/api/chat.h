#pragma once

#include "articles.h"
#include "engagement.h"
#include "protocol/chat.h"
#include "protocol/contract.h"
#include "protocol/types.h"

// Bodies of chat's REST routes (live chat itself runs over the WebSocket: protocol/chatframes.h).
namespace guild::protocol {

/// GET /channels/{id}/messages: after a seq (resuming, oldest first) or the newest before one.
struct HistoryRequest
{
    /// Set: messages after this seq, oldest first. Unset: the newest before `before`.
    std::optional<qint64> after;
    qint64 before = 0; ///< 0: no upper bound
    int limit = 50;

    QUrlQuery toQuery() const;
    static std::optional<HistoryRequest> fromQuery(const QUrlQuery &query, ApiError *error);
};

struct HistoryPage
{
    QList<chat::Message> messages;
    bool hasMore = false;

    QJsonObject toJson() const;
    static std::optional<HistoryPage> fromJson(const QJsonObject &json);
};

/// A chat thread made into an article.
struct PromoteToArticleRequest
{
    QString title;
    QStringList tags; ///< empty: ["chat"]

    QJsonObject toJson() const;
    static std::optional<PromoteToArticleRequest> fromJson(const QJsonObject &json, ApiError *error);
};

/// A chat thread made into a Q&A question.
struct PromoteToQuestionRequest
{
    QString title; ///< empty: the thread's first line

    QJsonObject toJson() const;
    static std::optional<PromoteToQuestionRequest> fromJson(const QJsonObject &json, ApiError *error);
};

/// A channel as an admin makes or changes it: its name (no spaces, at most 40 characters), topic and
/// the tier it needs.
struct ChannelInput
{
    QString name;
    QString topic;
    QString requiredTier = QStringLiteral("free");

    QJsonObject toJson() const;
    static std::optional<ChannelInput> fromJson(const QJsonObject &json, ApiError *error);
};

using ChannelList = ListOf<chat::Channel, "channels">;
using ChannelReply = One<chat::Channel, "channel">;
using MessageList = ListOf<chat::Message, "messages">;

} // namespace guild::protocol
