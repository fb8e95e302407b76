#include "analytics.h"

#include "protocol/errorcodes.h"
#include "protocol/jsonreader.h"

using namespace Qt::StringLiterals;

namespace guild::protocol {

namespace {

constexpr double WeightMax = 1e6;

void addDate(QUrlQuery &query, const QString &key, const QDate &date)
{
    if (date.isValid()) {
        query.addQueryItem(key, date.toString(Qt::ISODate));
    }
}

} // namespace

QJsonObject UsageBatch::toJson() const
{
    QJsonArray array;
    for (const analytics::UsageEvent &e : events) {
        array.append(e.toJson());
    }
    return {{u"events"_s, array}};
}

std::optional<UsageBatch> UsageBatch::fromJson(const QJsonObject &json, ApiError *error)
{
    JsonReader reader(json);
    const QJsonArray items = reader.requiredArray("events"_L1, 0, Max);
    if (!reader.ok()) {
        *error = reader.error();
        return std::nullopt;
    }
    UsageBatch batch;
    for (qsizetype i = 0; i < items.size(); ++i) {
        QString why;
        const auto event =
            items[i].isObject() ? analytics::UsageEvent::fromJson(items[i].toObject(), &why) : std::nullopt;
        if (!event) {
            *error = ApiError::badRequest(errors::InvalidField,
                                          u"Event %1: %2"_s.arg(i).arg(why.isEmpty() ? u"not an object."_s : why));
            return std::nullopt;
        }
        batch.events.append(*event);
    }
    return batch;
}

QJsonObject IngestSummary::toJson() const
{
    return {{u"accepted"_s, accepted}, {u"duplicates"_s, duplicates}, {u"ignored"_s, ignored}};
}

std::optional<IngestSummary> IngestSummary::fromJson(const QJsonObject &json)
{
    if (!json.value(u"accepted"_s).isDouble()) {
        return std::nullopt;
    }
    return IngestSummary{json.value(u"accepted"_s).toInt(), json.value(u"duplicates"_s).toInt(),
                         json.value(u"ignored"_s).toInt()};
}

QUrlQuery ReportRequest::toQuery() const
{
    QUrlQuery query;
    addDate(query, u"from"_s, from);
    addDate(query, u"to"_s, to);
    addQueryText(query, u"granularity"_s, granularity);
    if (weightsVersion > 0) {
        query.addQueryItem(u"weightsVersion"_s, QString::number(weightsVersion));
    }
    return query;
}

std::optional<ReportRequest> ReportRequest::fromQuery(const QUrlQuery &query, ApiError *error)
{
    QueryReader reader(query);
    ReportRequest r;
    r.from = reader.date("from"_L1);
    r.to = reader.date("to"_L1);
    const QString granularity = reader.text("granularity"_L1, 16);
    if (!granularity.isEmpty()) {
        r.granularity = granularity;
    }
    r.weightsVersion = reader.integer("weightsVersion"_L1, 0, 0, std::numeric_limits<int>::max());
    return finish(reader, r, error);
}

QUrlQuery ActivityRequest::toQuery() const
{
    QUrlQuery query;
    addDate(query, u"from"_s, from);
    addDate(query, u"to"_s, to);
    return query;
}

std::optional<ActivityRequest> ActivityRequest::fromQuery(const QUrlQuery &query, ApiError *error)
{
    QueryReader reader(query);
    ActivityRequest r;
    r.from = reader.date("from"_L1);
    r.to = reader.date("to"_L1);
    return finish(reader, r, error);
}

QJsonObject WeightsRequest::toJson() const
{
    return {{u"alpha"_s, alpha}, {u"beta"_s, beta}, {u"gamma"_s, gamma}};
}

std::optional<WeightsRequest> WeightsRequest::fromJson(const QJsonObject &json, ApiError *error)
{
    JsonReader reader(json);
    WeightsRequest r;
    r.alpha = reader.requiredNumber("alpha"_L1, 0, WeightMax);
    r.beta = reader.requiredNumber("beta"_L1, 0, WeightMax);
    r.gamma = reader.requiredNumber("gamma"_L1, 0, WeightMax);
    return finish(reader, r, error);
}

} // namespace guild::protocol
