#pragma once

#include "protocol/api/saved.h"
#include "protocol/types.h"
#include "services/articleexporter.h"

#include <QObject>

class QMenu;
class QToolButton;

namespace guild::app {
class SavedService;
}

namespace guild::ui {

class ArticleView;
class LessonView;
class SafeTextBrowser;

/// The reader's own tools on an article or a lesson: bookmark it, highlight a passage (with a note),
/// see the highlights made before, and export it as Markdown or PDF.
class ReaderTools final : public QObject
{
    Q_OBJECT
public:
    /// What is being read, as the tools need it.
    struct Shown
    {
        protocol::SavedKind kind = protocol::SavedKind::Article;
        qint64 id = 0; ///< 0: nothing readable shown
        QString title;
        qint64 containerId = 0; ///< a lesson's course
        QString byline;
        QString markdown;
    };

    ReaderTools(ArticleView &view, app::SavedService &saved, QObject *parent = nullptr);
    ReaderTools(LessonView &view, app::SavedService &saved, QObject *parent = nullptr);

    QToolButton *bookmarkButton() const { return m_bookmark; }
    QToolButton *exportButton() const { return m_export; }
    /// Highlights the passage selected in the reader, with `note`.
    void highlightSelection(const QString &note = {});
    /// Writes the article shown to `path`; answers with notice().
    void exportTo(const QString &path, app::ArticleExporter::Format format);
    /// How many highlights are marked in the article shown.
    int markedHighlights() const { return m_marked; }

Q_SIGNALS:
    void notice(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    /// Common to both kinds of reader: `view` holds `browser`, `addAction` puts a button by it.
    ReaderTools(QWidget &view, SafeTextBrowser &browser, std::function<Shown()> shownNow,
                const std::function<void(QWidget *)> &addAction, app::SavedService &saved, QObject *parent);
    void onShown();
    void retranslate();
    void showBookmarked(bool on);
    void markHighlights(const QList<protocol::Highlight> &highlights);
    void showContextMenu(const QPoint &at);
    void askAndExport(app::ArticleExporter::Format format);

    QWidget &m_view;
    SafeTextBrowser &m_browser;
    std::function<Shown()> m_shown;
    app::SavedService &m_saved;
    app::ArticleExporter m_exporter;
    QToolButton *m_bookmark;
    QToolButton *m_export;
    QMenu *m_exportMenu;
    int m_marked = 0;
};

} // namespace guild::ui
