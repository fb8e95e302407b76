#pragma once

#include <QAbstractListModel>

#include <concepts>

namespace guild::models {

/// Rows of one protocol value type, replaced whole when the server answers. Panels derive from it
/// to say how a row reads (DisplayRole and friends); the rows, their ids and the record itself come
/// from here, so views never keep a second copy of the data beside the model.
template <typename Record>
class RecordListModel : public QAbstractListModel
{
public:
    enum Role
    {
        IdRole = Qt::UserRole + 1, ///< the record's id, when it has one
        RecordRole,                ///< the whole record, as a QVariant
    };

    using QAbstractListModel::QAbstractListModel;

    void setRecords(QList<Record> records)
    {
        beginResetModel();
        m_records = std::move(records);
        endResetModel();
    }
    const QList<Record> &records() const { return m_records; }
    /// Every row reads anew (the language changed, say).
    void refresh()
    {
        if (!m_records.isEmpty()) {
            Q_EMIT dataChanged(index(0), index(rowCount() - 1));
        }
    }
    /// The record at `row`, or nullptr outside the rows.
    const Record *at(int row) const { return row >= 0 && row < m_records.size() ? &m_records.at(row) : nullptr; }
    const Record *at(const QModelIndex &index) const
    {
        return index.isValid() && index.model() == this ? at(index.row()) : nullptr;
    }
    /// The row of the record with this id, or -1.
    template <typename Id>
    int rowOfId(const Id &id) const requires requires(const Record &r)
    {
        r.id == id;
    }
    {
        for (int row = 0; row < m_records.size(); ++row) {
            if (m_records.at(row).id == id) {
                return row;
            }
        }
        return -1;
    }

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : static_cast<int>(m_records.size());
    }
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override
    {
        const Record *record = at(index);
        if (!record) {
            return {};
        }
        if (role == RecordRole) {
            return QVariant::fromValue(*record);
        }
        if constexpr (requires { record->id; }) {
            if (role == IdRole) {
                return QVariant::fromValue(record->id); // a number, or a text key
            }
        }
        return display(*record, index.row(), role);
    }
    QHash<int, QByteArray> roleNames() const override
    {
        QHash<int, QByteArray> names = QAbstractListModel::roleNames();
        names.insert(IdRole, "id");
        names.insert(RecordRole, "record");
        return names;
    }

protected:
    /// How the record at `row` reads for `role` (DisplayRole, ToolTipRole, ForegroundRole, …).
    virtual QVariant display(const Record &record, int row, int role) const = 0;

private:
    QList<Record> m_records;
};

} // namespace guild::models
