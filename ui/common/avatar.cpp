#include "avatar.h"

#include "services/picturecache.h"

#include <QAbstractItemView>
#include <QGuiApplication>
#include <QPainter>
#include <QPainterPath>
#include <QPixmapCache>

using namespace Qt::StringLiterals;

namespace guild::ui {

QColor avatarColour(qint64 memberId)
{
    // Mid-tone colours on which white text reads, light theme or dark.
    static const QRgb colours[] = {0x5c6bc0, 0x26a69a, 0xef6c00, 0x8e24aa, 0x3949ab,
                                   0x00897b, 0xc2185b, 0x6d4c41, 0x546e7a, 0x7cb342};
    constexpr auto count = std::size(colours);
    return QColor(colours[static_cast<quint64>(memberId) % count]);
}

namespace {
/// The first letter, whole even when it is outside the BMP (a surrogate pair).
QString initialOf(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty()) {
        return {};
    }
    return trimmed.left(trimmed.at(0).isHighSurrogate() ? 2 : 1).toUpper();
}
} // namespace

QPixmap avatarPixmap(const QImage &picture, const QString &name, qint64 memberId, int size, qreal devicePixelRatio)
{
    const QString key = u"guild-avatar:%1:%2:%3:%4:%5"_s.arg(memberId)
                            .arg(size)
                            .arg(devicePixelRatio)
                            .arg(picture.isNull() ? 0 : picture.cacheKey())
                            .arg(picture.isNull() ? initialOf(name) : QString());
    QPixmap pixmap;
    if (QPixmapCache::find(key, &pixmap)) {
        return pixmap;
    }
    const int device = qRound(size * devicePixelRatio);
    pixmap = QPixmap(device, device);
    pixmap.setDevicePixelRatio(devicePixelRatio);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    QPainterPath circle;
    circle.addEllipse(QRectF(0, 0, size, size));
    if (!picture.isNull()) {
        p.setClipPath(circle);
        // Fill the circle: a picture that is not square is cropped to its middle, not squeezed.
        const QImage scaled = picture.scaled(device, device, Qt::KeepAspectRatioByExpanding, Qt::SmoothTransformation);
        const QRect middle((scaled.width() - device) / 2, (scaled.height() - device) / 2, device, device);
        p.drawImage(QRectF(0, 0, size, size), scaled, middle);
    } else {
        p.fillPath(circle, avatarColour(memberId));
        const QString initial = initialOf(name);
        if (!initial.isEmpty()) {
            QFont font = p.font();
            font.setBold(true);
            font.setPixelSize(qMax(8, size * 9 / 20));
            p.setFont(font);
            p.setPen(Qt::white);
            p.drawText(QRectF(0, 0, size, size), Qt::AlignCenter, initial);
        }
    }
    p.end();
    QPixmapCache::insert(key, pixmap);
    return pixmap;
}

PictureLookup picturesFor(app::PictureCache &cache, QAbstractItemView *view)
{
    QObject::connect(&cache, &app::PictureCache::changed, view, [view] { view->viewport()->update(); });
    return [&cache](qint64 memberId) { return cache.image(memberId); };
}

QPixmap avatarDecoration(const AvatarLookup &avatars, qint64 memberId, const QString &name, int size)
{
    return avatarPixmap(avatars ? avatars(memberId) : QImage(), name, memberId, size, qApp->devicePixelRatio());
}

void paintAvatar(QPainter &painter, const QRect &rect, const QImage &picture, const QString &name, qint64 memberId)
{
    painter.drawPixmap(rect.topLeft(),
                       avatarPixmap(picture, name, memberId, rect.width(), painter.device()->devicePixelRatioF()));
}

} // namespace guild::ui
