#include "postdelegate.h"

#include "markdown.h"
#include "services/picturecache.h"

#include <QPainter>
#include <QtMath>

namespace guild::ui {

namespace {

constexpr int Margin = 10;
constexpr int AvatarSize = 28;
/// Where the author's name and the body start: right of the author's picture.
constexpr int Indent = Margin + AvatarSize + 8;

int headerHeight(const QStyleOptionViewItem &option)
{
    return Margin / 2 + QFontMetrics(option.font).height() + 4;
}

} // namespace

PostDelegate::PostDelegate(Roles roles, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_roles(roles)
{}

void PostDelegate::setImages(app::PictureCache &images)
{
    showPictures(m_bodies, images, this);
}

const RowBody *PostDelegate::body(const QStyleOptionViewItem &option, const QModelIndex &index, int width) const
{
    return m_bodies.body(index.data(m_roles.key).toString(), index.data(m_roles.body).toString(), option,
                         width - Indent - Margin);
}

QSize PostDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const int width = rowWidth(option);
    return {width,
            qMax(headerHeight(option) + qCeil(body(option, index, width)->height()), Margin / 2 + AvatarSize) + Margin};
}

void PostDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    painter->save();
    if (option.state & QStyle::State_Selected) {
        QColor chosen = option.palette.color(QPalette::Highlight);
        chosen.setAlphaF(0.15);
        painter->fillRect(option.rect, chosen);
    }
    painter->translate(option.rect.topLeft());
    const QPalette &pal = option.palette;
    QFont bold = option.font;
    bold.setBold(true);
    const QString author = index.data(m_roles.author).toString();
    const qint64 authorId = index.data(m_roles.authorId).toLongLong();
    painter->setRenderHint(QPainter::Antialiasing);
    paintAvatar(*painter, QRect(Margin, Margin / 2 + 2, AvatarSize, AvatarSize),
                m_avatars ? m_avatars(authorId) : QImage(), author, authorId);
    const QRect header(Indent, Margin / 2, option.rect.width() - Indent - Margin, QFontMetrics(bold).height());
    painter->setFont(bold);
    painter->setPen(pal.color(QPalette::Text));
    painter->drawText(header, Qt::AlignLeft | Qt::AlignVCenter, author);
    const Line about = line(option, index);
    QColor muted = pal.color(QPalette::Text);
    muted.setAlphaF(0.55);
    painter->setFont(option.font);
    painter->setPen(about.colour.isValid() ? about.colour : muted);
    painter->drawText(header.adjusted(QFontMetrics(bold).horizontalAdvance(author) + 8, 0, 0, 0),
                      Qt::AlignLeft | Qt::AlignVCenter, about.text);
    painter->translate(Indent, headerHeight(option));
    body(option, index, option.rect.width())->draw(painter, pal);
    painter->restore();
    painter->setPen(pal.color(QPalette::Midlight));
    painter->drawLine(option.rect.bottomLeft() + QPoint(Margin, 0), option.rect.bottomRight() - QPoint(Margin, 0));
}

} // namespace guild::ui
