#pragma once

#include "protocol/analytics.h"
#include "protocol/contract.h"

// Bodies of the analytics routes: usage batches in, the admins' report and weights out.
namespace guild::protocol {

/// A batch of usage events. One bad event refuses the whole batch: nothing is counted twice or half.
struct UsageBatch
{
    static constexpr int Max = 500;
    QList<analytics::UsageEvent> events;

    QJsonObject toJson() const;
    static std::optional<UsageBatch> fromJson(const QJsonObject &json, ApiError *error);
};

/// What became of a batch.
struct IngestSummary
{
    int accepted = 0;
    int duplicates = 0;
    int ignored = 0; ///< too old or too far ahead to count

    QJsonObject toJson() const;
    static std::optional<IngestSummary> fromJson(const QJsonObject &json);
};

/// GET /admin/analytics: the report for [from, to] by day, week or month.
struct ReportRequest
{
    QDate from; ///< invalid: the server's default range
    QDate to;   ///< inclusive
    QString granularity = QStringLiteral("day");
    int weightsVersion = 0; ///< 0: the weights in force

    QUrlQuery toQuery() const;
    static std::optional<ReportRequest> fromQuery(const QUrlQuery &query, ApiError *error);
};

/// GET /me/activity: the caller's own days in [from, to].
struct ActivityRequest
{
    QDate from;
    QDate to;

    QUrlQuery toQuery() const;
    static std::optional<ActivityRequest> fromQuery(const QUrlQuery &query, ApiError *error);
};

/// New weights for A = αP + βC + γB.
struct WeightsRequest
{
    double alpha = 1;
    double beta = 1;
    double gamma = 1;

    QJsonObject toJson() const;
    static std::optional<WeightsRequest> fromJson(const QJsonObject &json, ApiError *error);
};

using ReportReply = One<analytics::Report, "report">;
using WeightsReply = One<analytics::Weights, "weights">;
using WeightsList = ListOf<analytics::Weights, "weights">;
using ActivityList = ListOf<analytics::MyDay, "days">;

} // namespace guild::protocol
