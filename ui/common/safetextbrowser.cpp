#include "safetextbrowser.h"

#include "icons.h"
#include "markdown.h"
#include "services/picturecache.h"

#include <QAbstractTextDocumentLayout>
#include <QClipboard>
#include <QDesktopServices>
#include <QEvent>
#include <QGuiApplication>
#include <QMouseEvent>
#include <QScrollBar>
#include <QTextFragment>
#include <QTextFrame>
#include <QTextImageFormat>
#include <QToolButton>

#include <limits>

using namespace Qt::StringLiterals;

namespace guild::ui {

SafeTextBrowser::SafeTextBrowser(QWidget *parent)
    : QTextBrowser(parent)
    , m_copy(new QToolButton(viewport()))
{
    m_copy->setIcon(icon(Icon::Copy));
    m_copy->setText(tr("Copy"));
    m_copy->setToolTip(tr("Copy this code"));
    m_copy->setAccessibleName(tr("Copy this code"));
    m_copy->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_copy->setAutoRaise(true);
    m_copy->setCursor(Qt::PointingHandCursor);
    m_copy->hide();
    viewport()->setMouseTracking(true);
    connect(m_copy, &QToolButton::clicked, this, [this] {
        if (m_codeStart.isValid()) {
            QGuiApplication::clipboard()->setText(codeBlockText(m_codeStart));
            m_copy->setText(tr("Copied"));
        }
    });
    // A new text has new blocks: the old one's button goes.
    connect(document(), &QTextDocument::contentsChanged, m_copy, [this] {
        m_codeStart = QTextBlock();
        m_copy->hide();
    });
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setReadOnly(true);
    setTextInteractionFlags(Qt::TextBrowserInteraction);
    connect(this, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == u"https"_s || url.scheme() == u"http"_s) {
            QDesktopServices::openUrl(url);
        } else if (url.scheme() == u"guild"_s) {
            Q_EMIT appLinkActivated(url);
        }
    });
}

QVariant SafeTextBrowser::loadResource(int type, const QUrl &name)
{
    return m_pictures.load(type, name, palette().color(QPalette::AlternateBase));
}

void SafeTextBrowser::setImages(app::PictureCache *images)
{
    if (m_images) {
        disconnect(m_images, nullptr, this, nullptr);
    }
    m_images = images;
    m_pictures.setLookup(images ? ContentPictures::Lookup([images](qint64 id) { return images->image(id); })
                                : ContentPictures::Lookup());
    if (images) {
        connect(images, &app::PictureCache::changed, this, &SafeTextBrowser::imageArrived);
    }
}

void SafeTextBrowser::imageArrived(qint64 id)
{
    if (!m_pictures.arrived(id)) {
        return;
    }
    const QImage image = m_images->image(id);
    if (image.isNull()) {
        return;
    }
    document()->addResource(QTextDocument::ImageResource, ContentPictures::urlOf(id), image);
    settleImages();
}

void SafeTextBrowser::settleImages()
{
    // Wide pictures fit the text's width; narrower ones keep their size.
    const qreal widest = qMax(120.0, viewport()->width() - 2 * document()->documentMargin() - 8);
    m_keptPictures =
        m_pictures.settle(document(), widest, std::numeric_limits<qreal>::max(), palette().color(QPalette::Link));
    m_settledWidth = viewport()->width();
}

void SafeTextBrowser::setMarkdownSafely(const QString &markdown)
{
    m_pictures.reset();
    document()->setMarkdown(markdown, safeMarkdownFeatures());
    styleCodeBlocks(document(), palette());
    colourLinks(document(), palette().color(QPalette::Link));
    settleImages();
    spaceProse();
    applyMeasure();
}

void SafeTextBrowser::setReadingMeasure(int ems)
{
    m_measureEms = ems;
    applyMeasure();
    spaceProse();
}

