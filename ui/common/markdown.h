#pragma once

#include <QStyleOptionViewItem>
#include <QTextBlock>
#include <QTextDocument>

namespace guild::ui {

/// A QTextDocument for Markdown written by other people: raw HTML is not interpreted, no resource is
/// ever loaded (neither remote nor local files), and code is set in a monospace font on a tinted block,
/// highlighted by its language.
class SafeMarkdownDocument final : public QTextDocument
{
    Q_OBJECT
public:
    explicit SafeMarkdownDocument(QObject *parent = nullptr);
    /// Reads markdown; code blocks, their highlighting and links take their colours from palette.
    void setMarkdownSafely(const QString &markdown, const QPalette &palette);
    int blockedResources() const { return m_blocked; }

protected:
    QVariant loadResource(int type, const QUrl &name) override;

private:
    int m_blocked = 0;
};

/// The width a view lays its rows out for: the viewport's (the row rectangle is not set when measuring).
int rowWidth(const QStyleOptionViewItem &option);

/// Markdown features for untrusted text: GitHub's dialect without HTML blocks or spans.
QTextDocument::MarkdownFeatures safeMarkdownFeatures();
/// Sets fenced and indented code in a monospace font on the palette's alternate base, and colours the
/// code of a fence that names a language (CodeHighlighter) in the palette's scheme.
void styleCodeBlocks(QTextDocument *document, const QPalette &palette);

/// The first line of the code block block is part of; an invalid block when block is not code.
QTextBlock codeBlockStart(const QTextBlock &block);
/// The text of the code block starting at start, its lines joined by newlines.
QString codeBlockText(const QTextBlock &start);

/// Gives the document's links the colour (the Markdown reader takes the palette's as it reads).
void colourLinks(QTextDocument *document, const QColor &link);

} // namespace guild::ui
