#include "saved.h"

#include "protocol/errorcodes.h"
#include "protocol/jsonreader.h"
#include "protocol/types.h"

#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace guild::protocol {

namespace {

constexpr qint64 IdMax = std::numeric_limits<qint64>::max();
constexpr int StartMax = 100'000'000;

} // namespace

QString savedKindCode(SavedKind kind)
{
    switch (kind) {
    case SavedKind::Article:
        return u"article"_s;
    case SavedKind::Lesson:
        return u"lesson"_s;
    case SavedKind::Message:
        return u"message"_s;
    case SavedKind::Answer:
        return u"answer"_s;
    }
    return {};
}

std::optional<SavedKind> savedKindFromCode(const QString &code)
{
    for (SavedKind kind : {SavedKind::Article, SavedKind::Lesson, SavedKind::Message, SavedKind::Answer}) {
        if (savedKindCode(kind) == code) {
            return kind;
        }
    }
    return std::nullopt;
}

QString bookmarkKey(SavedKind kind, qint64 subjectId)
{
    return savedKindCode(kind) + u'-' + QString::number(subjectId);
}

std::optional<std::pair<SavedKind, qint64>> parseBookmarkKey(const QString &key)
{
    static const QRegularExpression pattern(u"^([a-z]{1,16})-([1-9][0-9]{0,17})$"_s);
    const auto match = pattern.match(key);
    const auto kind = match.hasMatch() ? savedKindFromCode(match.captured(1)) : std::nullopt;
    if (!kind) {
        return std::nullopt;
    }
    return std::pair{*kind, match.captured(2).toLongLong()};
}

bool validHighlightKey(const QString &key)
{
    static const QRegularExpression pattern(u"^[A-Za-z0-9-]{8,64}$"_s);
    return pattern.match(key).hasMatch();
}

QJsonObject Bookmark::toJson() const
{
    return {{u"kind"_s, savedKindCode(kind)}, {u"subjectId"_s, subjectId}, {u"title"_s, title},
            {u"containerId"_s, containerId},  {u"position"_s, position},   {u"createdAt"_s, toIsoUtc(createdAt)}};
}

std::optional<Bookmark> Bookmark::fromJson(const QJsonObject &json)
{
    const auto kind = savedKindFromCode(json.value(u"kind"_s).toString());
    const qint64 subject = json.value(u"subjectId"_s).toInteger();
    if (!kind || subject <= 0) {
        return std::nullopt;
    }
    return Bookmark{*kind,
                    subject,
                    json.value(u"title"_s).toString(),
                    json.value(u"containerId"_s).toInteger(),
                    json.value(u"position"_s).toInteger(),
                    fromIsoUtc(json.value(u"createdAt"_s).toString())};
}

QJsonObject HighlightInput::toJson() const
{
    return {{u"kind"_s, savedKindCode(kind)},
            {u"subjectId"_s, subjectId},
            {u"quote"_s, quote},
            {u"note"_s, note},
            {u"start"_s, start}};
}

std::optional<HighlightInput> HighlightInput::fromJson(const QJsonObject &json, ApiError *error)
{
    JsonReader reader(json);
    HighlightInput input;
    const QString kind = reader.requiredString("kind"_L1, 1, 16);
    input.subjectId = reader.requiredInteger("subjectId"_L1, 1, IdMax);
    input.quote = reader.requiredString("quote"_L1, 1, limits::QuoteMax);
    input.note = reader.optionalString("note"_L1, limits::NoteMax).value_or(QString());
    input.start = static_cast<int>(reader.optionalInteger("start"_L1, 0, StartMax).value_or(0));
    auto result = finish(reader, input, error);
    if (!result) {
        return std::nullopt;
    }
    const auto parsed = savedKindFromCode(kind);
    if (parsed != SavedKind::Article && parsed != SavedKind::Lesson) {
        if (error) {
            *error = ApiError::badRequest(errors::InvalidField, u"Highlights go on articles and lessons."_s);
        }
        return std::nullopt;
    }
    result->kind = *parsed;
    if (result->quote.trimmed().isEmpty()) {
        if (error) {
            *error = ApiError::badRequest(errors::InvalidField, u"A highlight quotes some text."_s);
        }
        return std::nullopt;
    }
    return result;
}

QJsonObject Highlight::toJson() const
{
    return {{u"id"_s, id},
            {u"kind"_s, savedKindCode(kind)},
            {u"subjectId"_s, subjectId},
            {u"title"_s, title},
            {u"containerId"_s, containerId},
            {u"quote"_s, quote},
            {u"note"_s, note},
            {u"start"_s, start},
            {u"createdAt"_s, toIsoUtc(createdAt)},
            {u"updatedAt"_s, toIsoUtc(updatedAt)}};
}

std::optional<Highlight> Highlight::fromJson(const QJsonObject &json)
{
    const auto kind = savedKindFromCode(json.value(u"kind"_s).toString());
    const QString id = json.value(u"id"_s).toString();
    const qint64 subject = json.value(u"subjectId"_s).toInteger();
    if (!kind || subject <= 0 || !validHighlightKey(id)) {
        return std::nullopt;
    }
    return Highlight{id,
                     *kind,
                     subject,
                     json.value(u"title"_s).toString(),
                     json.value(u"containerId"_s).toInteger(),
                     json.value(u"quote"_s).toString(),
                     json.value(u"note"_s).toString(),
                     json.value(u"start"_s).toInt(),
                     fromIsoUtc(json.value(u"createdAt"_s).toString()),
                     fromIsoUtc(json.value(u"updatedAt"_s).toString())};
}

QJsonObject SavedItems::toJson() const
{
    QJsonArray b;
    for (const Bookmark &bookmark : bookmarks) {
        b.append(bookmark.toJson());
    }
    QJsonArray h;
    for (const Highlight &highlight : highlights) {
        h.append(highlight.toJson());
    }
    return {{u"bookmarks"_s, b}, {u"highlights"_s, h}};
}

std::optional<SavedItems> SavedItems::fromJson(const QJsonObject &json)
{
    if (!json.value(u"bookmarks"_s).isArray() || !json.value(u"highlights"_s).isArray()) {
        return std::nullopt;
    }
    SavedItems items;
    for (const QJsonValue &v : json.value(u"bookmarks"_s).toArray()) {
        if (auto b = Bookmark::fromJson(v.toObject())) {
            items.bookmarks.append(*b);
        }
    }
    for (const QJsonValue &v : json.value(u"highlights"_s).toArray()) {
        if (auto h = Highlight::fromJson(v.toObject())) {
            items.highlights.append(*h);
        }
    }
    return items;
}

} // namespace guild::protocol