void SafeTextBrowser::applyMeasure()
{
    if (m_measureEms <= 0) {
        return;
    }
    // "0" is an average character's width. The root frame's margins centre the column in a wider
    // window; the page around it stays the text's background.
    const int measure = fontMetrics().horizontalAdvance(QLatin1Char('0')) * m_measureEms;
    const qreal side = qMax(0, viewport()->width() - measure) / 2.0;
    QTextFrameFormat format = document()->rootFrame()->frameFormat();
    if (!qFuzzyCompare(format.leftMargin() + 1, side + 1)) {
        format.setLeftMargin(side);
        format.setRightMargin(side);
        document()->rootFrame()->setFrameFormat(format);
    }
}

void SafeTextBrowser::spaceProse()
{
    if (m_measureEms <= 0) {
        return;
    }
    QTextCursor cursor(document());
    cursor.beginEditBlock();
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next()) {
        QTextBlockFormat format = block.blockFormat();
        if (format.hasProperty(QTextFormat::BlockCodeFence) || format.hasProperty(QTextFormat::BlockCodeLanguage) ||
            format.headingLevel() > 0) {
            continue;
        }
        format.setLineHeight(160, QTextBlockFormat::ProportionalHeight);
        cursor.setPosition(block.position());
        cursor.setBlockFormat(format);
    }
    cursor.endEditBlock();
}

QList<SafeTextBrowser::Heading> SafeTextBrowser::headings() const
{
    QList<Heading> out;
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next()) {
        if (const int level = block.blockFormat().headingLevel(); level > 0 && !block.text().trimmed().isEmpty()) {
            out.append({level, block.text().trimmed(), block.position()});
        }
    }
    return out;
}

void SafeTextBrowser::scrollToPosition(int position)
{
    QTextCursor cursor(document());
    cursor.setPosition(position);
    const QRectF block = document()->documentLayout()->blockBoundingRect(cursor.block());
    verticalScrollBar()->setValue(int(block.top()));
    setTextCursor(cursor);
}

void SafeTextBrowser::resizeEvent(QResizeEvent *event)
{
    QTextBrowser::resizeEvent(event);
    applyMeasure();
    // Pictures were fitted to the old width: a wider window gives them room, a narrower one shrinks them.
    if (m_keptPictures > 0 && viewport()->width() != m_settledWidth) {
        settleImages();
    }
}

void SafeTextBrowser::offerCopy(int position)
{
    const QTextBlock start = codeBlockStart(document()->findBlock(position));
    if (start != m_codeStart) {
        m_copy->setText(tr("Copy"));
    }
    m_codeStart = start;
    placeCopyButton();
}

void SafeTextBrowser::mouseMoveEvent(QMouseEvent *event)
{
    QTextBrowser::mouseMoveEvent(event);
    offerCopy(cursorForPosition(event->position().toPoint()).position());
}

void SafeTextBrowser::scrollContentsBy(int dx, int dy)
{
    QTextBrowser::scrollContentsBy(dx, dy);
    placeCopyButton();
}

void SafeTextBrowser::placeCopyButton()
{
    if (!m_codeStart.isValid()) {
        m_copy->hide();
        return;
    }
    // Top right of the block's first line, in the viewport's coordinates.
    const QRectF line = document()->documentLayout()->blockBoundingRect(m_codeStart);
    m_copy->adjustSize();
    const QPoint offset(horizontalScrollBar()->value(), verticalScrollBar()->value());
    const int right = qMin(int(line.right()), viewport()->width()) - 4;
    m_copy->move(QPoint(right - m_copy->width(), int(line.top()) + 2) - QPoint(0, offset.y()));
    m_copy->show();
    m_copy->raise();
}

void SafeTextBrowser::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange) {
        applyMeasure(); // the reading size changed: so does the column's width
    }
    QTextBrowser::changeEvent(event);
    // The document keeps the colours it was given; a new scheme gives new ones.
    if (event->type() == QEvent::PaletteChange) {
        styleCodeBlocks(document(), palette());
        colourLinks(document(), palette().color(QPalette::Link));
    }
}

} // namespace guild::ui
