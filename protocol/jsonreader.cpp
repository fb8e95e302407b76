#include "jsonreader.h"

#include "errorcodes.h"
#include "types.h"
#include "utf8.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

using namespace Qt::StringLiterals;

namespace guild::protocol {

std::optional<QJsonObject> JsonReader::parseObject(const QByteArray &body, ApiError *error)
{
    // QJsonDocument replaces malformed UTF-8 inside strings silently; check the bytes first.
    if (!decodeUtf8Strict(body)) {
        *error = ApiError::badRequest(errors::InvalidUtf8, u"The request body is not valid UTF-8."_s);
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = ApiError::badRequest(
            errors::BadJson, u"Malformed JSON at offset %1: %2"_s.arg(parseError.offset).arg(parseError.errorString()));
        return std::nullopt;
    }
    if (!doc.isObject()) {
        *error = ApiError::badRequest(errors::BadJson, u"The request body must be a JSON object."_s);
        return std::nullopt;
    }
    return doc.object();
}

void JsonReader::fail(QLatin1StringView key, const QString &why)
{
    if (!m_error) {
        m_error = ApiError::badRequest(errors::InvalidField, u"Field '%1' %2."_s.arg(key, why));
    }
}

QString JsonReader::requiredString(QLatin1StringView key, qsizetype minLength, qsizetype maxLength)
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined() || value.isNull()) {
        fail(key, u"is required"_s);
        return {};
    }
    std::optional<QString> text = optionalString(key, maxLength);
    if (text && text->size() < minLength) {
        fail(key, u"must be at least %1 characters"_s.arg(minLength));
    }
    return text.value_or(QString());
}

bool JsonReader::present(QLatin1StringView key) const
{
    const QJsonValue value = m_object.value(key);
    return !value.isUndefined() && !value.isNull();
}

bool JsonReader::requirePresent(QLatin1StringView key)
{
    if (!present(key)) {
        fail(key, u"is required"_s);
        return false;
    }
    return true;
}

void JsonReader::adopt(const JsonReader &nested)
{
    if (!m_error && nested.m_error) {
        m_error = nested.m_error;
    }
}

qint64 JsonReader::requiredInteger(QLatin1StringView key, qint64 min, qint64 max)
{
    return requirePresent(key) ? optionalInteger(key, min, max).value_or(0) : 0;
}

std::optional<double> JsonReader::optionalNumber(QLatin1StringView key, double min, double max)
{
    if (!present(key)) {
        return std::nullopt;
    }
    const QJsonValue value = m_object.value(key);
    if (!value.isDouble() || !std::isfinite(value.toDouble()) || value.toDouble() < min || value.toDouble() > max) {
        fail(key, u"must be a number between %1 and %2"_s.arg(min).arg(max));
        return std::nullopt;
    }
    return value.toDouble();
}

double JsonReader::requiredNumber(QLatin1StringView key, double min, double max)
{
    return requirePresent(key) ? optionalNumber(key, min, max).value_or(0.0) : 0.0;
}

std::optional<bool> JsonReader::optionalBool(QLatin1StringView key)
{
    if (!present(key)) {
        return std::nullopt;
    }
    const QJsonValue value = m_object.value(key);
    if (!value.isBool()) {
        fail(key, u"must be true or false"_s);
        return std::nullopt;
    }
    return value.toBool();
}

bool JsonReader::requiredBool(QLatin1StringView key)
{
    return requirePresent(key) && optionalBool(key).value_or(false);
}

std::optional<QDateTime> JsonReader::optionalTime(QLatin1StringView key)
{
    const std::optional<QString> text = optionalString(key, 40);
    if (!text) {
        return std::nullopt;
    }
    const QDateTime time = fromIsoUtc(*text);
    if (!time.isValid()) {
        fail(key, u"must be an ISO 8601 time"_s);
        return std::nullopt;
    }
    return time;
}

QDateTime JsonReader::requiredTime(QLatin1StringView key)
{
    return requirePresent(key) ? optionalTime(key).value_or(QDateTime()) : QDateTime();
}

std::optional<QList<qint64>> JsonReader::optionalIntegerList(QLatin1StringView key, qsizetype maxItems, qint64 min,
                                                             qint64 max)
{
    if (!present(key)) {
        return std::nullopt;
    }
    const QJsonValue value = m_object.value(key);
    const QString rule = u"must be an array of at most %1 integers between %2 and %3"_s.arg(maxItems).arg(min).arg(max);
    if (!value.isArray() || value.toArray().size() > maxItems) {
        fail(key, rule);
        return std::nullopt;
    }
    QList<qint64> items;
    for (const QJsonValue &item : value.toArray()) {
        const double number = item.toDouble(std::nan(""));
        if (!item.isDouble() || number != std::floor(number) || number < double(min) || number > double(max)) {
            fail(key, rule);
            return std::nullopt;
        }
        items.append(static_cast<qint64>(number));
    }
    return items;
}

std::optional<QJsonObject> JsonReader::optionalObject(QLatin1StringView key)
{
    if (!present(key)) {
        return std::nullopt;
    }
    if (!m_object.value(key).isObject()) {
        fail(key, u"must be an object"_s);
        return std::nullopt;
    }
    return m_object.value(key).toObject();
}

QJsonArray JsonReader::requiredArray(QLatin1StringView key, qsizetype minItems, qsizetype maxItems)
{
    if (!requirePresent(key)) {
        return {};
    }
    const QJsonValue value = m_object.value(key);
    if (!value.isArray() || value.toArray().size() < minItems || value.toArray().size() > maxItems) {
        fail(key, u"must be an array of %1 to %2 items"_s.arg(minItems).arg(maxItems));
        return {};
    }
    return value.toArray();
}

