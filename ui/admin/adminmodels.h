#pragma once

#include "models/recordlistmodel.h"
#include "protocol/api/membership.h"
#include "protocol/api/moderation.h"
#include "protocol/course.h"
#include "protocol/engagement.h"

#include <QAbstractTableModel>

// What the admin panel lists: members, feedback, homework waiting for review.
namespace guild::ui {

/// Members found by the admin's search, one column per field.
class MemberTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        UsernameColumn,
        NameColumn,
        RoleColumn,
        TierColumn,
        PointsColumn,
        StatusColumn,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1
    };
    using QAbstractTableModel::QAbstractTableModel;

    void setMembers(const QList<protocol::MemberSummary> &members);
    const protocol::MemberSummary *at(int row) const;
    /// Headers and cells read anew (the language changed).
    void refresh();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<protocol::MemberSummary> m_members;
};

/// Feedback from members, with the admins' answer under it once there is one.
class FeedbackListModel final : public models::RecordListModel<protocol::engagement::Feedback>
{
    Q_OBJECT
public:
    using RecordListModel::RecordListModel;

protected:
    QVariant display(const protocol::engagement::Feedback &feedback, int row, int role) const override;
};

/// Homework waiting for the author's review, oldest first.
class HomeworkListModel final : public models::RecordListModel<protocol::course::Homework>
{
    Q_OBJECT
public:
    using RecordListModel::RecordListModel;

protected:
    QVariant display(const protocol::course::Homework &homework, int row, int role) const override;
};

/// The audit log, newest first: when, who, what, to whom.
class AuditLogModel final : public models::RecordListModel<protocol::AuditEntry>
{
    Q_OBJECT
public:
    using RecordListModel::RecordListModel;

protected:
    QVariant display(const protocol::AuditEntry &entry, int row, int role) const override;
};

} // namespace guild::ui
