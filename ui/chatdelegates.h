#pragma once

#include <QStyledItemDelegate>

namespace guild::ui {

/// Paints a chat message: a day separator before the first message of a day, sender and time before
/// the first of a group, the wrapped body, and the state of the member's own unsent messages.
class MessageDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    struct Layout
    {
        QRect day;
        QRect header;
        QRect body;
        int height = 0;
    };
    Layout layout(const QStyleOptionViewItem &option, const QModelIndex &index, int width) const;
};

/// Paints a channel: "# name" and, when messages arrived unseen, a count badge.
class ChannelDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace guild::ui
