#include "coursedelegates.h"

#include "common/formatting.h"
#include "common/theme.h"
#include "feed/articleview.h"
#include "models/courselistmodel.h"
#include "models/syllabusmodel.h"
#include "protocol/course.h"

#include <QApplication>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QPixmapCache>
#include <QTime>

using namespace Qt::StringLiterals;

namespace guild::ui {

using models::CourseListModel;
using models::SyllabusModel;
using protocol::course::Access;
using protocol::course::LessonKind;

namespace {
constexpr int TileWidth = 230;
constexpr int CoverHeight = 110;
constexpr int Pad = 8;

/// `picture` cropped to fill `size` (its middle kept, never squeezed), scaled once per size.
QPixmap coverPixmap(const QImage &picture, QSize size, qreal dpr)
{
    const QString key =
        u"guild-cover:%1:%2x%3:%4"_s.arg(picture.cacheKey()).arg(size.width()).arg(size.height()).arg(dpr);
    QPixmap pixmap;
    if (QPixmapCache::find(key, &pixmap)) {
        return pixmap;
    }
    const QSize device = size * dpr;
    const QImage scaled = picture.scaled(device, Qt::KeepAspectRatioByExpanding, Qt::SmoothTransformation);
    pixmap = QPixmap::fromImage(scaled.copy((scaled.width() - device.width()) / 2,
                                            (scaled.height() - device.height()) / 2, device.width(), device.height()));
    pixmap.setDevicePixelRatio(dpr);
    QPixmapCache::insert(key, pixmap);
    return pixmap;
}
} // namespace

QString CourseTileDelegate::priceText(const QModelIndex &index)
{
    const qint64 cents = index.data(CourseListModel::PriceCentsRole).toLongLong();
    if (cents > 0) {
        return moneyText(cents, index.data(CourseListModel::CurrencyRole).toString());
    }
    return tierDisplayName(static_cast<protocol::Tier>(index.data(CourseListModel::RequiredTierRole).toInt()));
}

QSize CourseTileDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const QFontMetrics fm(option.font);
    return {TileWidth, CoverHeight + Pad + fm.height() * 2 + fm.lineSpacing() * 2 + 3 * Pad};
}

void CourseTileDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRect r = option.rect.adjusted(Pad / 2, Pad / 2, -Pad / 2, -Pad / 2);
    const QPalette &pal = option.palette;
    if (option.state & QStyle::State_Selected) {
        QPainterPath frame;
        frame.addRoundedRect(QRectF(r).adjusted(-2, -2, 2, 2), 8, 8);
        painter->fillPath(frame, pal.color(QPalette::Highlight).lighter(170));
    }
    // The cover: the author's picture, or the course's colour with its initial, so the grid reads at
    // a glance either way.
    const QString title = index.data(CourseListModel::TitleRole).toString();
    const QRect cover(r.left(), r.top(), r.width(), CoverHeight);
    QPainterPath coverPath;
    coverPath.addRoundedRect(cover, 8, 8);
    const QImage picture = m_covers && index.data(CourseListModel::HasCoverRole).toBool()
                               ? m_covers(index.data(CourseListModel::IdRole).toLongLong())
                               : QImage();
    if (!picture.isNull()) {
        painter->save();
        painter->setClipPath(coverPath);
        painter->drawPixmap(cover.topLeft(),
                            coverPixmap(picture, cover.size(), painter->device()->devicePixelRatioF()));
        painter->restore();
    } else {
        const QColor color(index.data(CourseListModel::CoverColorRole).toString());
        QLinearGradient gradient(cover.topLeft(), cover.bottomRight());
        gradient.setColorAt(0, color.isValid() ? color.lighter(120) : pal.color(QPalette::Mid));
        gradient.setColorAt(1, color.isValid() ? color.darker(130) : pal.color(QPalette::Dark));
        painter->fillPath(coverPath, gradient);
        QFont big = option.font;
        big.setPointSizeF(big.pointSizeF() * 2.6);
        big.setBold(true);
        painter->setFont(big);
        painter->setPen(QColor(255, 255, 255, 230));
        painter->drawText(cover, Qt::AlignCenter, title.left(1).toUpper());
    }
    // Badges on the cover: what it costs or needs, and whether it is downloaded.
    painter->setFont(option.font);
    const QFontMetrics fm(option.font);
    const auto access = static_cast<Access>(index.data(CourseListModel::AccessRole).toInt());
    QString badge = priceText(index);
    if (access != Access::Open) {
        badge = u"🔒 "_s + badge;
    }
    const QRect badgeRect(cover.left() + Pad, cover.top() + Pad, fm.horizontalAdvance(badge) + 12, fm.height() + 4);
    QPainterPath badgePath;
    badgePath.addRoundedRect(badgeRect, badgeRect.height() / 2.0, badgeRect.height() / 2.0);
    painter->fillPath(badgePath, QColor(0, 0, 0, 110));
    painter->setPen(Qt::white);
    painter->drawText(badgeRect, Qt::AlignCenter, badge);
    if (index.data(CourseListModel::DownloadedRole).toBool()) {
        const QString offline = tr("Offline");
        const QRect offlineRect(cover.right() - Pad - fm.horizontalAdvance(offline) - 12, cover.top() + Pad,
                                fm.horizontalAdvance(offline) + 12, fm.height() + 4);
        QPainterPath path;
        path.addRoundedRect(offlineRect, offlineRect.height() / 2.0, offlineRect.height() / 2.0);
        painter->fillPath(path, QColor(0x2e7d32));
        painter->drawText(offlineRect, Qt::AlignCenter, offline);
    }

    int y = cover.bottom() + Pad;
    QFont bold = option.font;
    bold.setBold(true);
    painter->setFont(bold);
    painter->setPen(pal.color(QPalette::Text));
    const QRect titleRect(r.left(), y, r.width(), QFontMetrics(bold).lineSpacing() * 2);
    painter->drawText(titleRect, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                      QFontMetrics(bold).elidedText(title, Qt::ElideRight, r.width() * 2 - 20));
    y = titleRect.bottom() + 2;
    painter->setFont(option.font);
    QColor muted = pal.color(QPalette::Text);
    muted.setAlphaF(0.6);
    painter->setPen(muted);
    const int lessons = index.data(CourseListModel::LessonCountRole).toInt();
    painter->drawText(
        QRect(r.left(), y, r.width(), fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
        fm.elidedText(tr("%1 · %n lesson(s)", nullptr, lessons).arg(index.data(CourseListModel::AuthorRole).toString()),
                      Qt::ElideRight, r.width()));
    y += fm.height() + Pad;
    if (index.data(CourseListModel::EnrolledRole).toBool()) {
        const int progress = index.data(CourseListModel::ProgressRole).toInt();
        const QRect track(r.left(), y + fm.height() / 2 - 3, r.width() - fm.horizontalAdvance(u"100%"_s) - Pad, 6);
        QPainterPath trackPath;
        trackPath.addRoundedRect(track, 3, 3);
        painter->fillPath(trackPath, pal.color(QPalette::Midlight));
        QPainterPath donePath;
        donePath.addRoundedRect(QRect(track.left(), track.top(), track.width() * progress / 100, track.height()), 3, 3);
        painter->fillPath(donePath,
                          progress >= 100 ? theme::color(theme::Role::Positive, pal) : pal.color(QPalette::Highlight));
        painter->drawText(QRect(track.right() + Pad, y, r.right() - track.right() - Pad, fm.height()),
                          Qt::AlignRight | Qt::AlignVCenter, u"%1%"_s.arg(progress));
    }
    painter->restore();
}

