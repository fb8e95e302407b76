#include "dashboardcharts.h"

#include "models/contenttablemodel.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCursor>
#include <QDateTimeAxis>
#include <QEvent>
#include <QLineSeries>
#include <QLocale>
#include <QPainter>
#include <QStackedBarSeries>
#include <QToolTip>
#include <QValueAxis>

using namespace Qt::StringLiterals;

namespace guild::ui {

using protocol::analytics::PeriodFigures;
using protocol::analytics::Report;

namespace {

QString number(double v)
{
    return QLocale().toString(v, 'f', v < 10 ? 2 : 0);
}

/// A chart for a view to own from its construction: a view made without one makes a default chart,
/// which setChart() would release rather than delete.
QChart *newChart()
{
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    return chart;
}

void prepare(QChartView *view)
{
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(220);
}

/// Decimals enough for the axis labels to differ.
QString labelFormat(double top)
{
    return top < 5 ? u"%.2f"_s : (top < 50 ? u"%.1f"_s : u"%.0f"_s);
}

void clear(QChart *chart)
{
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
}

} // namespace

QString periodLabel(const PeriodFigures &period, const QString &granularity)
{
    // QLocale has no short month-and-year or day-and-month format: each language gives its own.
    const QLocale locale;
    const QString dayMonth = ActivityChart::tr("d MMM", "QDate format: a day on the chart's axis");
    if (granularity == u"month"_s) {
        return locale.toString(period.start,
                               ActivityChart::tr("MMM yyyy", "QDate format: a month on the chart's axis"));
    }
    if (granularity == u"week"_s) {
        return ActivityChart::tr("Week of %1").arg(locale.toString(period.start, dayMonth));
    }
    return locale.toString(period.start, dayMonth);
}

ThemedChartView::ThemedChartView(QList<theme::Role> seriesColours, QWidget *parent)
    : QChartView(newChart(), parent)
    , m_seriesColours(std::move(seriesColours))
{
    prepare(this);
    restyle();
}

void ThemedChartView::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange) {
        restyle();
    }
}

void ThemedChartView::restyle()
{
    // Qt Charts' own themes would also reset the series' colours; the palette says all that is needed.
    const QPalette pal = palette();
    QChart *c = chart();
    const QColor text = pal.color(QPalette::WindowText);
    const QColor grid = pal.color(QPalette::Mid);
    c->setBackgroundBrush(pal.color(QPalette::Base));
    c->setBackgroundPen(Qt::NoPen);
    c->setTitleBrush(text);
    if (!c->title().isEmpty()) {
        setAccessibleName(c->title()); // a screen reader names the chart by its title
    }
    c->legend()->setLabelColor(text);
    for (QAbstractAxis *axis : c->axes()) {
        axis->setLabelsColor(text);
        axis->setTitleBrush(text);
        axis->setLinePenColor(grid);
        axis->setGridLineColor(grid.lighter(theme::isDark(pal) ? 80 : 120));
    }
    qsizetype next = 0;
    const auto nextColour = [&] { return theme::color(m_seriesColours.at(next++ % m_seriesColours.size()), pal); };
    for (QAbstractSeries *series : c->series()) {
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(series)) {
            for (QBarSet *set : bars->barSets()) {
                set->setColor(nextColour());
                set->setBorderColor(pal.color(QPalette::Base));
            }
        } else if (auto *line = qobject_cast<QXYSeries *>(series)) {
            QPen pen = line->pen();
            pen.setColor(nextColour());
            pen.setWidthF(2);
            line->setPen(pen);
        }
    }
}

ActivityChart::ActivityChart(QWidget *parent)
    : ThemedChartView({theme::Role::ChartParticipation, theme::Role::ChartContent, theme::Role::ChartBusiness}, parent)
{}

