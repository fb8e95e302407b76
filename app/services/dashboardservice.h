#pragma once

#include "protocol/analytics.h"

#include <QObject>

namespace guild::app {

class ApiClient;

/// The dashboard's data: the community report for admins (a range, a granularity, optionally past
/// weights), saving new weights, and each member's own activity.
class DashboardService final : public QObject
{
    Q_OBJECT
public:
    explicit DashboardService(ApiClient &api, QObject *parent = nullptr);

    void loadReport(const QDate &from, const QDate &to, const QString &granularity, int weightsVersion = 0);
    void saveWeights(double alpha, double beta, double gamma);
    void loadMyActivity(const QDate &from, const QDate &to);

Q_SIGNALS:
    void reportLoaded(const guild::protocol::analytics::Report &report);
    void weightsSaved(const guild::protocol::analytics::Weights &weights);
    void myActivityLoaded(const QList<guild::protocol::analytics::MyDay> &days);
    void failed(const QString &message);

private:
    ApiClient &m_api;
    quint64 m_reportRequest = 0; ///< only the latest request's answer is shown
};

} // namespace guild::app
