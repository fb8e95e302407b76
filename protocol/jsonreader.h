#pragma once

#include "apierror.h"
#include "tier.h"

#include <QJsonObject>
#include <QStringList>

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
    /// A tier code: free, member or premium.
    std::optional<Tier> optionalTier(QLatin1StringView key);

    bool ok() const { return !m_error.has_value(); }
    const ApiError &error() const { return *m_error; }

private:
    void fail(QLatin1StringView key, const QString &why);

    QJsonObject m_object;
    std::optional<ApiError> m_error;
};

} // namespace guild::protocol
