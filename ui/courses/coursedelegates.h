#pragma once

#include "common/avatar.h"

#include <QStyledItemDelegate>

namespace guild::ui {

/// A course in the library grid: its cover picture (or a tile in the course's colour with its
/// initial), the title, the author, what it costs or needs, and a progress bar once started.
class CourseTileDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    /// Where cover pictures come from, by course id; without one, every tile shows its colour.
    void setCovers(PictureLookup covers) { m_covers = std::move(covers); }
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    /// "Free", "Member", "¥199.00": what a course asks of the member, for the tile and the course page.
    static QString priceText(const QModelIndex &index);

private:
    PictureLookup m_covers;
};

/// A syllabus row: a section heading, or a lesson with its kind, length, lock, done mark and whether
/// its video is on this computer.
class SyllabusDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace guild::ui
