#pragma once

#include <QCache>
#include <QStyleOptionViewItem>

#include <memory>

class QPainter;

namespace guild::ui {

/// A list row's body, laid out for a width.
class RowBody
{
public:
    virtual ~RowBody() = default;
    virtual qreal height() const = 0;
    /// Draws at the painter's origin in `palette`'s text colour (links and code in theirs).
    virtual void draw(QPainter *painter, const QPalette &palette) const = 0;
};

/// Bodies of list rows, laid out and kept (a delegate measures and paints each row many times). Text
/// without Markdown goes through one QTextLayout; building a document for it was most of a chat
/// frame's time when rows scroll into view (docs/performance.md). Anything else is a
/// SafeMarkdownDocument.
class RowBodies final
{
public:
    explicit RowBodies(int capacity)
        : m_cache(capacity)
    {}
    /// The body under `key` (which must change when the text does), in the row's font, for `textWidth`.
    const RowBody *body(const QString &key, const QString &markdown, const QStyleOptionViewItem &option, int textWidth);

    /// Whether `markdown` renders as exactly its own characters on one paragraph: nothing Markdown, an
    /// HTML entity or an autolink could make of it, no line breaks (a single one is a space in
    /// Markdown), no surrounding spaces.
    static bool isPlainText(const QString &markdown);

private:
    QCache<QString, RowBody> m_cache;
    QRgb m_text = 0; // the text colour the cached bodies were made with
};

} // namespace guild::ui
