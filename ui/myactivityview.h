#pragma once

#include "protocol/analytics.h"

#include <QWidget>

class QChartView;
class QLabel;

namespace guild::ui {

/// "My activity": the member's own reading and active minutes per day and the points they earned,
/// over the last 30 days, from what the server counted of their usage.
class MyActivityView final : public QWidget
{
    Q_OBJECT
public:
    explicit MyActivityView(QWidget *parent = nullptr);

    void showDays(const QDate &from, const QDate &to, const QList<protocol::analytics::MyDay> &days);
    QString summary() const;

private:
    QLabel *m_summary;
    QChartView *m_chart;
};

} // namespace guild::ui
