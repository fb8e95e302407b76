#include "articledelegate.h"

#include "articleview.h"
#include "common/formatting.h"
#include "common/theme.h"
#include "models/articlefeedmodel.h"

#include <QApplication>
#include <QDateTime>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

using namespace Qt::StringLiterals;

namespace guild::ui {

using models::ArticleFeedModel;

namespace {
constexpr int Margin = 12;
constexpr int Spacing = 4;

// A painted padlock: emoji fonts are not a given on every desktop.
void drawPadlock(QPainter *painter, const QRect &r)
{
    const QRect body(r.left(), r.top() + r.height() * 2 / 5, r.width(), r.height() * 3 / 5);
    painter->setBrush(painter->pen().color());
    painter->drawRoundedRect(body, 1, 1);
    painter->setBrush(Qt::NoBrush);
    QPen shackle = painter->pen();
    shackle.setWidthF(1.4);
    painter->setPen(shackle);
    painter->drawArc(QRect(r.left() + 1, r.top(), r.width() - 2, r.height() * 4 / 5), 0, 180 * 16);
}
} // namespace

QSize ArticleDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const QFontMetrics fm(option.font);
    return {320, Margin * 2 + fm.height() * 3 + Spacing * 2 + 4};
}

void ArticleDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);

    painter->save();
    const QRect area = option.rect.adjusted(Margin, Margin, -Margin, -Margin);
    const bool selected = option.state & QStyle::State_Selected;
    const QPalette &pal = option.palette;
    const QColor text = pal.color(selected ? QPalette::HighlightedText : QPalette::Text);
    QColor muted = text;
    muted.setAlphaF(0.6);
    const QFontMetrics fm(option.font);
    const int line = fm.height();

    if (!index.data(ArticleFeedModel::LoadedRole).toBool()) {
        QColor skeleton = muted;
        skeleton.setAlphaF(0.15);
        painter->setPen(Qt::NoPen);
        painter->setBrush(skeleton);
        painter->drawRoundedRect(QRect(area.left(), area.top() + 2, area.width() * 2 / 3, line - 4), 4, 4);
        painter->drawRoundedRect(QRect(area.left(), area.top() + line + Spacing + 2, area.width() - 8, line - 4), 4, 4);
        painter->drawRoundedRect(QRect(area.left(), area.top() + 2 * (line + Spacing) + 2, area.width() / 3, line - 4),
                                 4, 4);
        painter->restore();
        return;
    }

    // Tier badge on the right for paid articles; amber when locked for this member.
    const auto tier = static_cast<protocol::Tier>(index.data(ArticleFeedModel::RequiredTierRole).toInt());
    const bool locked = index.data(ArticleFeedModel::LockedRole).toBool();
    int titleRight = area.right();
    if (tier != protocol::Tier::Free) {
        QFont badgeFont = option.font;
        badgeFont.setPointSizeF(badgeFont.pointSizeF() * 0.85);
        const QFontMetrics bfm(badgeFont);
        const QString badge = tierDisplayName(tier);
        const int lockWidth = locked ? 12 : 0;
        const int w = bfm.horizontalAdvance(badge) + 14 + lockWidth;
        const QRect badgeRect(area.right() - w, area.top(), w, bfm.height() + 4);
        QPainterPath path;
        path.addRoundedRect(badgeRect, badgeRect.height() / 2.0, badgeRect.height() / 2.0);
        painter->fillPath(path, theme::color(locked ? theme::Role::LockedChip : theme::Role::InfoChip, option.palette));
        painter->setFont(badgeFont);
        painter->setPen(theme::color(locked ? theme::Role::LockedChipText : theme::Role::InfoChipText, option.palette));
        painter->drawText(badgeRect.adjusted(lockWidth, 0, 0, 0), Qt::AlignCenter, badge);
        if (locked) {
            drawPadlock(painter, QRect(badgeRect.left() + 7, badgeRect.top() + 3, 8, badgeRect.height() - 6));
        }
        titleRight = badgeRect.left() - Spacing * 2;
    }

    // Pinned and digest (精华) marks before the title.
    QFont markFont = option.font;
    markFont.setPointSizeF(markFont.pointSizeF() * 0.85);
    const QFontMetrics mfm(markFont);
    int titleLeft = area.left();
    const auto mark = [&](const QString &label, theme::Role fillRole, theme::Role inkRole) {
        const QColor fill = theme::color(fillRole, option.palette);
        const QColor ink = theme::color(inkRole, option.palette);
        const int w = mfm.horizontalAdvance(label) + 12;
        const QRect r(titleLeft, area.top() + 1, w, mfm.height() + 2);
        QPainterPath path;
        path.addRoundedRect(r, 4, 4);
        painter->fillPath(path, fill);
        painter->setFont(markFont);
        painter->setPen(ink);
        painter->drawText(r, Qt::AlignCenter, label);
        titleLeft = r.right() + Spacing;
    };
    if (index.data(ArticleFeedModel::PinnedRole).toBool()) {
        mark(tr("Pinned"), theme::Role::PinnedChip, theme::Role::PinnedChipText);
    }
    if (index.data(ArticleFeedModel::FeaturedRole).toBool()) {
        mark(tr("Digest"), theme::Role::DigestChip, theme::Role::DigestChipText);
    }

    QFont titleFont = option.font;
    titleFont.setBold(true);
    painter->setFont(titleFont);
    painter->setPen(text);
    const QRect titleRect(titleLeft, area.top(), titleRight - titleLeft, line);
    painter->drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(titleFont).elidedText(index.data(ArticleFeedModel::TitleRole).toString(),
                                                         Qt::ElideRight, titleRect.width()));

    painter->setFont(option.font);
    painter->setPen(muted);
    const QRect summaryRect(area.left(), area.top() + line + Spacing, area.width(), line);
    painter->drawText(
        summaryRect, Qt::AlignLeft | Qt::AlignVCenter,
        fm.elidedText(index.data(ArticleFeedModel::SummaryRole).toString(), Qt::ElideRight, area.width()));

    const QDateTime published = index.data(ArticleFeedModel::PublishedAtRole).toDateTime().toLocalTime();
    QStringList meta{index.data(ArticleFeedModel::AuthorRole).toString(),
                     QLocale().toString(published, QLocale::ShortFormat),
                     u"♥ %1"_s.arg(index.data(ArticleFeedModel::LikesRole).toInt()),
                     u"✎ %1"_s.arg(index.data(ArticleFeedModel::CommentsRole).toInt())};
    const QStringList tags = index.data(ArticleFeedModel::TagsRole).toStringList();
    if (!tags.isEmpty()) {
        meta << u'#' + tags.join(u" #"_s);
    }
    const QRect metaRect(area.left(), area.top() + 2 * (line + Spacing), area.width(), line);
    painter->drawText(metaRect, Qt::AlignLeft | Qt::AlignVCenter,
                      fm.elidedText(meta.join(u"  ·  "_s), Qt::ElideRight, area.width()));

    painter->setPen(pal.color(QPalette::Mid));
    painter->drawLine(option.rect.bottomLeft(), option.rect.bottomRight());
    painter->restore();
}

} // namespace guild::ui
