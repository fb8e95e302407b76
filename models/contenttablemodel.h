#pragma once

#include "protocol/analytics.h"

#include <QAbstractTableModel>

namespace guild::models {

/// The dashboard's top content: title, kind, reading time, completions and reads per article or lesson.
class ContentTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Title,
        Kind,
        ReadingTime,
        Completions,
        Reads,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setItems(const QList<protocol::analytics::ContentFigure> &items);
    const QList<protocol::analytics::ContentFigure> &items() const { return m_items; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<protocol::analytics::ContentFigure> m_items;
};

/// Retention by weekly cohort: a row per week members joined in, a column per week since, each cell the
/// share still active (ShareRole) shown as a percentage; the row header gives the week and its size.
class CohortTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role
    {
        ShareRole = Qt::UserRole + 1
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setCohorts(const QList<protocol::analytics::Cohort> &cohorts);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<protocol::analytics::Cohort> m_cohorts;
    int m_weeks = 0;
};

} // namespace guild::models
