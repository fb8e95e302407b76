#include "savedpanel.h"

#include "common/emptystate.h"
#include "services/savedservice.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QStandardPaths>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace guild::ui {

using namespace protocol;

SavedPanel::SavedPanel(app::SavedService &saved, QWidget *parent)
    : QWidget(parent)
    , m_saved(saved)
    , m_search(new QLineEdit(this))
    , m_list(new QListView(this))
    , m_empty(new QLabel(this))
    , m_open(new QPushButton(this))
    , m_note(new QPushButton(this))
    , m_remove(new QPushButton(this))
    , m_export(new QPushButton(this))
    , m_searchDelay(new QTimer(this))
{
    new EmptyState(m_list, [] {
        return EmptyState::Texts{tr("Nothing saved yet"),
                                 tr("Save an article with ☆ Save in the reader, bookmark a chat message or an answer "
                                    "from its menu, or highlight a passage: it all comes here, searchable offline."),
                                 QString()};
    });
    m_search->setClearButtonEnabled(true);
    m_list->setModel(&m_model);
    m_list->setWordWrap(true);
    m_list->setSpacing(4);
    m_list->setUniformItemSizes(false);
    m_list->setAlternatingRowColors(true);
    m_empty->setTextFormat(Qt::PlainText);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(200);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_open);
    buttons->addWidget(m_note);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    buttons->addWidget(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_empty, 1);
    layout->addLayout(buttons);

    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &SavedPanel::reload);
    connect(&saved, &app::SavedService::loaded, this, [this](const SavedItems &items) {
        m_model.setItems(items);
        updateState();
    });
    connect(&saved, &app::SavedService::changed, this, [this] {
        if (isVisible()) {
            reload();
        }
    });
    connect(&saved, &app::SavedService::exported, this, [this](const QString &path, const QString &error) {
        Q_EMIT notice(error.isEmpty() ? tr("Notes exported to %1.").arg(QDir::toNativeSeparators(path))
                                      : tr("Could not export the notes: %1").arg(error));
    });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, &SavedPanel::updateState);
    connect(m_list, &QListView::activated, this, [this] { m_open->click(); });
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (const models::SavedEntry *e = selected()) {
            Q_EMIT openRequested(*e);
        }
    });
    connect(m_note, &QPushButton::clicked, this, [this] {
        const models::SavedEntry *e = selected();
        if (!e || !e->highlight) {
            return;
        }
        bool ok = false;
        const QString note =
            QInputDialog::getMultiLineText(this, tr("Note"), tr("Your note on “%1”:").arg(e->title), e->note, &ok);
        if (ok) {
            setNoteOfSelected(note);
        }
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const models::SavedEntry *e = selected();
        if (!e) {
            return;
        }
        if (e->highlight) {
            m_saved.removeHighlight(e->id);
        } else {
            m_saved.setBookmarked(e->kind, e->subjectId, e->title, false);
        }
    });
    connect(m_export, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export notes"),
            QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(u"guild-notes.md"_s),
            tr("Markdown (*.md)"));
        if (!path.isEmpty()) {
            exportTo(path);
        }
    });
    retranslate();
    updateState();
}

void SavedPanel::exportTo(const QString &path)
{
    m_saved.exportNotes(path);
}

void SavedPanel::setNoteOfSelected(const QString &note)
{
    if (const models::SavedEntry *e = selected(); e && e->highlight) {
        m_saved.setNote(e->id, note.left(limits::NoteMax));
    }
}

const models::SavedEntry *SavedPanel::selected() const
{
    return m_model.at(m_list->currentIndex());
}

void SavedPanel::reload()
{
    m_saved.load(m_search->text());
}

void SavedPanel::updateState()
{
    const models::SavedEntry *e = selected();
    // Each opens where it is: an article in the reader, a lesson in its course, a message in its
    // channel, an answer under its question (saved before they said where: not openable).
    m_open->setEnabled(e && (e->kind == SavedKind::Article || e->containerId > 0));
    m_note->setEnabled(e && e->highlight);
    m_remove->setEnabled(e != nullptr);
    const bool empty = m_model.rowCount() == 0;
    m_list->setVisible(!empty);
    m_empty->setVisible(empty);
    m_empty->setText(m_search->text().trimmed().isEmpty()
                         ? tr("Nothing saved yet. Keep an article with ☆ Save above it, or select a passage "
                              "and choose Highlight from its menu; it shows here, offline too.")
                         : tr("Nothing saved holds “%1”.").arg(m_search->text().trimmed()));
}

void SavedPanel::retranslate()
{
    m_search->setPlaceholderText(tr("Search your bookmarks, highlights and notes"));
    m_search->setAccessibleName(m_search->placeholderText());
    m_list->setAccessibleName(tr("Saved items"));
    m_open->setText(tr("Open"));
    m_note->setText(tr("Edit note…"));
    m_remove->setText(tr("Remove"));
    m_export->setText(tr("Export notes…"));
    m_export->setToolTip(tr("Save your highlights and notes as a Markdown file"));
    m_model.refresh();
    updateState();
}

void SavedPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

void SavedPanel::showEvent(QShowEvent *event)
{
    reload();
    QWidget::showEvent(event);
}

} // namespace guild::ui
