#pragma once

#include "contentpictures.h"

#include <QTextBlock>
#include <QTextBrowser>

class QToolButton;

namespace guild::app {
class PictureCache;
}

namespace guild::ui {

/// A QTextBrowser for content written by other people: Markdown without raw HTML, no resource is ever
/// loaded from anywhere but the member's own community server (a picture elsewhere cannot track the
/// reader: it is shown as a link to open by choice), links open in the system browser only when clicked,
/// and code blocks are set in a monospace font on a tinted background, highlighted by their language,
/// with a Copy button on the block under the pointer.
class SafeTextBrowser final : public QTextBrowser
{
    Q_OBJECT
public:
    explicit SafeTextBrowser(QWidget *parent = nullptr);

    void setMarkdownSafely(const QString &markdown);
    /// Where pictures written as `![words](guild-image:ID)` come from: the community server, through
    /// the client's cache (so they show offline once seen). Without it they are not shown.
    void setImages(app::PictureCache *images);
    /// Lays the text out for reading: lines no longer than about `ems` characters (centred in a wide
    /// window), and 1.6 lines of spacing for prose (Chinese and English both read more easily with it).
    void setReadingMeasure(int ems);
    struct Heading
    {
        int level = 0;
        QString text;
        int position = 0;
    };
    /// The document's headings, for a table of contents.
    QList<Heading> headings() const;
    /// Scrolls so the text at position is at the top.
    void scrollToPosition(int position);
Q_SIGNALS:
    /// A guild:// link inside the app was clicked (a promoted article's link back to its chat thread).
    void appLinkActivated(const QUrl &url);

public:
    /// How many resource loads were refused since the last setMarkdownSafely (for tests and diagnostics).
    int blockedResources() const { return m_pictures.blocked(); }
    /// The button that copies the code block the pointer is over (hidden elsewhere).
    QToolButton *copyButton() const { return m_copy; }
    /// Shows the Copy button on the code block holding position (a document position), as hovering it does.
    void offerCopy(int position);

protected:
    QVariant loadResource(int type, const QUrl &name) override;
    void changeEvent(QEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void placeCopyButton();
    /// Pictures from other hosts become links saying where they are; ours are sized to the text.
    void settleImages();
    void applyMeasure();
    void spaceProse();
    void imageArrived(qint64 id);

    ContentPictures m_pictures;
    app::PictureCache *m_images = nullptr;
    int m_settledWidth = -1; // the viewport's width the pictures were fitted to
    int m_keptPictures = 0;  // how many of them (none: a resize has nothing to refit)
    int m_measureEms = 0;    // 0: the text takes the whole width
    QToolButton *m_copy;
    QTextBlock m_codeStart; // the first line of the code block the Copy button is for
};

} // namespace guild::ui
