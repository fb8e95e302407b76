#include "search.h"

#include "protocol/codetable.h"
#include "protocol/errorcodes.h"
#include "protocol/jsonreader.h"
#include "protocol/limits.h"
#include "protocol/types.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace guild::protocol {

namespace {

constexpr CodeTable<SearchKind, 9> Kinds{std::array{
    std::pair{SearchKind::Article, QLatin1StringView("article")},
    std::pair{SearchKind::Comment, QLatin1StringView("comment")},
    std::pair{SearchKind::Question, QLatin1StringView("question")},
    std::pair{SearchKind::Answer, QLatin1StringView("answer")},
    std::pair{SearchKind::Course, QLatin1StringView("course")},
    std::pair{SearchKind::Lesson, QLatin1StringView("lesson")},
    std::pair{SearchKind::Message, QLatin1StringView("message")},
    std::pair{SearchKind::Event, QLatin1StringView("event")},
    std::pair{SearchKind::Member, QLatin1StringView("member")},
}};

} // namespace

QString searchKindCode(SearchKind kind)
{
    return Kinds.code(kind);
}

std::optional<SearchKind> searchKindFromCode(const QString &code)
{
    return Kinds.parse(code);
}

QList<SearchKind> allSearchKinds()
{
    return {SearchKind::Article, SearchKind::Comment, SearchKind::Question, SearchKind::Answer, SearchKind::Course,
            SearchKind::Lesson,  SearchKind::Message, SearchKind::Event,    SearchKind::Member};
}

QUrlQuery SearchRequest::toQuery() const
{
    QUrlQuery query;
    addQueryText(query, u"q"_s, q);
    if (!kinds.isEmpty()) {
        QStringList codes;
        for (const SearchKind kind : kinds) {
            codes.append(searchKindCode(kind));
        }
        query.addQueryItem(u"kinds"_s, codes.join(u','));
    }
    if (!cursor.isEmpty()) {
        addQueryText(query, u"cursor"_s, cursor);
    }
    if (!tag.isEmpty()) {
        addQueryText(query, u"tag"_s, tag);
    }
    if (!author.isEmpty()) {
        addQueryText(query, u"author"_s, author);
    }
    query.addQueryItem(u"limit"_s, QString::number(limit));
    if (typing) {
        query.addQueryItem(u"typing"_s, u"true"_s);
    }
    return query;
}

std::optional<SearchRequest> SearchRequest::fromQuery(const QUrlQuery &query, ApiError *error)
{
    QueryReader reader(query);
    SearchRequest r;
    r.q = reader.text("q"_L1, limits::SearchTextMax);
    r.cursor = reader.text("cursor"_L1, 16);
    r.limit = reader.integer("limit"_L1, limits::PageSizeDefault, 1, limits::SearchPageMax);
    r.typing = reader.flag("typing"_L1, false);
    r.tag = reader.text("tag"_L1, limits::TagMax).trimmed();
    r.author = reader.text("author"_L1, limits::DisplayNameMax).trimmed();
    const QString kinds = reader.text("kinds"_L1, 128);
    if (!reader.ok()) {
        *error = reader.error();
        return std::nullopt;
    }
    if (!query.hasQueryItem(u"q"_s)) {
        *error = ApiError::badRequest(errors::InvalidField, u"'q' (what to search for) is required."_s);
        return std::nullopt;
    }
    for (const QString &code : kinds.split(u',', Qt::SkipEmptyParts)) {
        const std::optional<SearchKind> kind = searchKindFromCode(code.trimmed());
        if (!kind) {
            *error = ApiError::badRequest(errors::InvalidField,
                                          u"'kinds' takes article, comment, question, answer, course, lesson, "
                                          "message, event and member, separated by commas."_s);
            return std::nullopt;
        }
        if (!r.kinds.contains(*kind)) {
            r.kinds.append(*kind);
        }
    }
    bool number = false;
    const int offset = r.cursor.toInt(&number);
    if (!r.cursor.isEmpty() && (!number || offset < 0 || offset >= limits::SearchDepthMax)) {
        *error = ApiError::badRequest(errors::InvalidField, u"'cursor' is not one this server gave."_s);
        return std::nullopt;
    }
    return r;
}

QJsonObject SearchResult::toJson() const
{
    QJsonArray marks;
    for (const SearchHighlight &h : highlights) {
        marks.append(QJsonArray{h.start, h.length});
    }
    return {{u"kind"_s, searchKindCode(kind)},
            {u"id"_s, id},
            {u"parentId"_s, parentId},
            {u"title"_s, title},
            {u"parentTitle"_s, parentTitle},
            {u"seq"_s, seq},
            {u"snippet"_s, snippet},
            {u"highlights"_s, marks},
            {u"score"_s, score},
            {u"createdAt"_s, toIsoUtc(createdAt)},
            {u"authorId"_s, authorId},
            {u"locked"_s, locked}};
}

std::optional<SearchResult> SearchResult::fromJson(const QJsonObject &json)
{
    const std::optional<SearchKind> kind = searchKindFromCode(json.value(u"kind"_s).toString());
    const qint64 id = json.value(u"id"_s).toInteger();
    if (!kind || id <= 0) {
        return std::nullopt;
    }
    SearchResult r;
    r.kind = *kind;
    r.id = id;
    r.parentId = json.value(u"parentId"_s).toInteger();
    r.title = json.value(u"title"_s).toString();
    r.parentTitle = json.value(u"parentTitle"_s).toString();
    r.seq = json.value(u"seq"_s).toInteger();
    r.snippet = json.value(u"snippet"_s).toString();
    for (const QJsonValue &mark : json.value(u"highlights"_s).toArray()) {
        const QJsonArray pair = mark.toArray();
        const int start = pair.at(0).toInt(-1);
        const int length = pair.at(1).toInt(-1);
        // Marks outside the snippet are not ours to draw.
        if (start >= 0 && length > 0 && start + length <= r.snippet.size()) {
            r.highlights.append({start, length});
        }
    }
    r.score = json.value(u"score"_s).toDouble();
    r.createdAt = fromIsoUtc(json.value(u"createdAt"_s).toString());
    r.authorId = json.value(u"authorId"_s).toInteger();
    r.locked = json.value(u"locked"_s).toBool();
    return r;
}

QJsonObject SearchPage::toJson() const
{
    QJsonArray list;
    for (const SearchResult &r : results) {
        list.append(r.toJson());
    }
    return {{u"results"_s, list}, {u"nextCursor"_s, nextCursor.isEmpty() ? QJsonValue() : QJsonValue(nextCursor)}};
}

std::optional<SearchPage> SearchPage::fromJson(const QJsonObject &json)
{
    if (!json.value(u"results"_s).isArray()) {
        return std::nullopt;
    }
    SearchPage page;
    for (const QJsonValue &v : json.value(u"results"_s).toArray()) {
        if (const std::optional<SearchResult> r = SearchResult::fromJson(v.toObject())) {
            page.results.append(*r);
        }
    }
    page.nextCursor = json.value(u"nextCursor"_s).toString();
    return page;
}

} // namespace guild::protocol