QSize SyllabusDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QFontMetrics fm(option.font);
    return {200, index.data(SyllabusModel::IsSectionRole).toBool() ? fm.height() + 18 : fm.height() + 14};
}

void SyllabusDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    QStyle *style = option.widget ? option.widget->style() : QApplication::style();
    const bool section = index.data(SyllabusModel::IsSectionRole).toBool();
    if (!section) {
        style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, option.widget);
    }
    painter->save();
    const QPalette &pal = option.palette;
    const bool selected = option.state & QStyle::State_Selected;
    const QColor text = pal.color(selected ? QPalette::HighlightedText : QPalette::Text);
    QColor muted = text;
    muted.setAlphaF(0.6);
    const QFontMetrics fm(option.font);
    QRect r = option.rect.adjusted(10, 0, -10, 0);
    if (section) {
        QFont bold = option.font;
        bold.setBold(true);
        painter->setFont(bold);
        painter->setPen(text);
        painter->drawText(r.adjusted(0, 6, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
                          index.data(SyllabusModel::TitleRole).toString());
        painter->restore();
        return;
    }
    const auto kind = static_cast<LessonKind>(index.data(SyllabusModel::KindRole).toInt());
    const bool locked = index.data(SyllabusModel::LockedRole).toBool();
    const bool done = index.data(SyllabusModel::DoneRole).toBool();
    // Left: done mark or kind; right: length, download state, lock.
    const QString mark = done                        ? u"✓"_s
                         : kind == LessonKind::Video ? u"▶"_s
                         : kind == LessonKind::Quiz  ? u"?"_s
                                                     : u"≡"_s;
    painter->setPen(done ? theme::color(theme::Role::Positive, option.palette) : muted);
    painter->drawText(QRect(r.left(), r.top(), 18, r.height()), Qt::AlignCenter, mark);
    QStringList right;
    if (const int seconds = index.data(SyllabusModel::DurationRole).toInt(); seconds > 0) {
        right << durationText(seconds);
    }
    const int download = index.data(SyllabusModel::DownloadRole).toInt();
    if (download >= 100) {
        right << tr("offline");
    } else if (download >= 0) {
        right << u"%1%"_s.arg(download);
    }
    if (locked) {
        right << u"🔒"_s;
    } else if (index.data(SyllabusModel::FreePreviewRole).toBool()) {
        right << tr("preview");
    }
    if (index.data(SyllabusModel::HasHomeworkRole).toBool()) {
        right << tr("homework");
    }
    const QString rightText = right.join(u"  ·  "_s);
    const int rightWidth = fm.horizontalAdvance(rightText);
    painter->setPen(muted);
    painter->drawText(r, Qt::AlignRight | Qt::AlignVCenter, rightText);
    painter->setPen(locked ? muted : text);
    painter->drawText(r.adjusted(26, 0, -rightWidth - 12, 0), Qt::AlignLeft | Qt::AlignVCenter,
                      fm.elidedText(index.data(SyllabusModel::TitleRole).toString(), Qt::ElideRight,
                                    r.width() - 26 - rightWidth - 12));
    painter->restore();
}

} // namespace guild::ui
