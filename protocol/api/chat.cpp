#include "chat.h"

#include "protocol/jsonreader.h"
#include "protocol/limits.h"

using namespace Qt::StringLiterals;

namespace guild::protocol {

QUrlQuery HistoryRequest::toQuery() const
{
    QUrlQuery query;
    query.addQueryItem(u"limit"_s, QString::number(limit));
    if (after) {
        query.addQueryItem(u"after"_s, QString::number(*after));
    }
    if (before > 0) {
        query.addQueryItem(u"before"_s, QString::number(before));
    }
    return query;
}

std::optional<HistoryRequest> HistoryRequest::fromQuery(const QUrlQuery &query, ApiError *error)
{
    QueryReader reader(query);
    HistoryRequest r;
    r.limit = reader.integer("limit"_L1, 50, 1, chat::limits::HistoryPageMax);
    r.after = reader.optionalInteger("after"_L1, 0, std::numeric_limits<qint64>::max());
    r.before = reader.optionalInteger("before"_L1, 0, std::numeric_limits<qint64>::max()).value_or(0);
    return finish(reader, r, error);
}

QJsonObject HistoryPage::toJson() const
{
    QJsonObject json = MessageList(messages).toJson();
    json.insert(u"hasMore"_s, hasMore);
    return json;
}

std::optional<HistoryPage> HistoryPage::fromJson(const QJsonObject &json)
{
    const auto list = MessageList::fromJson(json);
    if (!list) {
        return std::nullopt;
    }
    return HistoryPage{list->items, json.value(u"hasMore"_s).toBool()};
}

QJsonObject PromoteToArticleRequest::toJson() const
{
    QJsonObject json{{u"title"_s, title}};
    if (!tags.isEmpty()) {
        json.insert(u"tags"_s, QJsonArray::fromStringList(tags));
    }
    return json;
}

std::optional<PromoteToArticleRequest> PromoteToArticleRequest::fromJson(const QJsonObject &json, ApiError *error)
{
    JsonReader reader(json);
    PromoteToArticleRequest r;
    r.title = reader.requiredString("title"_L1, 1, limits::TitleMax);
    r.tags = reader.optionalStringList("tags"_L1, limits::TagsPerArticleMax, limits::TagMax).value_or(QStringList());
    return finish(reader, r, error);
}

QJsonObject PromoteToQuestionRequest::toJson() const
{
    return title.isEmpty() ? QJsonObject() : QJsonObject{{u"title"_s, title}};
}

std::optional<PromoteToQuestionRequest> PromoteToQuestionRequest::fromJson(const QJsonObject &json, ApiError *error)
{
    JsonReader reader(json);
    PromoteToQuestionRequest r;
    r.title = reader.optionalString("title"_L1, limits::TitleMax).value_or(QString());
    return finish(reader, r, error);
}

QJsonObject ChannelInput::toJson() const
{
    return {{u"name"_s, name}, {u"topic"_s, topic}, {u"requiredTier"_s, requiredTier}};
}

std::optional<ChannelInput> ChannelInput::fromJson(const QJsonObject &json, ApiError *error)
{
    JsonReader reader(json);
    ChannelInput r;
    r.name = reader.requiredString("name"_L1, 1, 40).trimmed();
    r.topic = reader.optionalString("topic"_L1, 200).value_or(QString()).trimmed();
    r.requiredTier =
        reader.optionalChoice("requiredTier"_L1, {u"free"_s, u"member"_s, u"premium"_s}).value_or(u"free"_s);
    if (reader.ok() && (r.name.isEmpty() || r.name.contains(u' ') || r.name.contains(u'#'))) {
        reader.fail("name"_L1, u"must be one word, without spaces or '#'"_s);
    }
    return finish(reader, r, error);
}

} // namespace guild::protocol
