#pragma once

#include "models/recordlistmodel.h"
#include "protocol/engagement.h"

// How the leaderboard, the points history and the payments read in the membership panel.
namespace guild::ui {

/// The leaderboard, best first: "1. 小明 · 120 points".
class LeaderboardModel final : public models::RecordListModel<protocol::engagement::LeaderboardEntry>
{
    Q_OBJECT
public:
    using RecordListModel::RecordListModel;

protected:
    QVariant display(const protocol::engagement::LeaderboardEntry &entry, int row, int role) const override;
};

/// The member's points, newest first, each with what earned or spent them.
class PointsLedgerModel final : public models::RecordListModel<protocol::engagement::PointsEntry>
{
    Q_OBJECT
public:
    using RecordListModel::RecordListModel;
    /// What earned or spent the points, in the member's words.
    static QString actionName(const QString &action);

protected:
    QVariant display(const protocol::engagement::PointsEntry &entry, int row, int role) const override;
};

/// Tier and course payments, newest first.
class PaymentListModel final : public models::RecordListModel<protocol::engagement::Payment>
{
    Q_OBJECT
public:
    using RecordListModel::RecordListModel;

protected:
    QVariant display(const protocol::engagement::Payment &payment, int row, int role) const override;
};

} // namespace guild::ui
