#include "contenttablemodel.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace guild::models {

void ContentTableModel::setItems(const QList<protocol::analytics::ContentFigure> &items)
{
    beginResetModel();
    m_items = items;
    endResetModel();
}

int ContentTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_items.size());
}

int ContentTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ContentTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    const auto &item = m_items.at(index.row());
    if (role == SortRole) {
        switch (index.column()) {
        case ReadingTime:
            return item.readingSeconds;
        case Completions:
            return item.completions;
        case Reads:
            return item.reads;
        default:
            break;
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() >= ReadingTime) {
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (role != Qt::DisplayRole && role != SortRole) {
        return {};
    }
    switch (index.column()) {
    case Title:
        return item.title.isEmpty() ? tr("(deleted)") : item.title;
    case Kind:
        return item.itemType == u"lesson"_s ? tr("Lesson") : tr("Article");
    case ReadingTime: {
        const qint64 minutes = qRound64(item.readingSeconds / 60.0);
        return minutes >= 60 ? tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60) : tr("%1 min").arg(minutes);
    }
    case Completions:
        return QLocale().toString(item.completions, 'f', 0);
    case Reads:
        return QLocale().toString(item.reads, 'f', 0);
    default:
        return {};
    }
}

QVariant ContentTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case Title:
        return tr("Title");
    case Kind:
        return tr("Kind");
    case ReadingTime:
        return tr("Reading time");
    case Completions:
        return tr("Finished");
    case Reads:
        return tr("Reads");
    default:
        return {};
    }
}

void CohortTableModel::setCohorts(const QList<protocol::analytics::Cohort> &cohorts)
{
    beginResetModel();
    m_cohorts = cohorts;
    m_weeks = 0;
    for (const auto &c : cohorts) {
        m_weeks = std::max(m_weeks, static_cast<int>(c.retention.size()));
    }
    endResetModel();
}

int CohortTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_cohorts.size());
}

int CohortTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_weeks;
}

QVariant CohortTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    const auto &cohort = m_cohorts.at(index.row());
    if (index.column() >= cohort.retention.size()) {
        return {}; // that week has not come yet for this cohort
    }
    const double share = cohort.retention.at(index.column());
    switch (role) {
    case ShareRole:
        return share;
    case Qt::DisplayRole:
        return cohort.size > 0 ? QLocale().toString(share * 100, 'f', 0) + u'%' : u"–"_s;
    case Qt::ToolTipRole:
        return tr("Joined the week of %1 (%n member(s)): %2% active in week %3", nullptr, int(cohort.size))
            .arg(QLocale().toString(cohort.week, QLocale::ShortFormat))
            .arg(QLocale().toString(share * 100, 'f', 1))
            .arg(index.column());
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignCenter);
    default:
        return {};
    }
}

QVariant CohortTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole) {
        return {};
    }
    if (orientation == Qt::Horizontal) {
        return tr("Week %1").arg(section);
    }
    if (section < 0 || section >= m_cohorts.size()) {
        return {};
    }
    const auto &c = m_cohorts.at(section);
    return tr("%1 (%2)").arg(QLocale().toString(c.week, QLocale::ShortFormat)).arg(c.size);
}

} // namespace guild::models
