#include "icons.h"

#include <QFile>
#include <QGuiApplication>
#include <QIconEngine>
#include <QPainter>
#include <QPalette>
#include <QPixmapCache>
#include <QSvgRenderer>

using namespace Qt::StringLiterals;

namespace guild::ui {

namespace {

QString fileOf(Icon what)
{
    switch (what) {
    case Icon::Feed:
        return u"view-pim-news"_s;
    case Icon::Courses:
        return u"view-pim-journal"_s;
    case Icon::Chat:
        return u"dialog-messages"_s;
    case Icon::Membership:
        return u"user-identity"_s;
    case Icon::Community:
        return u"system-users"_s;
    case Icon::Admin:
        return u"configure"_s;
    case Icon::Dashboard:
        return u"view-statistics"_s;
    case Icon::Saved:
        return u"bookmarks"_s;
    case Icon::Notifications:
        return u"notifications"_s;
    case Icon::Copy:
        return u"edit-copy"_s;
    case Icon::NewestBelow:
        return u"go-down"_s;
    case Icon::Shortcuts:
        return u"help-keybord-shortcuts"_s;
    case Icon::Search:
        return u"edit-find"_s;
    case Icon::Events:
        return u"view-calendar"_s;
    case Icon::Leaderboard:
        return u"games-highscores"_s;
    case Icon::Reply:
        return u"mail-reply-sender"_s;
    case Icon::Tiers:
        return u"view-certificate"_s;
    }
    return {};
}

// Breeze's symbolic icons are one path in currentColor, with the light scheme's text colour as the
// default. Rather than rely on the SVG renderer's CSS, the colour is written into the text before it is
// drawn: the palette's text for a normal icon, its highlighted text on a selected row, the disabled text
// for a disabled one. Pixmaps are kept per size, scale and colour in QPixmapCache.
class SymbolicIconEngine final : public QIconEngine
{
public:
    explicit SymbolicIconEngine(QString path)
        : m_path(std::move(path))
    {
        QFile file(m_path);
        if (file.open(QIODevice::ReadOnly)) {
            m_svg = file.readAll();
        }
    }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        const qreal scale = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
        painter->drawPixmap(rect, scaledPixmap(rect.size() * scale, mode, state, scale));
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return scaledPixmap(size, mode, state, 1.0);
    }

    QIconEngine *clone() const override { return new SymbolicIconEngine(*this); }

    QString key() const override { return u"guild-symbolic"_s; }

    QList<QSize> availableSizes(QIcon::Mode, QIcon::State) override { return {{16, 16}, {22, 22}, {32, 32}}; }

    bool isNull() override { return m_svg.isEmpty(); }

    // As QIcon::pixmap asks for it: size in device pixels, scale the ratio the pixmap is for.
    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State, qreal scale) override
    {
        const QPalette palette = QGuiApplication::palette();
        const QColor colour = mode == QIcon::Disabled   ? palette.color(QPalette::Disabled, QPalette::WindowText)
                              : mode == QIcon::Selected ? palette.color(QPalette::HighlightedText)
                                                        : palette.color(QPalette::WindowText);
        const QSize device = size;
        const QString cacheKey =
            u"guild-icon:%1:%2x%3:%4"_s.arg(m_path).arg(device.width()).arg(device.height()).arg(colour.rgba(), 0, 16);
        QPixmap pixmap;
        if (QPixmapCache::find(cacheKey, &pixmap)) {
            return pixmap;
        }
        QByteArray svg = m_svg;
        const QByteArray name = colour.name().toLatin1();
        svg.replace("currentColor", name);
        svg.replace("#232629", name);
        QSvgRenderer renderer(svg);
        pixmap = QPixmap(device);
        pixmap.fill(Qt::transparent);
        if (renderer.isValid()) {
            QPainter painter(&pixmap);
            // Keep the drawing's proportions inside a square it does not fill.
            QSizeF drawn = renderer.defaultSize().scaled(device, Qt::KeepAspectRatio);
            const QPointF origin((device.width() - drawn.width()) / 2, (device.height() - drawn.height()) / 2);
            renderer.render(&painter, QRectF(origin, drawn));
        }
        pixmap.setDevicePixelRatio(scale);
        QPixmapCache::insert(cacheKey, pixmap);
        return pixmap;
    }

private:
    QString m_path;
    QByteArray m_svg;
};

} // namespace

QIcon icon(Icon what)
{
    return QIcon(new SymbolicIconEngine(u":/icons/breeze/%1.svg"_s.arg(fileOf(what))));
}

QIcon applicationIcon()
{
    return QIcon(u":/icons/guild.svg"_s);
}

} // namespace guild::ui
