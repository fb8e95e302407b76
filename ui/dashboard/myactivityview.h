#pragma once

#include "protocol/analytics.h"
#include "protocol/engagement.h"

#include <QWidget>

class QAbstractItemModel;
class QLabel;
class QListView;

namespace guild::ui {

class ThemedChartView;

/// "My activity": the member's own reading and active minutes per day and the points they earned over
/// the last 30 days (from what the server counted of their usage), their check-in streak and level,
/// and how far they are in each course they enrolled in.
class MyActivityView final : public QWidget
{
    Q_OBJECT
public:
    explicit MyActivityView(QWidget *parent = nullptr);

    void showDays(const QDate &from, const QDate &to, const QList<protocol::analytics::MyDay> &days);
    void showStanding(const protocol::engagement::Standing &standing);
    /// The course library's model: the enrolled courses are listed with their progress.
    void setCourses(QAbstractItemModel *courses);
    QString summary() const;
    QString standingText() const;
    QListView *courseList() const { return m_courses; }

private:
    QLabel *m_summary;
    QLabel *m_standing;
    ThemedChartView *m_chart;
    QListView *m_courses;
};

} // namespace guild::ui
