#include "articles.h"

#include "protocol/jsonreader.h"
#include "protocol/jsonwriter.h"
#include "protocol/limits.h"

using namespace Qt::StringLiterals;

namespace guild::protocol {

QUrlQuery FeedRequest::toQuery() const
{
    QUrlQuery query;
    query.addQueryItem(u"limit"_s, QString::number(limit));
    if (!cursor.isEmpty()) {
        addQueryText(query, u"cursor"_s, cursor);
    }
    if (!tag.isEmpty()) {
        addQueryText(query, u"tag"_s, tag);
    }
    if (featuredOnly) {
        query.addQueryItem(u"featured"_s, u"true"_s);
    }
    return query;
}

std::optional<FeedRequest> FeedRequest::fromQuery(const QUrlQuery &query, ApiError *error)
{
    QueryReader reader(query);
    FeedRequest r;
    r.limit = reader.integer("limit"_L1, limits::PageSizeDefault, 1, limits::PageSizeMax);
    r.cursor = reader.text("cursor"_L1, 64);
    r.tag = reader.text("tag"_L1, limits::TagMax);
    r.featuredOnly = reader.flag("featured"_L1, false);
    return finish(reader, r, error);
}

QJsonObject FeedPage::toJson() const
{
    QJsonObject json = ArticleList(articles).toJson();
    json.insert(u"nextCursor"_s, nextCursor.isEmpty() ? QJsonValue() : QJsonValue(nextCursor));
    return json;
}

void FeedPage::writeJson(JsonWriter &w) const
{
    w.beginObject();
    w.key("articles"_L1);
    w.beginArray();
    for (const Article &article : articles) {
        article.writeJson(w);
    }
    w.endArray();
    w.key("nextCursor"_L1);
    if (nextCursor.isEmpty()) {
        w.null();
    } else {
        w.value(nextCursor);
    }
    w.endObject();
}

std::optional<FeedPage> FeedPage::fromJson(const QJsonObject &json)
{
    const auto list = ArticleList::fromJson(json);
    if (!list) {
        return std::nullopt;
    }
    return FeedPage{list->items, json.value(u"nextCursor"_s).toString()};
}

QJsonObject PollDraft::toJson() const
{
    QJsonObject json{
        {u"question"_s, question}, {u"options"_s, QJsonArray::fromStringList(options)}, {u"multiple"_s, multiple}};
    if (closesAt.isValid()) {
        json.insert(u"closesAt"_s, toIsoUtc(closesAt));
    }
    return json;
}

QJsonObject ArticleInput::toJson() const
{
    QJsonObject json;
    const auto put = [&json](const QString &key, const auto &field, auto encode) {
        if (field) {
            json.insert(key, encode(*field));
        }
    };
    const auto same = [](const auto &v) { return QJsonValue(v); };
    put(u"title"_s, title, same);
    put(u"summary"_s, summary, same);
    put(u"body"_s, body, same);
    put(u"tags"_s, tags, [](const QStringList &t) { return QJsonArray::fromStringList(t); });
    put(u"requiredTier"_s, requiredTier, [](Tier t) { return QString(tierCode(t)); });
    put(u"featured"_s, featured, same);
    put(u"pinned"_s, pinned, same);
    put(u"publishAt"_s, publishAt, [](const QDateTime &t) { return toIsoUtc(t); });
    put(u"poll"_s, poll, [](const PollDraft &p) { return p.toJson(); });
    return json;
}

std::optional<ArticleInput> ArticleInput::fromJson(const QJsonObject &json, ApiError *error)
{
    JsonReader reader(json);
    ArticleInput input;
    input.title = reader.optionalString("title"_L1, limits::TitleMax);
    input.summary = reader.optionalString("summary"_L1, limits::SummaryMax);
    input.body = reader.optionalString("body"_L1, limits::ArticleBodyMax);
    input.tags = reader.optionalStringList("tags"_L1, limits::TagsPerArticleMax, limits::TagMax);
    input.requiredTier = reader.optionalTier("requiredTier"_L1);
    input.featured = reader.optionalBool("featured"_L1);
    input.pinned = reader.optionalBool("pinned"_L1);
    input.publishAt = reader.optionalTime("publishAt"_L1);
    if (const auto poll = reader.optionalObject("poll"_L1)) {
        JsonReader p(*poll);
        PollDraft draft;
        draft.question = p.requiredString("question"_L1, 1, limits::PollQuestionMax);
        draft.options =
            p.optionalStringList("options"_L1, limits::PollOptionsMax, limits::PollOptionMax).value_or(QStringList());
        draft.multiple = p.optionalBool("multiple"_L1).value_or(false);
        draft.closesAt = p.optionalTime("closesAt"_L1).value_or(QDateTime());
        reader.adopt(p);
        input.poll = draft;
    }
    return finish(reader, input, error);
}

QUrlQuery CommentsRequest::toQuery() const
{
    QUrlQuery query;
    query.addQueryItem(u"limit"_s, QString::number(limit));
    if (after > 0) {
        query.addQueryItem(u"after"_s, QString::number(after));
    }
    return query;
}

std::optional<CommentsRequest> CommentsRequest::fromQuery(const QUrlQuery &query, ApiError *error)
{
    QueryReader reader(query);
    CommentsRequest r;
    r.limit = reader.integer("limit"_L1, 50, 1, limits::PageSizeMax);
    r.after = reader.optionalInteger("after"_L1, 0, std::numeric_limits<qint64>::max()).value_or(0);
    return finish(reader, r, error);
}

QJsonObject CommentRequest::toJson() const
{
    return {{u"body"_s, body}};
}

std::optional<CommentRequest> CommentRequest::fromJson(const QJsonObject &json, ApiError *error)
{
    JsonReader reader(json);
    CommentRequest r;
    r.body = reader.requiredString("body"_L1, 1, limits::CommentMax);
    return finish(reader, r, error);
}

QJsonObject PollVote::toJson() const
{
    QJsonArray array;
    for (int choice : choices) {
        array.append(choice);
    }
    return {{u"choices"_s, array}};
}

std::optional<PollVote> PollVote::fromJson(const QJsonObject &json, ApiError *error)
{
    JsonReader reader(json);
    PollVote vote;
    reader.requiredArray("choices"_L1, 0, limits::PollOptionsMax);
    for (qint64 choice : reader.optionalIntegerList("choices"_L1, limits::PollOptionsMax, 0, limits::PollOptionsMax - 1)
                             .value_or(QList<qint64>())) {
        vote.choices.append(static_cast<int>(choice));
    }
    return finish(reader, vote, error);
}

QUrlQuery SyncRequest::toQuery() const
{
    QUrlQuery query;
    query.addQueryItem(u"limit"_s, QString::number(limit));
    if (!since.isEmpty()) {
        addQueryText(query, u"since"_s, since);
    }
    return query;
}

std::optional<SyncRequest> SyncRequest::fromQuery(const QUrlQuery &query, ApiError *error)
{
    QueryReader reader(query);
    SyncRequest r;
    r.limit = reader.integer("limit"_L1, 200, 1, limits::SyncPageMax);
    r.since = reader.text("since"_L1, 64);
    return finish(reader, r, error);
}

} // namespace guild::protocol
