#pragma once

#include "contentpictures.h"

#include <QStyleOptionViewItem>
#include <QTextBlock>
#include <QTextDocument>

#include <limits>

namespace guild::ui {

/// A QTextDocument for Markdown written by other people: raw HTML is not interpreted, no resource is
/// ever loaded (neither remote nor local files), and code is set in a monospace font on a tinted block,
/// highlighted by its language.
class SafeMarkdownDocument final : public QTextDocument
{
    Q_OBJECT
public:
    explicit SafeMarkdownDocument(QObject *parent = nullptr);
    /// Where pictures kept on the community's server come from (without: no picture is shown).
    void setPictureLookup(ContentPictures::Lookup lookup) { m_pictures.setLookup(std::move(lookup)); }
    /// Reads markdown; code blocks, their highlighting and links take their colours from palette;
    /// pictures from elsewhere become links.
    void setMarkdownSafely(const QString &markdown, const QPalette &palette);
    /// The largest a kept picture shows (within the text's width too); unbounded by default.
    void setPictureBounds(const QSizeF &largest) { m_pictureBounds = largest; }
    int blockedResources() const { return m_pictures.blocked(); }
    /// Whether the document shows a blank for the kept picture id until it arrives.
    bool awaits(qint64 id) const { return m_pictures.awaits(id); }

protected:
    QVariant loadResource(int type, const QUrl &name) override;

private:
    ContentPictures m_pictures;
    QPalette m_palette;
    QSizeF m_pictureBounds{std::numeric_limits<qreal>::max(), std::numeric_limits<qreal>::max()};
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
