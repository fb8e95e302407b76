#include "jsonreader.h"

#include "errorcodes.h"
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

} // namespace guild::protocol