void ActivityChart::showReport(const Report &report, const QList<scoring::ActivityScore> &scores,
                               const scoring::ActivityWeights &w)
{
    QChart *c = chart();
    clear(c);
    c->setTitle(tr("Activity A = αP + βC + γB"));
    auto *series = new QStackedBarSeries;
    auto *p = new QBarSet(tr("αP participation"));
    auto *q = new QBarSet(tr("βC content quality"));
    auto *b = new QBarSet(tr("γB monetisation"));
    QStringList categories;
    double top = 0;
    for (qsizetype i = 0; i < report.periods.size(); ++i) {
        const PeriodFigures &f = report.periods.at(i);
        const double participation = i < scores.size() ? scores.at(i).participation : f.participation;
        *p << w.alpha * participation;
        *q << w.beta * f.quality;
        *b << w.gamma * f.monetisation;
        top = std::max(top, w.alpha * participation + w.beta * f.quality + w.gamma * f.monetisation);
        categories << periodLabel(f, report.granularity);
    }
    series->append({p, q, b});
    c->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    x->setLabelsAngle(categories.size() > 10 ? -60 : 0);
    x->setTruncateLabels(false);
    auto *y = new QValueAxis;
    y->setRange(0, top > 0 ? top * 1.1 : 1);
    y->applyNiceNumbers();
    y->setLabelFormat(labelFormat(y->max()));
    c->addAxis(x, Qt::AlignBottom);
    c->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    connect(
        series, &QStackedBarSeries::hovered, this, [this, categories, series](bool status, int index, QBarSet *set) {
            if (!status || index < 0 || index >= categories.size()) {
                QToolTip::hideText();
                return;
            }
            double total = 0;
            for (QBarSet *s : series->barSets()) {
                total += s->at(index);
            }
            QToolTip::showText(
                QCursor::pos(),
                tr("%1\n%2: %3\nA: %4").arg(categories.at(index), set->label(), number(set->at(index)), number(total)),
                this);
        });
    restyle();
}

ReachChart::ReachChart(QWidget *parent)
    : ThemedChartView({theme::Role::ChartParticipation, theme::Role::ChartContent, theme::Role::ChartActivity}, parent)
{}

void ReachChart::showReport(const Report &report)
{
    QChart *c = chart();
    clear(c);
    c->setTitle(tr("Active members"));
    auto *x = new QDateTimeAxis;
    x->setFormat(report.granularity == u"month"_s ? u"MMM yyyy"_s : u"d MMM"_s);
    auto *y = new QValueAxis;
    y->setLabelFormat(u"%.0f"_s);
    c->addAxis(x, Qt::AlignBottom);
    c->addAxis(y, Qt::AlignLeft);
    double top = 1;
    const std::array<std::pair<QString, double PeriodFigures::*>, 3> lines{{{tr("DAU (average)"), &PeriodFigures::dau},
                                                                            {tr("WAU"), &PeriodFigures::wau},
                                                                            {tr("MAU"), &PeriodFigures::mau}}};
    for (const auto &[name, field] : lines) {
        auto *series = new QLineSeries;
        series->setName(name);
        series->setPointsVisible(report.periods.size() < 40);
        for (const PeriodFigures &f : report.periods) {
            series->append(double(QDateTime(f.start, QTime(0, 0)).toMSecsSinceEpoch()), f.*field);
            top = std::max(top, f.*field);
        }
        c->addSeries(series);
        series->attachAxis(x);
        series->attachAxis(y);
        connect(series, &QLineSeries::hovered, this, [this, name = name](const QPointF &point, bool state) {
            if (!state) {
                QToolTip::hideText();
                return;
            }
            const QDate day = QDateTime::fromMSecsSinceEpoch(qint64(point.x())).date();
            QToolTip::showText(
                QCursor::pos(),
                tr("%1, %2: %3").arg(name, QLocale().toString(day, QLocale::ShortFormat), number(point.y())), this);
        });
    }
    if (!report.periods.isEmpty()) {
        x->setRange(QDateTime(report.periods.first().start, QTime(0, 0)),
                    QDateTime(report.periods.last().start, QTime(0, 0)));
    }
    y->setRange(0, top * 1.15);
    y->applyNiceNumbers();
    y->setLabelFormat(labelFormat(y->max()));
    restyle();
}

void CohortDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QVariant share = index.data(models::CohortTableModel::ShareRole);
    if (share.isValid()) {
        QColor heat = theme::color(theme::Role::ChartParticipation, option.palette);
        heat.setAlphaF(0.08 + 0.85 * std::clamp(share.toDouble(), 0.0, 1.0));
        painter->fillRect(option.rect.adjusted(1, 1, -1, -1), heat);
    }
    QStyleOptionViewItem opt = option;
    if (share.toDouble() > 0.55) {
        // The deep cells are dark blue in the light scheme and pale blue in the dark one.
        opt.palette.setColor(QPalette::Text,
                             theme::isDark(option.palette) ? option.palette.color(QPalette::Base) : QColor(Qt::white));
    }
    opt.backgroundBrush = Qt::NoBrush;
    QStyledItemDelegate::paint(painter, opt, index);
}

} // namespace guild::ui
