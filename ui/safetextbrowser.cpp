#include "safetextbrowser.h"

#include <QDesktopServices>
#include <QFontDatabase>
#include <QTextBlock>
#include <QTextCursor>

using namespace Qt::StringLiterals;

namespace guild::ui {

SafeTextBrowser::SafeTextBrowser(QWidget *parent)
    : QTextBrowser(parent)
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setReadOnly(true);
    setTextInteractionFlags(Qt::TextBrowserInteraction);
    connect(this, &QTextBrowser::anchorClicked, this, [](const QUrl &url) {
        if (url.scheme() == u"https"_s || url.scheme() == u"http"_s) {
            QDesktopServices::openUrl(url);
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
    document()->setMarkdown(markdown, QTextDocument::MarkdownFeatures(QTextDocument::MarkdownDialectGitHub |
                                                                      QTextDocument::MarkdownNoHTML));
    styleCodeBlocks();
}

void SafeTextBrowser::styleCodeBlocks()
{
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    QTextCharFormat code;
    code.setFontFamilies(mono.families());
    code.setFontFixedPitch(true);
    const QColor tint = palette().color(QPalette::AlternateBase);
    QTextCursor cursor(document());
    cursor.beginEditBlock();
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next()) {
        const QTextBlockFormat format = block.blockFormat();
        if (!format.hasProperty(QTextFormat::BlockCodeFence) && !format.hasProperty(QTextFormat::BlockCodeLanguage)) {
            continue;
        }
        cursor.setPosition(block.position());
        cursor.setPosition(block.position() + block.length() - 1, QTextCursor::KeepAnchor);
        cursor.mergeCharFormat(code);
        QTextBlockFormat tinted = format;
        tinted.setBackground(tint);
        tinted.setNonBreakableLines(true);
        cursor.setBlockFormat(tinted);
    }
    cursor.endEditBlock();
}

} // namespace guild::ui
