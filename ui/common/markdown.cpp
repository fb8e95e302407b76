#include "markdown.h"

#include <QAbstractItemView>
#include <QFontDatabase>
#include <QTextBlock>
#include <QTextCursor>

namespace guild::ui {

QTextDocument::MarkdownFeatures safeMarkdownFeatures()
{
    return QTextDocument::MarkdownFeatures(QTextDocument::MarkdownDialectGitHub | QTextDocument::MarkdownNoHTML);
}

void styleCodeBlocks(QTextDocument *document, const QColor &tint)
{
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    QTextCharFormat code;
    code.setFontFamilies(mono.families());
    code.setFontFixedPitch(true);
    QTextCursor cursor(document);
    cursor.beginEditBlock();
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
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

void colourLinks(QTextDocument *document, const QColor &link)
{
    QTextCursor cursor(document);
    cursor.beginEditBlock();
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.charFormat().isAnchor()) {
                continue;
            }
            QTextCharFormat format;
            format.setForeground(link);
            cursor.setPosition(fragment.position());
            cursor.setPosition(fragment.position() + fragment.length(), QTextCursor::KeepAnchor);
            cursor.mergeCharFormat(format);
        }
    }
    cursor.endEditBlock();
}

SafeMarkdownDocument::SafeMarkdownDocument(QObject *parent)
    : QTextDocument(parent)
{
    setDocumentMargin(0);
}

void SafeMarkdownDocument::setMarkdownSafely(const QString &markdown, const QColor &codeTint)
{
    m_blocked = 0;
    setMarkdown(markdown, safeMarkdownFeatures());
    styleCodeBlocks(this, codeTint);
}

QVariant SafeMarkdownDocument::loadResource(int type, const QUrl &name)
{
    Q_UNUSED(type)
    Q_UNUSED(name)
    ++m_blocked;
    return {};
}

int rowWidth(const QStyleOptionViewItem &option)
{
    if (const auto *view = qobject_cast<const QAbstractItemView *>(option.widget)) {
        return view->viewport()->width();
    }
    return option.rect.width();
}

} // namespace guild::ui