Tier JsonReader::requiredTier(QLatin1StringView key)
{
    return requirePresent(key) ? optionalTier(key).value_or(Tier::Free) : Tier::Free;
}

std::optional<QString> JsonReader::optionalChoice(QLatin1StringView key, const QStringList &choices)
{
    if (!m_object.contains(key)) {
        return std::nullopt;
    }
    return requiredChoice(key, choices);
}

QString JsonReader::requiredChoice(QLatin1StringView key, const QStringList &choices)
{
    QString value = requiredString(key, 1, 64);
    if (ok() && !choices.contains(value)) {
        fail(key, u"must be one of: %1"_s.arg(choices.join(u", "_s)));
        return {};
    }
    return value;
}

std::optional<Tier> JsonReader::optionalTier(QLatin1StringView key)
{
    const std::optional<QString> code = optionalString(key, 16);
    if (!code) {
        return std::nullopt;
    }
    const std::optional<Tier> tier = tierFromCode(*code);
    if (!tier) {
        fail(key, u"must be free, member or premium"_s);
    }
    return tier;
}

std::optional<QString> JsonReader::optionalString(QLatin1StringView key, qsizetype maxLength)
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined() || value.isNull()) {
        return std::nullopt;
    }
    if (!value.isString()) {
        fail(key, u"must be a string"_s);
        return std::nullopt;
    }
    QString text = value.toString();
    if (text.size() > maxLength) {
        fail(key, u"must be at most %1 characters"_s.arg(maxLength));
        return std::nullopt;
    }
    if (text.contains(QChar(0))) {
        fail(key, u"must not contain NUL characters"_s);
        return std::nullopt;
    }
    return text;
}

std::optional<qint64> JsonReader::optionalInteger(QLatin1StringView key, qint64 min, qint64 max)
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined() || value.isNull()) {
        return std::nullopt;
    }
    const double number = value.toDouble(std::nan(""));
    if (!value.isDouble() || std::isnan(number) || number != std::floor(number) || number < double(min) ||
        number > double(max)) {
        fail(key, u"must be an integer between %1 and %2"_s.arg(min).arg(max));
        return std::nullopt;
    }
    return static_cast<qint64>(number);
}

std::optional<QStringList> JsonReader::optionalStringList(QLatin1StringView key, qsizetype maxItems,
                                                          qsizetype maxItemLength)
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined() || value.isNull()) {
        return std::nullopt;
    }
    if (!value.isArray() || value.toArray().size() > maxItems) {
        fail(key, u"must be an array of at most %1 strings"_s.arg(maxItems));
        return std::nullopt;
    }
    QStringList items;
    for (const QJsonValue &item : value.toArray()) {
        if (!item.isString() || item.toString().isEmpty() || item.toString().size() > maxItemLength) {
            fail(key, u"must hold non-empty strings of at most %1 characters"_s.arg(maxItemLength));
            return std::nullopt;
        }
        items.append(item.toString());
    }
    return items;
}

void addQueryText(QUrlQuery &query, const QString &key, const QString &value)
{
    query.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
}

void QueryReader::fail(QLatin1StringView key, const QString &why)
{
    if (!m_error) {
        m_error = ApiError::badRequest(errors::InvalidField, u"Parameter '%1' %2."_s.arg(key, why));
    }
}

int QueryReader::integer(QLatin1StringView key, int fallback, int min, int max)
{
    return static_cast<int>(optionalInteger(key, min, max).value_or(fallback));
}

std::optional<qint64> QueryReader::optionalInteger(QLatin1StringView key, qint64 min, qint64 max)
{
    if (!m_query.hasQueryItem(key)) {
        return std::nullopt;
    }
    bool ok = false;
    const qint64 value = m_query.queryItemValue(key).toLongLong(&ok);
    if (!ok || value < min || value > max) {
        fail(key, u"must be an integer between %1 and %2"_s.arg(min).arg(max));
        return std::nullopt;
    }
    return value;
}

QString QueryReader::text(QLatin1StringView key, qsizetype maxLength)
{
    // Decoded here rather than by QUrlQuery, which would turn malformed UTF-8 into U+FFFD silently.
    const QByteArray raw = QByteArray::fromPercentEncoding(m_query.queryItemValue(key, QUrl::FullyEncoded).toLatin1());
    const std::optional<QString> decoded = decodeUtf8Strict(raw);
    if (!decoded) {
        fail(key, u"must be UTF-8 text"_s);
        return {};
    }
    const QString &value = *decoded;
    if (value.size() > maxLength || value.contains(QChar(0))) {
        fail(key, u"must be at most %1 characters"_s.arg(maxLength));
        return {};
    }
    return value;
}

bool QueryReader::flag(QLatin1StringView key, bool fallback)
{
    if (!m_query.hasQueryItem(key) || m_query.queryItemValue(key).isEmpty()) {
        return fallback;
    }
    const QString value = m_query.queryItemValue(key);
    if (value != u"true"_s && value != u"false"_s) {
        fail(key, u"must be true or false"_s);
        return fallback;
    }
    return value == u"true"_s;
}

QDate QueryReader::date(QLatin1StringView key)
{
    if (!m_query.hasQueryItem(key)) {
        return {};
    }
    const QDate date = QDate::fromString(m_query.queryItemValue(key), Qt::ISODate);
    if (!date.isValid()) {
        fail(key, u"must be a date (YYYY-MM-DD)"_s);
    }
    return date;
}

} // namespace guild::protocol
