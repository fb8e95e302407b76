#include "dashboardservice.h"

#include "net/apiclient.h"
#include "protocol/endpoints.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace guild::app {

using namespace protocol::analytics;

DashboardService::DashboardService(ApiClient &api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{}

void DashboardService::loadReport(const QDate &from, const QDate &to, const QString &granularity, int weightsVersion)
{
    QString path =
        protocol::endpoints::AnalyticsReport.url() +
        u"?from=%1&to=%2&granularity=%3"_s.arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate), granularity);
    if (weightsVersion > 0) {
        path += u"&weightsVersion=%1"_s.arg(weightsVersion);
    }
    const quint64 request = ++m_reportRequest;
    m_api.get(path, this, [this, request](const ApiResponse &r) {
        if (request != m_reportRequest) {
            return; // the member asked for another range since
        }
        const auto report = r.ok ? Report::fromJson(r.json.value(u"report"_s).toObject()) : std::nullopt;
        if (!report) {
            Q_EMIT failed(r.networkFailure ? tr("The dashboard needs a connection to the server.") : r.message);
            return;
        }
        Q_EMIT reportLoaded(*report);
    });
}

void DashboardService::saveWeights(double alpha, double beta, double gamma)
{
    m_api.post(protocol::endpoints::SetWeights.url(), {{u"alpha"_s, alpha}, {u"beta"_s, beta}, {u"gamma"_s, gamma}},
               this, [this](const ApiResponse &r) {
                   const auto weights = r.ok ? Weights::fromJson(r.json.value(u"weights"_s).toObject()) : std::nullopt;
                   if (!weights) {
                       Q_EMIT failed(r.message);
                       return;
                   }
                   Q_EMIT weightsSaved(*weights);
               });
}

void DashboardService::loadMyActivity(const QDate &from, const QDate &to)
{
    m_api.get(protocol::endpoints::MyActivity.url() +
                  u"?from=%1&to=%2"_s.arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate)),
              this, [this](const ApiResponse &r) {
                  if (!r.ok) {
                      Q_EMIT failed(r.networkFailure ? tr("Your activity needs a connection to the server.")
                                                     : r.message);
                      return;
                  }
                  QList<MyDay> days;
                  for (const QJsonValue &v : r.json.value(u"days"_s).toArray()) {
                      if (const auto day = MyDay::fromJson(v.toObject())) {
                          days.append(*day);
                      }
                  }
                  Q_EMIT myActivityLoaded(days);
              });
}

} // namespace guild::app
