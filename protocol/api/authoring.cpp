#include "authoring.h"

#include "protocol/jsonreader.h"
#include "protocol/limits.h"

#include <QRegularExpression>

#include <limits>

using namespace Qt::StringLiterals;

namespace guild::protocol {

namespace {

constexpr qint64 IdMax = std::numeric_limits<qint64>::max();
constexpr qsizetype QuizItemsMax = 50;
constexpr qsizetype QuizOptionsMax = 10;
constexpr qsizetype LessonBodyMax = 256 * 1024;

QJsonArray idArray(const QList<qint64> &ids)
{
    QJsonArray array;
    for (qint64 id : ids) {
        array.append(id);
    }
    return array;
}

} // namespace

QJsonObject CourseInput::toJson() const
{
    return {{u"title"_s, title},           {u"description"_s, description}, {u"requiredTier"_s, tierCode(requiredTier)},
            {u"priceCents"_s, priceCents}, {u"coverColor"_s, coverColor},   {u"published"_s, published}};
}

std::optional<CourseInput> CourseInput::fromJson(const QJsonObject &json, ApiError *error)
{
    JsonReader reader(json);
    CourseInput r;
    r.title = reader.requiredString("title"_L1, 1, limits::TitleMax).trimmed();
    r.description = reader.optionalString("description"_L1, limits::SummaryMax * 4).value_or(QString());
    r.requiredTier = reader.optionalTier("requiredTier"_L1).value_or(Tier::Free);
    r.priceCents = reader.optionalInteger("priceCents"_L1, 0, 100'000'000).value_or(0);
    r.coverColor = reader.optionalString("coverColor"_L1, 7).value_or(QString());
    r.published = reader.optionalBool("published"_L1).value_or(false);
    static const QRegularExpression color(u"^#[0-9a-fA-F]{6}$"_s);
    if (reader.ok() && !r.coverColor.isEmpty() && !color.match(r.coverColor).hasMatch()) {
        reader.fail("coverColor"_L1, u"must be a colour like #3366cc"_s);
    }
    if (reader.ok() && r.title.isEmpty()) {
        reader.fail("title"_L1, u"must not be blank"_s);
    }
    return finish(reader, r, error);
}

QJsonObject SectionInput::toJson() const
{
    return {{u"title"_s, title}};
}

std::optional<SectionInput> SectionInput::fromJson(const QJsonObject &json, ApiError *error)
{
    JsonReader reader(json);
    SectionInput r;
    r.title = reader.requiredString("title"_L1, 1, limits::TitleMax).trimmed();
    if (reader.ok() && r.title.isEmpty()) {
        reader.fail("title"_L1, u"must not be blank"_s);
    }
    return finish(reader, r, error);
}

QJsonObject QuizItemInput::toJson() const
{
    QJsonArray chosen;
    for (int a : answer) {
        chosen.append(a);
    }
    return {{u"prompt"_s, prompt},
            {u"options"_s, QJsonArray::fromStringList(options)},
            {u"answer"_s, chosen},
            {u"explanation"_s, explanation}};
}

QJsonObject LessonInput::toJson() const
{
    QJsonObject json{{u"title"_s, title},
                     {u"kind"_s, course::lessonKindCode(kind)},
                     {u"body"_s, body},
                     {u"freePreview"_s, freePreview},
                     {u"homeworkPrompt"_s, homeworkPrompt}};
    if (sectionId > 0) {
        json.insert(u"sectionId"_s, sectionId);
    }
    if (!questions.isEmpty()) {
        json.insert(u"questions"_s, jsonArray(questions));
    }
    return json;
}

std::optional<LessonInput> LessonInput::fromJson(const QJsonObject &json, ApiError *error)
{
    JsonReader reader(json);
    LessonInput r;
    r.sectionId = reader.optionalInteger("sectionId"_L1, 1, IdMax).value_or(0);
    r.title = reader.requiredString("title"_L1, 1, limits::TitleMax).trimmed();
    const QString kind = reader.requiredChoice("kind"_L1, {u"text"_s, u"video"_s, u"quiz"_s});
    r.kind = course::lessonKindFromCode(kind).value_or(course::LessonKind::Text);
    r.body = reader.optionalString("body"_L1, LessonBodyMax).value_or(QString());
    r.freePreview = reader.optionalBool("freePreview"_L1).value_or(false);
    r.homeworkPrompt = reader.optionalString("homeworkPrompt"_L1, limits::ReviewCommentMax).value_or(QString());
    if (reader.ok() && r.title.isEmpty()) {
        reader.fail("title"_L1, u"must not be blank"_s);
    }
    if (reader.ok() && r.kind == course::LessonKind::Quiz) {
        for (const QJsonValue &value : reader.requiredArray("questions"_L1, 1, QuizItemsMax)) {
            if (!value.isObject()) {
                reader.fail("questions"_L1, u"must hold questions (objects)"_s);
                break;
            }
            JsonReader item(value.toObject());
            QuizItemInput q;
            q.prompt = item.requiredString("prompt"_L1, 1, limits::PollQuestionMax * 5);
            q.explanation = item.optionalString("explanation"_L1, limits::ReviewCommentMax).value_or(QString());
            for (const QJsonValue &option : item.requiredArray("options"_L1, 2, QuizOptionsMax)) {
                if (!option.isString() || option.toString().trimmed().isEmpty() ||
                    option.toString().size() > limits::PollOptionMax * 2) {
                    item.fail("options"_L1, u"must be 2 to 10 answers, each a non-blank string"_s);
                    break;
                }
                q.options.append(option.toString());
            }
            const auto answer = item.optionalIntegerList("answer"_L1, QuizOptionsMax, 0, QuizOptionsMax - 1);
            if (item.ok() && (!answer || answer->isEmpty())) {
                item.fail("answer"_L1, u"must name the right option or options"_s);
            }
            for (qint64 a : answer.value_or(QList<qint64>())) {
                if (item.ok() && (a >= q.options.size() || q.answer.contains(int(a)))) {
                    item.fail("answer"_L1, u"must name each right option once, by its index"_s);
                }
                q.answer.append(int(a));
            }
            reader.adopt(item);
            if (!reader.ok()) {
                break;
            }
            r.questions.append(q);
        }
    }
    return finish(reader, r, error);
}

QJsonObject CourseOrder::toJson() const
{
    QJsonArray array;
    for (const SectionOrder &s : sections) {
        array.append(QJsonObject{{u"id"_s, s.id}, {u"lessons"_s, idArray(s.lessons)}});
    }
    return {{u"sections"_s, array}};
}

std::optional<CourseOrder> CourseOrder::fromJson(const QJsonObject &json, ApiError *error)
{
    JsonReader reader(json);
    CourseOrder r;
    for (const QJsonValue &value : reader.requiredArray("sections"_L1, 1, 200)) {
        if (!value.isObject()) {
            reader.fail("sections"_L1, u"must hold sections (objects with id and lessons)"_s);
            break;
        }
        JsonReader item(value.toObject());
        SectionOrder s;
        s.id = item.requiredInteger("id"_L1, 1, IdMax);
        s.lessons = item.optionalIntegerList("lessons"_L1, 500, 1, IdMax).value_or(QList<qint64>());
        reader.adopt(item);
        if (!reader.ok()) {
            break;
        }
        r.sections.append(s);
    }
    return finish(reader, r, error);
}

QJsonObject UploadRequest::toJson() const
{
    return {{u"bytes"_s, bytes},
            {u"sha256"_s, sha256},
            {u"contentType"_s, contentType},
            {u"durationSeconds"_s, durationSeconds}};
}

std::optional<UploadRequest> UploadRequest::fromJson(const QJsonObject &json, ApiError *error)
{
    JsonReader reader(json);
    UploadRequest r;
    r.bytes = reader.requiredInteger("bytes"_L1, 1, VideoBytesMax);
    r.sha256 = reader.requiredString("sha256"_L1, 64, 64).toLower();
    r.contentType = reader.requiredChoice("contentType"_L1, {u"video/mp4"_s, u"video/webm"_s});
    r.durationSeconds = int(reader.optionalInteger("durationSeconds"_L1, 0, 24 * 3600).value_or(0));
    static const QRegularExpression hex(u"^[0-9a-f]{64}$"_s);
    if (reader.ok() && !hex.match(r.sha256).hasMatch()) {
        reader.fail("sha256"_L1, u"must be 64 hexadecimal digits"_s);
    }
    return finish(reader, r, error);
}

QJsonObject ImageReply::toJson() const
{
    return {{u"id"_s, id}};
}

std::optional<ImageReply> ImageReply::fromJson(const QJsonObject &json)
{
    const qint64 id = json.value(u"id"_s).toInteger();
    if (!json.value(u"id"_s).isDouble() || id <= 0) {
        return std::nullopt;
    }
    return ImageReply{id};
}

QJsonObject UploadStatus::toJson() const
{
    return {{u"id"_s, id},
            {u"lessonId"_s, lessonId},
            {u"bytes"_s, bytes},
            {u"received"_s, received},
            {u"complete"_s, complete}};
}

std::optional<UploadStatus> UploadStatus::fromJson(const QJsonObject &json)
{
    if (!json.value(u"id"_s).isString() || !json.value(u"received"_s).isDouble()) {
        return std::nullopt;
    }
    UploadStatus s;
    s.id = json.value(u"id"_s).toString();
    s.lessonId = json.value(u"lessonId"_s).toInteger();
    s.bytes = json.value(u"bytes"_s).toInteger();
    s.received = json.value(u"received"_s).toInteger();
    s.complete = json.value(u"complete"_s).toBool();
    return s;
}

} // namespace guild::protocol
