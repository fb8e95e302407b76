#include "markdown.h"

#include "codehighlighter.h"
#include "theme.h"

#include <QAbstractItemView>
#include <QFontDatabase>
#include <QTextBlock>
#include <QTextCursor>

namespace guild::ui {

QTextDocument::MarkdownFeatures safeMarkdownFeatures()
{
    return QTextDocument::MarkdownFeatures(QTextDocument::MarkdownDialectGitHub | QTextDocument::MarkdownNoHTML);
}

namespace {

constexpr int CodeBlockGap = 8;

bool isCode(const QTextBlock &block)
{
    const QTextBlockFormat format = block.blockFormat();
    return format.hasProperty(QTextFormat::BlockCodeFence) || format.hasProperty(QTextFormat::BlockCodeLanguage);
}

QString languageOf(const QTextBlock &block)
{
    return block.blockFormat().stringProperty(QTextFormat::BlockCodeLanguage);
}

/// Whether other is a line of the same code block as a line in language (the document keeps no
/// boundary between two fences of one language in a row; they are taken as one).
bool continuesCode(const QTextBlock &other, const QString &language)
{
    return other.isValid() && isCode(other) && languageOf(other) == language;
}

/// Colours one code block (its lines are consecutive text blocks) by the language of its fence.
void highlightCode(QTextCursor &cursor, const QList<QTextBlock> &lines, const QString &language, bool dark)
{
    if (language.isEmpty()) {
        return;
    }
    QStringList texts;
    texts.reserve(lines.size());
    for (const QTextBlock &line : lines) {
        texts << line.text();
    }
    const QList<QList<CodeHighlighter::Span>> spans = CodeHighlighter::highlight(language, texts);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        for (const CodeHighlighter::Span &span : spans.at(i)) {
            QTextCharFormat format;
            format.setForeground(CodeHighlighter::colour(span.kind, dark));
            format.setFontItalic(span.kind == CodeHighlighter::Kind::Comment);
            cursor.setPosition(lines.at(i).position() + int(span.start));
            cursor.setPosition(lines.at(i).position() + int(span.start + span.length), QTextCursor::KeepAnchor);
            cursor.mergeCharFormat(format);
        }
    }
}

} // namespace

void styleCodeBlocks(QTextDocument *document, const QPalette &palette)
{
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    QTextCharFormat code;
    code.setFontFamilies(mono.families());
    code.setFontFixedPitch(true);
    // Set again from scratch each time, so a change of scheme leaves no colour of the old one.
    code.setForeground(palette.color(QPalette::Text));
    code.setFontItalic(false);
    const bool dark = theme::isDark(palette);
    QTextCursor cursor(document);
    cursor.beginEditBlock();
    QList<QTextBlock> lines;
    QString language;
    for (QTextBlock block = document->begin();; block = block.next()) {
        const bool inCode = block.isValid() && isCode(block);
        const QString blockLanguage = inCode ? languageOf(block) : QString();
        // A code block ends where the code does, or where a fence of another language begins.
        if (!lines.isEmpty() && (!inCode || blockLanguage != language)) {
            highlightCode(cursor, lines, language, dark);
            lines.clear();
        }
        if (!block.isValid()) {
            break;
        }
        if (!inCode) {
            continue;
        }
        language = blockLanguage;
        lines << block;
        cursor.setPosition(block.position());
        cursor.setPosition(block.position() + block.length() - 1, QTextCursor::KeepAnchor);
        cursor.setCharFormat(QTextCharFormat());
        cursor.mergeCharFormat(code);
        QTextBlockFormat tinted = block.blockFormat();
        tinted.setBackground(palette.color(QPalette::AlternateBase));
        tinted.setNonBreakableLines(true);
        // Air above and below each block, so two blocks in a row read as two.
        tinted.setTopMargin(continuesCode(block.previous(), blockLanguage) ? 0 : CodeBlockGap);
        tinted.setBottomMargin(continuesCode(block.next(), blockLanguage) ? 0 : CodeBlockGap);
        cursor.setBlockFormat(tinted);
    }
    cursor.endEditBlock();
}

QTextBlock codeBlockStart(const QTextBlock &block)
{
    if (!block.isValid() || !isCode(block)) {
        return {};
    }
    QTextBlock start = block;
    while (continuesCode(start.previous(), languageOf(block))) {
        start = start.previous();
    }
    return start;
}

QString codeBlockText(const QTextBlock &start)
{
    QStringList lines;
    for (QTextBlock b = start; continuesCode(b, languageOf(start)); b = b.next()) {
        lines << b.text();
    }
    return lines.join(u'\n');
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

void SafeMarkdownDocument::setMarkdownSafely(const QString &markdown, const QPalette &palette)
{
    m_pictures.reset();
    m_palette = palette;
    setMarkdown(markdown, safeMarkdownFeatures());
    styleCodeBlocks(this, palette);
    colourLinks(this, palette.color(QPalette::Link));
    const qreal widest = textWidth() > 0 ? std::min(textWidth(), m_pictureBounds.width()) : m_pictureBounds.width();
    m_pictures.settle(this, widest, m_pictureBounds.height(), palette.color(QPalette::Link));
}

QVariant SafeMarkdownDocument::loadResource(int type, const QUrl &name)
{
    return m_pictures.load(type, name, m_palette.color(QPalette::AlternateBase));
}

int rowWidth(const QStyleOptionViewItem &option)
{
    if (const auto *view = qobject_cast<const QAbstractItemView *>(option.widget)) {
        return view->viewport()->width();
    }
    return option.rect.width();
}

} // namespace guild::ui
