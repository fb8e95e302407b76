#pragma once

#include <QStyledItemDelegate>

namespace guild::ui {

/// Paints one feed row (title, summary, byline, tier badge) straight onto the view: no widget per row,
/// so a feed of any length scrolls at the same speed. Rows whose page is still loading get a skeleton.
class ArticleDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace guild::ui
