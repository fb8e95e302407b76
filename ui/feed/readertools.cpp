#include "readertools.h"

#include "articleview.h"
#include "common/safetextbrowser.h"
#include "common/theme.h"
#include "courses/lessonview.h"
#include "services/savedservice.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QInputDialog>
#include <QLocale>
#include <QMenu>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTextBlock>
#include <QTextCursor>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace guild::ui {

using namespace protocol;
using Format = app::ArticleExporter::Format;

namespace {

/// What a selection reads as, with paragraph breaks as new lines (QTextCursor uses U+2029).
QString plainSelection(const QTextCursor &cursor)
{
    return cursor.selectedText().replace(QChar::ParagraphSeparator, u'\n').replace(QChar::LineSeparator, u'\n');
}

/// Where `quote` is in `document`: at `start` if it is still there, else its first place near it.
QTextCursor locate(QTextDocument *document, const QString &quote, int start)
{
    QTextCursor at(document);
    at.setPosition(std::clamp(start, 0, document->characterCount() - 1));
    at.setPosition(std::min(start + int(quote.size()), document->characterCount() - 1), QTextCursor::KeepAnchor);
    if (plainSelection(at) == quote) {
        return at;
    }
    // The text changed since (an edit): look for its first line and take the quote's length from there.
    const QString firstLine = quote.section(u'\n', 0, 0);
    QTextCursor found = document->find(firstLine, std::max(0, start - 500));
    if (found.isNull()) {
        found = document->find(firstLine);
    }
    if (found.isNull()) {
        return {};
    }
    const int from = found.selectionStart();
    found.setPosition(from);
    found.setPosition(std::min(from + int(quote.size()), document->characterCount() - 1), QTextCursor::KeepAnchor);
    return found;
}

} // namespace

ReaderTools::ReaderTools(ArticleView &view, app::SavedService &saved, QObject *parent)
    : ReaderTools(
          view, *view.browser(),
          [&view] {
              const Article a = view.shownArticle();
              return Shown{SavedKind::Article,
                           a.id,
                           a.title,
                           0,
                           a.authorName + u" · "_s +
                               QLocale().toString(a.publishedAt.toLocalTime().date(), QLocale::LongFormat),
                           a.body};
          },
          [&view](QWidget *w) { view.addActionWidget(w); }, saved, parent)
{
    connect(&view, &ArticleView::articleShown, this, &ReaderTools::onShown);
}

ReaderTools::ReaderTools(LessonView &view, app::SavedService &saved, QObject *parent)
    : ReaderTools(
          view, *view.body(),
          [&view] {
              const course::Lesson &l = view.shownLesson();
              return Shown{SavedKind::Lesson, l.body.isEmpty() ? 0 : l.id, l.title, l.courseId, {}, l.body};
          },
          [&view](QWidget *w) { view.addActionWidget(w); }, saved, parent)
{
    connect(&view, &LessonView::lessonShown, this, &ReaderTools::onShown);
}

ReaderTools::ReaderTools(QWidget &view, SafeTextBrowser &browser, std::function<Shown()> shownNow,
                         const std::function<void(QWidget *)> &addAction, app::SavedService &saved, QObject *parent)
    : QObject(parent)
    , m_view(view)
    , m_browser(browser)
    , m_shown(std::move(shownNow))
    , m_saved(saved)
    , m_bookmark(new QToolButton(&view))
    , m_export(new QToolButton(&view))
    , m_exportMenu(new QMenu(m_export))
{
    m_bookmark->setCheckable(true);
    for (QToolButton *button : {m_bookmark, m_export}) {
        button->setAutoRaise(true);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        addAction(button);
    }
    m_export->setPopupMode(QToolButton::InstantPopup);
    m_export->setMenu(m_exportMenu);
    m_exportMenu->addAction(QString(), this, [this] { askAndExport(Format::Markdown); });
    m_exportMenu->addAction(QString(), this, [this] { askAndExport(Format::Pdf); });

    connect(m_bookmark, &QToolButton::clicked, this, [this](bool on) {
        const Shown shown = m_shown();
        if (shown.id > 0) {
            m_saved.setBookmarked(shown.kind, shown.id, shown.title, on, shown.containerId);
        }
        showBookmarked(on);
    });
    connect(&saved, &app::SavedService::bookmarkChecked, this, [this](SavedKind kind, qint64 id, bool on) {
        const Shown shown = m_shown();
        if (kind == shown.kind && id == shown.id) {
            showBookmarked(on);
        }
    });
    connect(&saved, &app::SavedService::highlightsLoaded, this,
            [this](SavedKind kind, qint64 id, const QList<Highlight> &highlights) {
                const Shown shown = m_shown();
                if (kind == shown.kind && id == shown.id) {
                    markHighlights(highlights);
                }
            });
    m_browser.setContextMenuPolicy(Qt::CustomContextMenu);
    connect(&m_browser, &QWidget::customContextMenuRequested, this, &ReaderTools::showContextMenu);
    connect(&m_exporter, &app::ArticleExporter::exported, this, [this](const QString &path, const QString &error) {
        Q_EMIT notice(error.isEmpty() ? tr("Exported to %1.").arg(QDir::toNativeSeparators(path))
                                      : tr("Could not export: %1").arg(error));
    });
    retranslate();
    view.installEventFilter(this); // its language changes are ours
}

