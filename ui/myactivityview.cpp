#include "myactivityview.h"

#include <QChartView>
#include <QDateTimeAxis>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QVBoxLayout>
#include <QValueAxis>

using namespace Qt::StringLiterals;

namespace guild::ui {

MyActivityView::MyActivityView(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_chart(new QChartView(this))
{
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    auto *chart = new QChart; // owned by the view
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setChart(chart);
    m_chart->setRenderHint(QPainter::Antialiasing);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_chart, 1);
}

void MyActivityView::showDays(const QDate &from, const QDate &to, const QList<protocol::analytics::MyDay> &days)
{
    QHash<QDate, protocol::analytics::MyDay> byDay;
    double reading = 0;
    double active = 0;
    double points = 0;
    double finished = 0;
    int daysActive = 0;
    for (const auto &d : days) {
        byDay.insert(d.day, d);
        reading += d.readingSeconds;
        active += d.activeSeconds;
        points += d.points;
        finished += d.completions;
        daysActive += d.activeSeconds > 0 ? 1 : 0;
    }
    m_summary->setText(tr("Last %n day(s): %1 min in Guild, %2 min reading, %3 finished, %4 points, days active: %5.",
                          nullptr, int(from.daysTo(to) + 1))
                           .arg(qRound(active / 60))
                           .arg(qRound(reading / 60))
                           .arg(finished)
                           .arg(points)
                           .arg(daysActive));
    QChart *c = m_chart->chart();
    c->removeAllSeries();
    for (QAbstractAxis *axis : c->axes()) {
        c->removeAxis(axis);
        delete axis;
    }
    c->setTitle(tr("My activity"));
    // Lines over a date axis: thirty days of bars leave no room for their labels.
    auto *activeLine = new QLineSeries;
    auto *readingLine = new QLineSeries;
    auto *pointsLine = new QLineSeries;
    activeLine->setName(tr("Minutes in Guild"));
    readingLine->setName(tr("Minutes reading"));
    pointsLine->setName(tr("Points"));
    double top = 1;
    for (QDate d = from; d <= to; d = d.addDays(1)) {
        const auto day = byDay.value(d);
        const double x = double(QDateTime(d, QTime(12, 0)).toMSecsSinceEpoch());
        activeLine->append(x, day.activeSeconds / 60);
        readingLine->append(x, day.readingSeconds / 60);
        pointsLine->append(x, day.points);
        top = std::max({top, day.activeSeconds / 60, day.points});
    }
    auto *x = new QDateTimeAxis;
    x->setFormat(u"d MMM"_s);
    x->setTickCount(7);
    x->setRange(QDateTime(from, QTime(0, 0)), QDateTime(to, QTime(23, 59)));
    auto *y = new QValueAxis;
    y->setRange(0, top * 1.15);
    y->setLabelFormat(u"%.0f"_s);
    c->addAxis(x, Qt::AlignBottom);
    c->addAxis(y, Qt::AlignLeft);
    for (QLineSeries *s : {activeLine, readingLine, pointsLine}) {
        s->setPointsVisible(true);
        c->addSeries(s);
        s->attachAxis(x);
        s->attachAxis(y);
    }
}

QString MyActivityView::summary() const
{
    return m_summary->text();
}

} // namespace guild::ui
