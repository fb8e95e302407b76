#pragma once

#include "common/theme.h"
#include "scoring/activityscore.h"

#include <QChartView>
#include <QStyledItemDelegate>

namespace guild::ui {

/// "12 Nov", "Week of 9 Nov", "Nov 2026": a period as the axis and tooltips name it.
QString periodLabel(const protocol::analytics::PeriodFigures &period, const QString &granularity);

/// A chart view drawn in the window's palette, light or dark: background, titles, axes and legend from
/// the palette, the series in Guild's chart colours (given in order, one per bar set or line).
class ThemedChartView : public QChartView
{
    Q_OBJECT
public:
    ThemedChartView(QList<theme::Role> seriesColours, QWidget *parent);
    /// Colours what the chart holds now; called after series or axes were added.
    void restyle();

protected:
    void changeEvent(QEvent *event) override;

private:
    QList<theme::Role> m_seriesColours;
};

/// A over time, stacked from its parts αP, βC and γB, one bar per period; hovering a part shows its
/// exact value.
class ActivityChart final : public ThemedChartView
{
    Q_OBJECT
public:
    explicit ActivityChart(QWidget *parent = nullptr);
    void showReport(const protocol::analytics::Report &report, const QList<scoring::ActivityScore> &scores,
                    const scoring::ActivityWeights &weights);
};

/// Daily, weekly and monthly active members per period as lines, with exact values on hover.
class ReachChart final : public ThemedChartView
{
    Q_OBJECT
public:
    explicit ReachChart(QWidget *parent = nullptr);
    void showReport(const protocol::analytics::Report &report);
};

/// Paints a cohort cell as a heat map: the larger the share still active, the deeper the colour.
class CohortDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace guild::ui
