#include "rowbodies.h"

#include "markdown.h"
#include "services/picturecache.h"

#include <QAbstractItemDelegate>
#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QTextLayout>

using namespace Qt::StringLiterals;

namespace guild::ui {

namespace {

/// Plain text wrapped as a QTextDocument wraps it, without the document.
class PlainBody final : public RowBody
{
public:
    PlainBody(const QString &text, const QFont &font, int width)
        : m_layout(text, font)
    {
        QTextOption option;
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        m_layout.setTextOption(option);
        m_layout.setCacheEnabled(true);
        m_layout.beginLayout();
        qreal y = 0;
        for (QTextLine line = m_layout.createLine(); line.isValid(); line = m_layout.createLine()) {
            line.setLineWidth(width);
            line.setPosition(QPointF(0, y));
            y += line.height();
        }
        m_layout.endLayout();
        m_height = y;
    }
    qreal height() const override { return m_height; }
    void draw(QPainter *painter, const QPalette &palette) const override
    {
        painter->setPen(palette.color(QPalette::Text));
        m_layout.draw(painter, QPointF(0, 0));
    }

private:
    QTextLayout m_layout;
    qreal m_height = 0;
};

class MarkdownBody final : public RowBody
{
public:
    MarkdownBody(const QString &markdown, const QStyleOptionViewItem &option, int width,
                 const ContentPictures::Lookup &pictures)
    {
        m_document.setDefaultFont(option.font);
        m_document.setPictureLookup(pictures);
        m_document.setPictureBounds(QSizeF(RowBodies::ThumbnailWidth, RowBodies::ThumbnailHeight));
        m_document.setTextWidth(width);
        m_document.setMarkdownSafely(markdown, option.palette);
    }
    qreal height() const override { return m_document.size().height(); }
    bool awaits(qint64 id) const override { return m_document.awaits(id); }
    void draw(QPainter *painter, const QPalette &palette) const override
    {
        QAbstractTextDocumentLayout::PaintContext context;
        context.palette = palette;
        m_document.documentLayout()->draw(painter, context);
    }

private:
    SafeMarkdownDocument m_document;
};

} // namespace

bool RowBodies::isPlainText(const QString &markdown)
{
    if (markdown.isEmpty() || markdown.front().isSpace() || markdown.back().isSpace()) {
        return false;
    }
    // Emphasis, code, headings, links and images, HTML and entities, tables, strikethrough, escapes,
    // line breaks, and the starts of lists, quotes and thematic breaks.
    static const QString special = u"*_`#[]<>|~\\&!\n\r\t"_s;
    for (const QChar c : markdown) {
        if (special.contains(c)) {
            return false;
        }
    }
    const QChar first = markdown.front();
    if (first == u'-' || first == u'+' || first == u'=' || first.isDigit()) {
        return false;
    }
    // GitHub's extended autolinks: URLs and e-mail addresses become links.
    return !markdown.contains(u"://"_s) && !markdown.contains(u"www."_s, Qt::CaseInsensitive) &&
           !markdown.contains(u'@');
}

const RowBody *RowBodies::body(const QString &key, const QString &markdown, const QStyleOptionViewItem &option,
                               int textWidth)
{
    textWidth = qMax(40, textWidth);
    // Bodies hold their colours: a new scheme lays them out again.
    const QRgb text = option.palette.color(QPalette::Text).rgba();
    if (text != m_text) {
        m_cache.clear();
        m_text = text;
    }
    const QString sized = key + u'|' + QString::number(textWidth);
    if (const RowBody *cached = m_cache.object(sized)) {
        return cached;
    }
    RowBody *body = isPlainText(markdown) ? static_cast<RowBody *>(new PlainBody(markdown, option.font, textWidth))
                                          : new MarkdownBody(markdown, option, textWidth, m_pictures);
    m_cache.insert(sized, body);
    return body;
}

void RowBodies::setPictureLookup(ContentPictures::Lookup lookup)
{
    m_pictures = std::move(lookup);
    m_cache.clear();
}

void showPictures(RowBodies &bodies, app::PictureCache &images, QAbstractItemDelegate *delegate)
{
    bodies.setPictureLookup([&images](qint64 id) { return images.image(id); });
    QObject::connect(&images, &app::PictureCache::changed, delegate, [&bodies, delegate](qint64 id) {
        if (bodies.pictureArrived(id)) {
            // Any index: the view lays out all its rows again (their heights changed).
            Q_EMIT delegate->sizeHintChanged(QModelIndex());
        }
    });
}

bool RowBodies::pictureArrived(qint64 id)
{
    bool any = false;
    const QList<QString> keys = m_cache.keys();
    for (const QString &key : keys) {
        if (const RowBody *body = m_cache.object(key); body && body->awaits(id)) {
            m_cache.remove(key);
            any = true;
        }
    }
    return any;
}

} // namespace guild::ui
