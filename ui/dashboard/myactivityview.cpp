#include "myactivityview.h"

#include "dashboardcharts.h"
#include "models/courselistmodel.h"

#include <QApplication>
#include <QChartView>
#include <QDateTimeAxis>
#include <QLabel>
#include <QLineSeries>
#include <QListView>
#include <QLocale>
#include <QPainter>
#include <QStyleOptionProgressBar>
#include <QStyledItemDelegate>
#include <QVBoxLayout>
#include <QValueAxis>

using namespace Qt::StringLiterals;

namespace guild::ui {

namespace {

/// A course on one line: its title and a progress bar.
class CourseProgressDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const QRect text = opt.rect.adjusted(6, 0, -opt.rect.width() / 3, 0);
        painter->drawText(text, Qt::AlignVCenter | Qt::TextSingleLine,
                          opt.fontMetrics.elidedText(index.data(models::CourseListModel::TitleRole).toString(),
                                                     Qt::ElideRight, text.width()));
        QStyleOptionProgressBar bar;
        bar.rect =
            QRect(text.right() + 8, opt.rect.top() + 4, opt.rect.right() - text.right() - 14, opt.rect.height() - 8);
        bar.minimum = 0;
        bar.maximum = 100;
        bar.progress = index.data(models::CourseListModel::ProgressRole).toInt();
        bar.text = QString::number(bar.progress) + u'%';
        bar.textVisible = true;
        bar.state = QStyle::State_Enabled | QStyle::State_Horizontal;
        QApplication::style()->drawControl(QStyle::CE_ProgressBar, &bar, painter);
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const override
    {
        return {200, option.fontMetrics.height() + 14};
    }
};

} // namespace

MyActivityView::MyActivityView(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_standing(new QLabel(this))
    , m_chart(new ThemedChartView(
          {theme::Role::ChartParticipation, theme::Role::ChartContent, theme::Role::ChartBusiness}, this))
    , m_courses(new QListView(this))
{
    for (QLabel *label : {m_summary, m_standing}) {
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
    }
    m_courses->setItemDelegate(new CourseProgressDelegate(m_courses));
    m_courses->setMaximumHeight(130);
    m_courses->setFrameShape(QFrame::NoFrame);
    m_courses->setAccessibleName(tr("My courses and how far I am"));
    m_chart->setAccessibleName(tr("My activity"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_standing);
    layout->addWidget(m_chart, 1);
    layout->addWidget(m_courses);
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
    m_chart->restyle();
}

QString MyActivityView::summary() const
{
    return m_summary->text();
}

void MyActivityView::showStanding(const protocol::engagement::Standing &standing)
{
    m_standing->setText(tr("Check-in streak: %n day(s) · level %1 · %2 points in all", nullptr, standing.streak)
                            .arg(standing.level)
                            .arg(standing.points));
}

QString MyActivityView::standingText() const
{
    return m_standing->text();
}

void MyActivityView::setCourses(QAbstractItemModel *courses)
{
    auto *enrolled = new models::CourseFilterModel(this);
    enrolled->setSourceModel(courses);
    enrolled->setFilter(models::CourseFilterModel::Filter::Enrolled);
    m_courses->setModel(enrolled);
}

} // namespace guild::ui
