#pragma once

#include "protocol/analytics.h"

#include <QObject>

#include <functional>

namespace guild::app {

class ApiClient;
class LocalCache;

/// The dashboard's data: the community report for admins (a range, a granularity, optionally past
/// weights), saving new weights, and each member's own activity. The last report and activity the
/// server gave are kept in the cache: offline, they are shown again, saying from when.
class DashboardService final : public QObject
{
    Q_OBJECT
public:
    DashboardService(ApiClient &api, LocalCache &cache, QObject *parent = nullptr);

    void loadReport(const QDate &from, const QDate &to, const QString &granularity, int weightsVersion = 0);
    void saveWeights(double alpha, double beta, double gamma);
    void loadMyActivity(const QDate &from, const QDate &to);

Q_SIGNALS:
    void reportLoaded(const guild::protocol::analytics::Report &report);
    void weightsSaved(const guild::protocol::analytics::Weights &weights);
    void myActivityLoaded(const QList<guild::protocol::analytics::MyDay> &days);
    void failed(const QString &message);

private:
    /// Offline, after the kept answer was shown: `failed` says from when.
    void noteKept(const QDateTime &keptAt);

    ApiClient &m_api;
    LocalCache &m_cache;
    quint64 m_reportRequest = 0; ///< only the latest request's answer is shown
};

} // namespace guild::app
