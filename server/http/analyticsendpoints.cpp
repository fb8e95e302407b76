#include "domain/analyticsservice.h"
#include "endpoints.h"
#include "protocol/endpoints.h"
#include "protocol/errorcodes.h"
#include "replyhelpers.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace guild::server {

using namespace protocol;
using namespace protocol::analytics;
using Method = QHttpServerRequest::Method;

void registerAnalyticsRoutes(ApiServer &server, AnalyticsService &analytics)
{
    server.route(endpoints::ReportUsage, [&server, &analytics](const Request &request) {
        return withUserAndJson(server, request, [&](const AuthUser &user, const QJsonObject &json) {
            const QJsonValue items = json.value(u"events"_s);
            if (!items.isArray() || items.toArray().size() > AnalyticsService::BatchMax) {
                return Reply::error(ApiError::badRequest(
                    errors::InvalidField,
                    u"'events' is a list of at most %1 events."_s.arg(AnalyticsService::BatchMax)));
            }
            // A batch with one bad event is refused whole: nothing is counted twice or half.
            QList<UsageEvent> events;
            int index = 0;
            for (const QJsonValue &item : items.toArray()) {
                QString why;
                const auto event = item.isObject() ? UsageEvent::fromJson(item.toObject(), &why) : std::nullopt;
                if (!event) {
                    return Reply::error(ApiError::badRequest(
                        errors::InvalidField,
                        u"Event %1: %2"_s.arg(index).arg(why.isEmpty() ? u"not an object."_s : why)));
                }
                events.append(*event);
                ++index;
            }
            return toReply(analytics.ingest(user, events), [](const IngestSummary &s) {
                return QJsonObject{
                    {u"accepted"_s, s.accepted}, {u"duplicates"_s, s.duplicates}, {u"ignored"_s, s.ignored}};
            });
        });
    });

    server.route(endpoints::AnalyticsReport, [&server, &analytics](const Request &request) {
        return withUser(server, request, [&](const AuthUser &user) {
            const auto version = request.intParam(u"weightsVersion"_s, 0, 0, std::numeric_limits<int>::max());
            if (!version) {
                return Reply::error(
                    ApiError::badRequest(errors::InvalidField, u"'weightsVersion' is a version number."_s));
            }
            AnalyticsQuery query{QDate::fromString(request.param(u"from"_s), Qt::ISODate),
                                 QDate::fromString(request.param(u"to"_s), Qt::ISODate),
                                 request.param(u"granularity"_s).isEmpty() ? u"day"_s : request.param(u"granularity"_s),
                                 *version};
            return toReply(analytics.report(user, query), wrap<Report>(u"report"_s));
        });
    });

    server.route(endpoints::WeightHistory, [&server, &analytics](const Request &request) {
        return withUser(server, request, [&](const AuthUser &user) {
            return toReply(analytics.weightHistory(user),
                           [](const QList<Weights> &list) { return listJson(u"weights"_s, list); });
        });
    });

    server.route(endpoints::SetWeights, [&server, &analytics](const Request &request) {
        return withUserAndJson(server, request, [&](const AuthUser &user, const QJsonObject &json) {
            const QJsonValue a = json.value(u"alpha"_s);
            const QJsonValue b = json.value(u"beta"_s);
            const QJsonValue g = json.value(u"gamma"_s);
            if (!a.isDouble() || !b.isDouble() || !g.isDouble()) {
                return Reply::error(
                    ApiError::badRequest(errors::InvalidField, u"'alpha', 'beta' and 'gamma' are numbers."_s));
            }
            return toReply(analytics.setWeights(user, a.toDouble(), b.toDouble(), g.toDouble()),
                           wrap<Weights>(u"weights"_s), 201);
        });
    });

    server.route(endpoints::MyActivity, [&server, &analytics](const Request &request) {
        return withUser(server, request, [&](const AuthUser &user) {
            return toReply(analytics.myActivity(user, QDate::fromString(request.param(u"from"_s), Qt::ISODate),
                                                QDate::fromString(request.param(u"to"_s), Qt::ISODate)),
                           [](const QList<MyDay> &days) { return listJson(u"days"_s, days); });
        });
    });
}

} // namespace guild::server
