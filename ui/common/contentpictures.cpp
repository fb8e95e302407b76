#include "contentpictures.h"

#include <QColor>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFragment>
#include <QTextImageFormat>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace guild::ui {

QUrl ContentPictures::urlOf(qint64 id)
{
    return QUrl(QString(Scheme) + u':' + QString::number(id));
}

void ContentPictures::reset()
{
    m_awaited.clear();
    m_blocked = 0;
}

QVariant ContentPictures::load(int type, const QUrl &name, const QColor &blank)
{
    if (type == QTextDocument::ImageResource && m_lookup && name.scheme() == Scheme) {
        bool ok = false;
        const qint64 id = name.path().toLongLong(&ok);
        if (ok && id > 0) {
            const QImage image = m_lookup(id);
            if (!image.isNull()) {
                return image;
            }
            // On its way: a blank holds the place (kept by the document until the picture replaces it).
            m_awaited.insert(id);
            QImage placeholder(320, 180, QImage::Format_ARGB32_Premultiplied);
            placeholder.fill(blank);
            return placeholder;
        }
    }
    ++m_blocked;
    return {};
}

int ContentPictures::settle(QTextDocument *document, qreal widest, qreal tallest, const QColor &link)
{
    int sized = 0;
    QTextCursor cursor(document);
    cursor.beginEditBlock();
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        QList<QTextFragment> images;
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            if (it.fragment().charFormat().isImageFormat()) {
                images.append(it.fragment());
            }
        }
        // From the end, so replacing one does not move those before it.
        for (auto f = images.crbegin(); f != images.crend(); ++f) {
            QTextImageFormat format = f->charFormat().toImageFormat();
            const QUrl url(format.name());
            cursor.setPosition(f->position());
            cursor.setPosition(f->position() + f->length(), QTextCursor::KeepAnchor);
            // Ours (or a blank while it comes); one with an id that names nothing is a note like any other.
            const QImage image = url.scheme() == Scheme && m_lookup
                                     ? document->resource(QTextDocument::ImageResource, url).value<QImage>()
                                     : QImage();
            if (!image.isNull()) {
                const qreal natural = image.width() / image.devicePixelRatio();
                const qreal aspect = qreal(image.height()) / qMax(1, image.width());
                const qreal width = std::min({natural, widest, tallest / qMax(aspect, 0.001)});
                format.setWidth(width);
                format.setHeight(width * aspect);
                cursor.setCharFormat(format);
                ++sized;
                continue;
            }
            QTextCharFormat anchor;
            const bool web = url.scheme() == u"https"_s || url.scheme() == u"http"_s;
            if (web) {
                anchor.setAnchor(true);
                anchor.setAnchorHref(url.toString());
                anchor.setForeground(link);
                anchor.setFontUnderline(true);
                anchor.setToolTip(url.toString());
            }
            cursor.insertText(web ? tr("[Picture at %1, not loaded]").arg(url.host()) : tr("[Picture not shown]"),
                              anchor);
        }
    }
    cursor.endEditBlock();
    return sized;
}

} // namespace guild::ui
