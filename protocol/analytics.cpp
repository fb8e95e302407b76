#include "analytics.h"

#include "codetable.h"
#include "contract.h"
#include "types.h"

#include <QJsonArray>

#include <array>
#include <cmath>

using namespace Qt::StringLiterals;

namespace guild::protocol::analytics {

namespace {

constexpr CodeTable<EventKind, 8> Kinds{std::array{
    std::pair{EventKind::Active, "active"_L1},
    std::pair{EventKind::Read, "read"_L1},
    std::pair{EventKind::Complete, "complete"_L1},
    std::pair{EventKind::Like, "like"_L1},
    std::pair{EventKind::Comment, "comment"_L1},
    std::pair{EventKind::Message, "message"_L1},
    std::pair{EventKind::Answer, "answer"_L1},
    std::pair{EventKind::Post, "post"_L1},
}};

// One table for both directions of PeriodFigures' numbers.
using Field = std::pair<QLatin1StringView, double PeriodFigures::*>;
constexpr std::array<Field, 27> Fields{{
    {"days"_L1, &PeriodFigures::days},
    {"N"_L1, &PeriodFigures::members},
    {"T"_L1, &PeriodFigures::hoursPerDay},
    {"p"_L1, &PeriodFigures::consumingShare},
    {"C"_L1, &PeriodFigures::quality},
    {"B"_L1, &PeriodFigures::monetisation},
    {"P"_L1, &PeriodFigures::participation},
    {"A"_L1, &PeriodFigures::activity},
    {"activeSeconds"_L1, &PeriodFigures::activeSeconds},
    {"readingSeconds"_L1, &PeriodFigures::readingSeconds},
    {"consumers"_L1, &PeriodFigures::consumers},
    {"reads"_L1, &PeriodFigures::reads},
    {"completions"_L1, &PeriodFigures::completions},
    {"likes"_L1, &PeriodFigures::likes},
    {"comments"_L1, &PeriodFigures::comments},
    {"messages"_L1, &PeriodFigures::messages},
    {"answers"_L1, &PeriodFigures::answers},
    {"posts"_L1, &PeriodFigures::posts},
    {"payers"_L1, &PeriodFigures::payers},
    {"dau"_L1, &PeriodFigures::dau},
    {"wau"_L1, &PeriodFigures::wau},
    {"mau"_L1, &PeriodFigures::mau},
    {"newMembers"_L1, &PeriodFigures::newMembers},
    {"churned"_L1, &PeriodFigures::churned},
    {"converted"_L1, &PeriodFigures::converted},
    {"revenueCents"_L1, &PeriodFigures::revenueCents},
    {"mrrCents"_L1, &PeriodFigures::mrrCents},
}};

QString isoDate(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

QDate dateFrom(const QJsonValue &v)
{
    return QDate::fromString(v.toString(), Qt::ISODate);
}

} // namespace

QString eventKindCode(EventKind kind)
{
    return Kinds.code(kind);
}

std::optional<EventKind> eventKindFromCode(const QString &code)
{
    return Kinds.parse(code);
}

QJsonObject UsageEvent::toJson() const
{
    QJsonObject json{{u"id"_s, id}, {u"kind"_s, eventKindCode(kind)}, {u"at"_s, toIsoUtc(at)}};
    if (seconds > 0) {
        json.insert(u"seconds"_s, seconds);
    }
    if (!itemType.isEmpty()) {
        json.insert(u"itemType"_s, itemType);
        json.insert(u"itemId"_s, itemId);
    }
    return json;
}

std::optional<UsageEvent> UsageEvent::fromJson(const QJsonObject &json, QString *why)
{
    auto fail = [why](const QString &reason) {
        *why = reason;
        return std::nullopt;
    };
    const QJsonValue id = json.value(u"id"_s);
    if (!id.isString() || id.toString().isEmpty() || id.toString().size() > 64) {
        return fail(u"'id' is the event's identifier, 1 to 64 characters."_s);
    }
    const auto kind = eventKindFromCode(json.value(u"kind"_s).toString());
    if (!kind) {
        return fail(u"'kind' is one of active, read, complete, like, comment, message, answer, post."_s);
    }
    UsageEvent e;
    e.id = id.toString();
    e.kind = *kind;
    e.at = fromIsoUtc(json.value(u"at"_s).toString());
    if (!e.at.isValid()) {
        return fail(u"'at' is an ISO 8601 time."_s);
    }
    const QJsonValue seconds = json.value(u"seconds"_s);
    const bool timed = e.kind == EventKind::Active || e.kind == EventKind::Read;
    if (timed) {
        if (!seconds.isDouble() || seconds.toDouble() != std::floor(seconds.toDouble()) || seconds.toInt() < 1 ||
            seconds.toInt() > 3600) {
            return fail(u"'seconds' is a whole number from 1 to 3600 for active and read events."_s);
        }
        e.seconds = seconds.toInt();
    } else if (!seconds.isUndefined()) {
        return fail(u"Only active and read events carry 'seconds'."_s);
    }
    const bool aboutItem = e.kind == EventKind::Read || e.kind == EventKind::Complete;
    if (aboutItem) {
        e.itemType = json.value(u"itemType"_s).toString();
        const QJsonValue item = json.value(u"itemId"_s);
        if ((e.itemType != u"article"_s && e.itemType != u"lesson"_s) || !item.isDouble() ||
            item.toDouble() != std::floor(item.toDouble()) || item.toDouble() < 1 || item.toDouble() > 9e15) {
            return fail(u"Read and complete events name an 'itemType' (article or lesson) and an 'itemId'."_s);
        }
        e.itemId = item.toInteger();
    }
    return e;
}

QJsonObject Weights::toJson() const
{
    return {{u"version"_s, version},
            {u"alpha"_s, alpha},
            {u"beta"_s, beta},
            {u"gamma"_s, gamma},
            {u"setAt"_s, setAt.isValid() ? QJsonValue(toIsoUtc(setAt)) : QJsonValue()},
            {u"setBy"_s, setBy}};
}

std::optional<Weights> Weights::fromJson(const QJsonObject &json)
{
    if (!json.value(u"alpha"_s).isDouble() || !json.value(u"beta"_s).isDouble() || !json.value(u"gamma"_s).isDouble()) {
        return std::nullopt;
    }
    return Weights{json.value(u"version"_s).toInt(),
                   json.value(u"alpha"_s).toDouble(),
                   json.value(u"beta"_s).toDouble(),
                   json.value(u"gamma"_s).toDouble(),
                   fromIsoUtc(json.value(u"setAt"_s).toString()),
                   json.value(u"setBy"_s).toString()};
}

QJsonObject PeriodFigures::toJson() const
{
    QJsonObject json{{u"start"_s, isoDate(start)}, {u"end"_s, isoDate(end)}};
    for (const auto &[name, member] : Fields) {
        json.insert(name, this->*member);
    }
    json.insert(u"stickiness"_s, stickiness());
    return json;
}

std::optional<PeriodFigures> PeriodFigures::fromJson(const QJsonObject &json)
{
    PeriodFigures f;
    f.start = dateFrom(json.value(u"start"_s));
    f.end = dateFrom(json.value(u"end"_s));
    if (!f.start.isValid() || !f.end.isValid()) {
        return std::nullopt;
    }
    for (const auto &[name, member] : Fields) {
        f.*member = json.value(name).toDouble();
    }
    return f;
}

QJsonObject ContentFigure::toJson() const
{
    return {{u"itemType"_s, itemType},
            {u"itemId"_s, itemId},
            {u"title"_s, title},
            {u"readingSeconds"_s, readingSeconds},
            {u"completions"_s, completions},
            {u"reads"_s, reads}};
}

ContentFigure ContentFigure::fromJson(const QJsonObject &json)
{
    return {json.value(u"itemType"_s).toString(),    json.value(u"itemId"_s).toInteger(),
            json.value(u"title"_s).toString(),       json.value(u"readingSeconds"_s).toDouble(),
            json.value(u"completions"_s).toDouble(), json.value(u"reads"_s).toDouble()};
}

QJsonObject Cohort::toJson() const
{
    QJsonArray shares;
    for (double share : retention) {
        shares.append(share);
    }
    return {{u"week"_s, isoDate(week)}, {u"size"_s, size}, {u"retention"_s, shares}};
}

Cohort Cohort::fromJson(const QJsonObject &json)
{
    Cohort c{dateFrom(json.value(u"week"_s)), json.value(u"size"_s).toDouble(), {}};
    for (const QJsonValue &v : json.value(u"retention"_s).toArray()) {
        c.retention.append(v.toDouble());
    }
    return c;
}

QJsonObject Report::toJson() const
{
    QJsonObject json{{u"from"_s, isoDate(from)},
                     {u"to"_s, isoDate(to)},
                     {u"granularity"_s, granularity},
                     {u"currency"_s, currency},
                     {u"weights"_s, weights.toJson()},
                     {u"periods"_s, jsonArray(periods)},
                     {u"topByReading"_s, jsonArray(topByReading)},
                     {u"topByCompletion"_s, jsonArray(topByCompletion)},
                     {u"cohorts"_s, jsonArray(cohorts)}};
    if (total) {
        json.insert(u"total"_s, total->toJson());
    }
    if (previousTotal) {
        json.insert(u"previousTotal"_s, previousTotal->toJson());
    }
    return json;
}

std::optional<Report> Report::fromJson(const QJsonObject &json)
{
    Report r;
    r.from = dateFrom(json.value(u"from"_s));
    r.to = dateFrom(json.value(u"to"_s));
    r.granularity = json.value(u"granularity"_s).toString();
    r.currency = json.value(u"currency"_s).toString(u"CNY"_s);
    const auto weights = Weights::fromJson(json.value(u"weights"_s).toObject());
    if (!r.from.isValid() || !r.to.isValid() || !weights) {
        return std::nullopt;
    }
    r.weights = *weights;
    for (const QJsonValue &v : json.value(u"periods"_s).toArray()) {
        if (const auto p = PeriodFigures::fromJson(v.toObject())) {
            r.periods.append(*p);
        }
    }
    if (json.value(u"total"_s).isObject()) {
        r.total = PeriodFigures::fromJson(json.value(u"total"_s).toObject());
    }
    if (json.value(u"previousTotal"_s).isObject()) {
        r.previousTotal = PeriodFigures::fromJson(json.value(u"previousTotal"_s).toObject());
    }
    for (const QJsonValue &v : json.value(u"topByReading"_s).toArray()) {
        r.topByReading.append(ContentFigure::fromJson(v.toObject()));
    }
    for (const QJsonValue &v : json.value(u"topByCompletion"_s).toArray()) {
        r.topByCompletion.append(ContentFigure::fromJson(v.toObject()));
    }
    for (const QJsonValue &v : json.value(u"cohorts"_s).toArray()) {
        r.cohorts.append(Cohort::fromJson(v.toObject()));
    }
    return r;
}

QJsonObject MyDay::toJson() const
{
    return {{u"day"_s, isoDate(day)},
            {u"activeSeconds"_s, activeSeconds},
            {u"readingSeconds"_s, readingSeconds},
            {u"completions"_s, completions},
            {u"points"_s, points}};
}

std::optional<MyDay> MyDay::fromJson(const QJsonObject &json)
{
    const QDate day = dateFrom(json.value(u"day"_s));
    if (!day.isValid()) {
        return std::nullopt;
    }
    return MyDay{day, json.value(u"activeSeconds"_s).toDouble(), json.value(u"readingSeconds"_s).toDouble(),
                 json.value(u"completions"_s).toDouble(), json.value(u"points"_s).toDouble()};
}

} // namespace guild::protocol::analytics
