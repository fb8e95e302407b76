#pragma once

#include <QTextBrowser>

namespace guild::ui {

/// A QTextBrowser for content written by other people: Markdown without raw HTML, no resource is ever
/// loaded (remote images cannot track the reader), links open in the system browser only when clicked,
/// and code blocks are set in a monospace font on a tinted background.
class SafeTextBrowser final : public QTextBrowser
{
    Q_OBJECT
public:
    explicit SafeTextBrowser(QWidget *parent = nullptr);

    void setMarkdownSafely(const QString &markdown);
Q_SIGNALS:
    /// A guild:// link inside the app was clicked (a promoted article's link back to its chat thread).
    void appLinkActivated(const QUrl &url);

public:
    /// How many resource loads were refused since the last setMarkdownSafely (for tests and diagnostics).
    int blockedResources() const { return m_blocked; }

protected:
    QVariant loadResource(int type, const QUrl &name) override;
    void changeEvent(QEvent *event) override;

private:
    int m_blocked = 0;
};

} // namespace guild::ui
