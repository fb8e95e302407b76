#pragma once

#include "models/savedlistmodel.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QTimer;

namespace guild::app {
class SavedService;
}

namespace guild::ui {

/// Everything the member kept while reading: bookmarks and highlights with notes, newest first,
/// searchable (offline too), each opened where it was made; notes edited or removed; all of it
/// exported as Markdown.
class SavedPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit SavedPanel(app::SavedService &saved, QWidget *parent = nullptr);

    QLineEdit *searchBox() const { return m_search; }
    QListView *list() const { return m_list; }
    QPushButton *openButton() const { return m_open; }
    QPushButton *noteButton() const { return m_note; }
    QPushButton *removeButton() const { return m_remove; }
    QPushButton *exportButton() const { return m_export; }
    const models::SavedListModel &model() const { return m_model; }
    /// Writes the notes to `path` (what Export… does once the member chose where).
    void exportTo(const QString &path);
    /// Sets the selected highlight's note (what Edit note… does once the member wrote it).
    void setNoteOfSelected(const QString &note);

Q_SIGNALS:
    /// The member wants to read what was saved, where it was saved.
    void openRequested(const guild::models::SavedEntry &entry);
    void notice(const QString &message);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    void reload();
    void updateState();
    const models::SavedEntry *selected() const;

    app::SavedService &m_saved;
    models::SavedListModel m_model;
    QLineEdit *m_search;
    QListView *m_list;
    QLabel *m_empty;
    QPushButton *m_open;
    QPushButton *m_note;
    QPushButton *m_remove;
    QPushButton *m_export;
    QTimer *m_searchDelay;
};

} // namespace guild::ui
