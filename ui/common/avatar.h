#pragma once

#include <QImage>
#include <QPixmap>

#include <functional>

class QAbstractItemView;
class QPainter;

namespace guild::app {
class PictureCache;
}

// Members' faces beside their names: the picture they chose, round, or their initial on a colour of
// their own when they chose none (the same colour for the same member everywhere).
namespace guild::ui {

/// Where a view gets a picture by its subject's id (a member, a course): null when there is none (yet).
/// Backed by app::PictureCache.
using PictureLookup = std::function<QImage(qint64 id)>;
using AvatarLookup = PictureLookup;

/// The lookup for `view`'s delegate, from `cache`, and a repaint of the view whenever a picture arrives.
PictureLookup picturesFor(app::PictureCache &cache, QAbstractItemView *view);

/// The round picture at `size` logical pixels for `devicePixelRatio`; cached, so a long chat scales each
/// picture once rather than on every paint.
QPixmap avatarPixmap(const QImage &picture, const QString &name, qint64 memberId, int size, qreal devicePixelRatio);

/// A list row's DecorationRole: the member's round picture (or initial) at `size`.
QPixmap avatarDecoration(const AvatarLookup &avatars, qint64 memberId, const QString &name, int size = 32);

/// Paints avatarPixmap into `rect` (a square).
void paintAvatar(QPainter &painter, const QRect &rect, const QImage &picture, const QString &name, qint64 memberId);

/// The background of a member without a picture: one of a few calm colours, picked by id.
QColor avatarColour(qint64 memberId);

} // namespace guild::ui
