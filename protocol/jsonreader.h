#pragma once

#include "apierror.h"
#include "tier.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>
#include <QUrlQuery>

#include <optional>

namespace guild::protocol {

/// Reads fields of a JSON object strictly: wrong types, missing required fields and length violations
/// are collected as the first ApiError, so request decoding stays a flat list of reads.
class JsonReader
{
public:
    explicit JsonReader(QJsonObject object)
        : m_object(std::move(object))
    {}

    /// Parses a request body: must be a JSON object.
    static std::optional<QJsonObject> parseObject(const QByteArray &body, ApiError *error);

    QString requiredString(QLatin1StringView key, qsizetype minLength, qsizetype maxLength);
    std::optional<QString> optionalString(QLatin1StringView key, qsizetype maxLength);
    std::optional<qint64> optionalInteger(QLatin1StringView key, qint64 min, qint64 max);
    std::optional<QStringList> optionalStringList(QLatin1StringView key, qsizetype maxItems, qsizetype maxItemLength);
    qint64 requiredInteger(QLatin1StringView key, qint64 min, qint64 max);
    std::optional<double> optionalNumber(QLatin1StringView key, double min, double max);
    double requiredNumber(QLatin1StringView key, double min, double max);
    std::optional<bool> optionalBool(QLatin1StringView key);
    bool requiredBool(QLatin1StringView key);
    /// An ISO 8601 time.
    std::optional<QDateTime> optionalTime(QLatin1StringView key);
    QDateTime requiredTime(QLatin1StringView key);
    std::optional<QList<qint64>> optionalIntegerList(QLatin1StringView key, qsizetype maxItems, qint64 min, qint64 max);
    std::optional<QJsonObject> optionalObject(QLatin1StringView key);
    /// An array of at most `maxItems` values, each left to the caller to read.
    QJsonArray requiredArray(QLatin1StringView key, qsizetype minItems, qsizetype maxItems);
    /// A tier code: free, member or premium.
    std::optional<Tier> optionalTier(QLatin1StringView key);
    Tier requiredTier(QLatin1StringView key);
    /// One of `choices`.
    QString requiredChoice(QLatin1StringView key, const QStringList &choices);
    /// One of `choices`, or nullopt when absent.
    std::optional<QString> optionalChoice(QLatin1StringView key, const QStringList &choices);

    /// Records a rule of the caller's own as broken (the first failure is the one reported).
    void fail(QLatin1StringView key, const QString &why);
    /// Takes over another reader's first failure (a nested object's).
    void adopt(const JsonReader &nested);

    bool ok() const { return !m_error.has_value(); }
    const ApiError &error() const { return *m_error; }

private:
    bool present(QLatin1StringView key) const;
    bool requirePresent(QLatin1StringView key);

    QJsonObject m_object;
    std::optional<ApiError> m_error;
};

} // namespace guild::protocol

namespace guild::protocol {

/// Reads query parameters strictly, like JsonReader reads a body: the first broken rule is kept.
class QueryReader
{
public:
    explicit QueryReader(QUrlQuery query)
        : m_query(std::move(query))
    {}

    /// `fallback` when absent.
    int integer(QLatin1StringView key, int fallback, int min, int max);
    std::optional<qint64> optionalInteger(QLatin1StringView key, qint64 min, qint64 max);
    /// Empty when absent.
    QString text(QLatin1StringView key, qsizetype maxLength);
    /// `fallback` when absent; "true" or "false" otherwise.
    bool flag(QLatin1StringView key, bool fallback);
    /// An ISO date (YYYY-MM-DD); invalid when absent.
    QDate date(QLatin1StringView key);

    bool ok() const { return !m_error.has_value(); }
    const ApiError &error() const { return *m_error; }

private:
    void fail(QLatin1StringView key, const QString &why);

    QUrlQuery m_query;
    std::optional<ApiError> m_error;
};

/// Adds a text parameter, percent-encoded so that '%', '&', '+' and '#' in it arrive as themselves.
void addQueryText(QUrlQuery &query, const QString &key, const QString &value);

/// Sets `*error` to the reader's failure and answers nullopt, or answers `value`: the last line of
/// every request decoder.
template <typename T, typename Reader>
std::optional<T> finish(const Reader &reader, T value, ApiError *error)
{
    if (!reader.ok()) {
        *error = reader.error();
        return std::nullopt;
    }
    return value;
}

} // namespace guild::protocol
