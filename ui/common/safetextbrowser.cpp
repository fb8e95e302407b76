#include "safetextbrowser.h"

#include "icons.h"
#include "markdown.h"

#include <QAbstractTextDocumentLayout>
#include <QClipboard>
#include <QDesktopServices>
#include <QEvent>
#include <QGuiApplication>
#include <QMouseEvent>
#include <QScrollBar>
#include <QToolButton>

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
    Q_UNUSED(type)
    Q_UNUSED(name)
    ++m_blocked;
    return {};
}

void SafeTextBrowser::setMarkdownSafely(const QString &markdown)
{
    m_blocked = 0;
    document()->setMarkdown(markdown, safeMarkdownFeatures());
    styleCodeBlocks(document(), palette());
    colourLinks(document(), palette().color(QPalette::Link));
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
    QTextBrowser::changeEvent(event);
    // The document keeps the colours it was given; a new scheme gives new ones.
    if (event->type() == QEvent::PaletteChange) {
        styleCodeBlocks(document(), palette());
        colourLinks(document(), palette().color(QPalette::Link));
    }
}

} // namespace guild::ui
