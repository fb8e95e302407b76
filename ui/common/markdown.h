#pragma once

#include <QStyleOptionViewItem>
#include <QTextDocument>

namespace guild::ui {

/// A QTextDocument for Markdown written by other people: raw HTML is not interpreted, no resource is
/// ever loaded (neither remote nor local files), and code is set in a monospace font on a tinted block.
class SafeMarkdownDocument final : public QTextDocument
{
    Q_OBJECT
public:
    explicit SafeMarkdownDocument(QObject *parent = nullptr);
    void setMarkdownSafely(const QString &markdown, const QColor &codeTint);
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
/// Sets fenced and indented code in a monospace font on `tint`.
void styleCodeBlocks(QTextDocument *document, const QColor &tint);

/// Gives the document's links the colour (the Markdown reader takes the palette's as it reads).
void colourLinks(QTextDocument *document, const QColor &link);

} // namespace guild::ui
