#include "safetextbrowser.h"

#include "markdown.h"

#include <QDesktopServices>
#include <QEvent>

using namespace Qt::StringLiterals;

namespace guild::ui {

SafeTextBrowser::SafeTextBrowser(QWidget *parent)
    : QTextBrowser(parent)
{
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
    styleCodeBlocks(document(), palette().color(QPalette::AlternateBase));
    colourLinks(document(), palette().color(QPalette::Link));
}

void SafeTextBrowser::changeEvent(QEvent *event)
{
    QTextBrowser::changeEvent(event);
    // The document keeps the colours it was given; a new scheme gives new ones.
    if (event->type() == QEvent::PaletteChange) {
        styleCodeBlocks(document(), palette().color(QPalette::AlternateBase));
        colourLinks(document(), palette().color(QPalette::Link));
    }
}

} // namespace guild::ui