void ReaderTools::onShown()
{
    m_marked = 0;
    const Shown shown = m_shown();
    m_bookmark->setEnabled(shown.id > 0);
    m_export->setEnabled(shown.id > 0);
    if (shown.id > 0) {
        m_saved.checkBookmark(shown.kind, shown.id);
        m_saved.loadHighlights(shown.kind, shown.id);
    }
}

bool ReaderTools::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == &m_view && event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    return QObject::eventFilter(watched, event);
}

void ReaderTools::retranslate()
{
    showBookmarked(m_bookmark->isChecked());
    m_bookmark->setToolTip(tr("Keep this in Saved"));
    m_export->setText(tr("Export"));
    m_export->setToolTip(tr("Save this as a Markdown or PDF file"));
    m_exportMenu->actions().at(0)->setText(tr("As Markdown…"));
    m_exportMenu->actions().at(1)->setText(tr("As PDF…"));
}

void ReaderTools::showBookmarked(bool on)
{
    m_bookmark->setChecked(on);
    m_bookmark->setText(on ? tr("★ Saved") : tr("☆ Save"));
}

void ReaderTools::markHighlights(const QList<Highlight> &highlights)
{
    QTextDocument *document = m_browser.document();
    QTextCharFormat marked;
    // Translucent, so it reads on light and dark backgrounds alike.
    marked.setBackground(theme::color(theme::Role::Marked, m_view.palette()));
    m_marked = 0;
    for (const Highlight &h : highlights) {
        QTextCursor at = locate(document, h.quote, h.start);
        if (!at.isNull() && at.hasSelection()) {
            QTextCharFormat format = marked;
            format.setToolTip(h.note);
            at.mergeCharFormat(format);
            ++m_marked;
        }
    }
}

void ReaderTools::highlightSelection(const QString &note)
{
    const Shown shown = m_shown();
    const QTextCursor cursor = m_browser.textCursor();
    const QString quote = plainSelection(cursor).trimmed();
    if (shown.id <= 0 || quote.isEmpty()) {
        return;
    }
    m_saved.addHighlight(shown.kind, shown.id, shown.title, quote.left(limits::QuoteMax), cursor.selectionStart(), note,
                         shown.containerId);
}

void ReaderTools::showContextMenu(const QPoint &at)
{
    SafeTextBrowser *browser = &m_browser;
    std::unique_ptr<QMenu> menu(browser->createStandardContextMenu(at));
    if (browser->textCursor().hasSelection() && m_shown().id > 0) {
        QAction *first = menu->actions().value(0);
        QAction *highlight = new QAction(tr("Highlight"), menu.get());
        QAction *withNote = new QAction(tr("Highlight with a note…"), menu.get());
        menu->insertAction(first, highlight);
        menu->insertAction(first, withNote);
        menu->insertSeparator(first);
        connect(highlight, &QAction::triggered, this, [this] { highlightSelection(); });
        connect(withNote, &QAction::triggered, this, [this] {
            bool ok = false;
            const QString note = QInputDialog::getMultiLineText(&m_view, tr("Highlight"), tr("Your note:"), {}, &ok);
            if (ok) {
                highlightSelection(note.left(limits::NoteMax));
            }
        });
    }
    menu->exec(browser->viewport()->mapToGlobal(at));
}

void ReaderTools::askAndExport(Format format)
{
    const Shown shown = m_shown();
    if (shown.id <= 0) {
        return;
    }
    QString name = shown.title.simplified();
    name.replace(QRegularExpression(u"[\\\\/:*?\"<>|]"_s), u"-"_s);
    const QString suffix = format == Format::Pdf ? u".pdf"_s : u".md"_s;
    const QString path = QFileDialog::getSaveFileName(
        &m_view, tr("Export"),
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(name.left(80) + suffix),
        format == Format::Pdf ? tr("PDF (*.pdf)") : tr("Markdown (*.md)"));
    if (!path.isEmpty()) {
        exportTo(path, format);
    }
}

void ReaderTools::exportTo(const QString &path, Format format)
{
    const Shown shown = m_shown();
    if (shown.id > 0) {
        m_exporter.write({shown.title, shown.byline, shown.markdown}, path, format);
    }
}

} // namespace guild::ui
