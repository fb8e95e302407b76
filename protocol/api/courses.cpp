#include "courses.h"

#include "protocol/jsonreader.h"
#include "protocol/limits.h"
#include "protocol/types.h"

using namespace Qt::StringLiterals;

namespace guild::protocol {

namespace {

constexpr qsizetype QuizQuestionsMax = 100;
constexpr qsizetype ChoicesPerQuestionMax = 32;
constexpr qint64 OptionIndexMax = 1000;
constexpr qsizetype MarkReadMax = 500;

} // namespace

QJsonObject ProgressBatch::toJson() const
{
    QJsonArray array;
    for (const course::LessonProgress &p : items) {
        array.append(p.toJson());
    }
    return {{u"items"_s, array}};
}

std::optional<ProgressBatch> ProgressBatch::fromJson(const QJsonObject &json, ApiError *error)
{
    JsonReader reader(json);
    ProgressBatch batch;
    for (const QJsonValue &value : reader.requiredArray("items"_L1, 1, limits::ProgressBatchMax)) {
        if (!value.isObject()) {
            reader.fail("items"_L1, u"must hold progress records (objects)"_s);
            break;
        }
        JsonReader item(value.toObject());
        course::LessonProgress p;
        p.lessonId = item.requiredInteger("lessonId"_L1, 1, std::numeric_limits<qint64>::max());
        p.done = item.requiredBool("done"_L1);
        p.positionSeconds = item.requiredNumber("positionSeconds"_L1, 0, limits::PositionMaxSeconds);
        p.clientTs = item.requiredInteger("clientTs"_L1, 1, std::numeric_limits<qint64>::max());
        p.lastOpenedAt = item.optionalTime("lastOpenedAt"_L1).value_or(QDateTime());
        reader.adopt(item);
        batch.items.append(p);
    }
    return finish(reader, batch, error);
}

QJsonObject GrantCourseRequest::toJson() const
{
    return {{u"username"_s, username}};
}

std::optional<GrantCourseRequest> GrantCourseRequest::fromJson(const QJsonObject &json, ApiError *error)
{
    JsonReader reader(json);
    GrantCourseRequest r;
    r.username = reader.requiredString("username"_L1, 1, limits::UsernameMax);
    return finish(reader, r, error);
}

QJsonObject QuizAnswers::toJson() const
{
    QJsonArray array;
    for (const QList<int> &chosen : answers) {
        QJsonArray one;
        for (int option : chosen) {
            one.append(option);
        }
        array.append(one);
    }
    return {{u"answers"_s, array}};
}

std::optional<QuizAnswers> QuizAnswers::fromJson(const QJsonObject &json, ApiError *error)
{
    JsonReader reader(json);
    QuizAnswers r;
    for (const QJsonValue &value : reader.requiredArray("answers"_L1, 0, QuizQuestionsMax)) {
        JsonReader one(QJsonObject{{u"answer"_s, value}});
        QList<int> chosen;
        const auto options = one.optionalIntegerList("answer"_L1, ChoicesPerQuestionMax, 0, OptionIndexMax);
        if (!options || !one.ok()) {
            reader.fail("answers"_L1,
                        u"must hold one array of option indexes (0 to %1) per question"_s.arg(OptionIndexMax));
            break;
        }
        for (qint64 option : *options) {
            chosen.append(static_cast<int>(option));
        }
        r.answers.append(chosen);
    }
    return finish(reader, r, error);
}

QJsonObject MediaLink::toJson() const
{
    return {{u"url"_s, url}, {u"bytes"_s, bytes}, {u"expiresAt"_s, toIsoUtc(expiresAt)}};
}

std::optional<MediaLink> MediaLink::fromJson(const QJsonObject &json)
{
    MediaLink link{json.value(u"url"_s).toString(), json.value(u"bytes"_s).toInteger(),
                   fromIsoUtc(json.value(u"expiresAt"_s).toString())};
    if (link.url.isEmpty() || link.bytes < 0) {
        return std::nullopt;
    }
    return link;
}

QUrlQuery MediaSignature::toQuery() const
{
    QUrlQuery query;
    query.addQueryItem(u"u"_s, QString::number(user));
    query.addQueryItem(u"exp"_s, QString::number(expires));
    addQueryText(query, u"sig"_s, signature);
    return query;
}

std::optional<MediaSignature> MediaSignature::fromQuery(const QUrlQuery &query, ApiError *error)
{
    QueryReader reader(query);
    MediaSignature r;
    r.user = reader.optionalInteger("u"_L1, 0, std::numeric_limits<qint64>::max()).value_or(0);
    r.expires = reader.optionalInteger("exp"_L1, 0, std::numeric_limits<qint64>::max()).value_or(0);
    r.signature = reader.text("sig"_L1, 128);
    return finish(reader, r, error);
}

QJsonObject HomeworkRequest::toJson() const
{
    return {{u"body"_s, body}};
}

std::optional<HomeworkRequest> HomeworkRequest::fromJson(const QJsonObject &json, ApiError *error)
{
    JsonReader reader(json);
    HomeworkRequest r;
    r.body = reader.requiredString("body"_L1, 0, limits::HomeworkMax);
    return finish(reader, r, error);
}

QJsonObject HomeworkReview::toJson() const
{
    return {{u"verdict"_s, pass ? u"pass"_s : u"revise"_s}, {u"comment"_s, comment}};
}

std::optional<HomeworkReview> HomeworkReview::fromJson(const QJsonObject &json, ApiError *error)
{
    JsonReader reader(json);
    HomeworkReview r;
    r.pass = reader.requiredChoice("verdict"_L1, {u"pass"_s, u"revise"_s}) == u"pass"_s;
    r.comment = reader.optionalString("comment"_L1, limits::ReviewCommentMax).value_or(QString());
    return finish(reader, r, error);
}

QJsonObject MarkReadRequest::toJson() const
{
    QJsonArray array;
    for (qint64 id : ids) {
        array.append(id);
    }
    return {{u"ids"_s, array}};
}

std::optional<MarkReadRequest> MarkReadRequest::fromJson(const QJsonObject &json, ApiError *error)
{
    JsonReader reader(json);
    MarkReadRequest r;
    reader.requiredArray("ids"_L1, 0, MarkReadMax);
    r.ids = reader.optionalIntegerList("ids"_L1, MarkReadMax, 1, std::numeric_limits<qint64>::max())
                .value_or(QList<qint64>());
    return finish(reader, r, error);
}

QJsonObject CertificateCheck::toJson() const
{
    return {{u"certificate"_s, certificate.toJson()}, {u"valid"_s, valid}};
}

std::optional<CertificateCheck> CertificateCheck::fromJson(const QJsonObject &json)
{
    const auto certificate = course::Certificate::fromJson(json.value(u"certificate"_s).toObject());
    if (!certificate) {
        return std::nullopt;
    }
    return CertificateCheck{*certificate, json.value(u"valid"_s).toBool()};
}

} // namespace guild::protocol
