#pragma once

#include <QCache>
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

/// Rendered Markdown bodies of list rows, laid out for a width and kept: a delegate measures and paints
/// each row many times.
class RowDocuments final
{
public:
    explicit RowDocuments(int capacity)
        : m_cache(capacity)
    {}
    /// The body under `key` (which must change when the text does), in the row's font, for `textWidth`.
    SafeMarkdownDocument *document(const QString &key, const QString &markdown, const QStyleOptionViewItem &option,
                                   int textWidth);

private:
    QCache<QString, SafeMarkdownDocument> m_cache;
};

/// The width a view lays its rows out for: the viewport's (the row rectangle is not set when measuring).
int rowWidth(const QStyleOptionViewItem &option);

/// Markdown features for untrusted text: GitHub's dialect without HTML blocks or spans.
QTextDocument::MarkdownFeatures safeMarkdownFeatures();
/// Sets fenced and indented code in a monospace font on `tint`.
void styleCodeBlocks(QTextDocument *document, const QColor &tint);

} // namespace guild::ui
