#pragma once

#include "protocol/api/saved.h"

#include <QObject>

namespace guild::app {

class ApiClient;
class LocalCache;
class WriteOutbox;

/// The member's bookmarks and highlights with notes: shown from the cache at once, written through the
/// outbox (offline too, each delivered once), and replaced by the server's list whenever none of the
/// member's writes is still on its way. Exports the notes as Markdown.
class SavedService final : public QObject
{
    Q_OBJECT
public:
    SavedService(ApiClient &api, LocalCache &cache, WriteOutbox &outbox, QObject *parent = nullptr);

    /// Online: the server's list (later, when writes are still on their way).
    void refresh();
    /// Answers with loaded(): everything, or what holds `filter`.
    void load(const QString &filter = {});
    /// Answers with bookmarkChecked().
    void checkBookmark(protocol::SavedKind kind, qint64 subjectId);
    /// Answers with highlightsLoaded().
    void loadHighlights(protocol::SavedKind kind, qint64 subjectId);

    /// `containerId` and `position` say where it is until the server says (SavedKind, Bookmark).
    void setBookmarked(protocol::SavedKind kind, qint64 subjectId, const QString &title, bool on,
                       qint64 containerId = 0, qint64 position = 0);
    /// Returns the new highlight's id.
    QString addHighlight(protocol::SavedKind kind, qint64 subjectId, const QString &title, const QString &quote,
                         int start, const QString &note = {}, qint64 containerId = 0);
    void setNote(const QString &highlightId, const QString &note);
    void removeHighlight(const QString &highlightId);

    /// Writes the notes and highlights (and the bookmarks' list) as Markdown to `path`; answers with exported().
    void exportNotes(const QString &path);
    static QString notesMarkdown(const protocol::SavedItems &items);

Q_SIGNALS:
    void loaded(const guild::protocol::SavedItems &items);
    /// Something saved changed (here, or from the server): what shows it loads again.
    void changed();
    void bookmarkChecked(guild::protocol::SavedKind kind, qint64 subjectId, bool bookmarked);
    void highlightsLoaded(guild::protocol::SavedKind kind, qint64 subjectId,
                          const QList<guild::protocol::Highlight> &highlights);
    void notice(const QString &message, bool ok);
    /// `error` is empty when the file was written.
    void exported(const QString &path, const QString &error);

private:
    bool writesWaiting() const;
    /// Queues a write; one refused before it is even queued is said, and the server's list puts back
    /// what the cache showed at once.
    template <typename E>
    void queue(const E &endpoint, const QString &target, const typename E::Request &request, const QString &kind,
               qint64 subjectId, const QString &title);

    ApiClient &m_api;
    LocalCache &m_cache;
    WriteOutbox &m_outbox;
    bool m_refreshWanted = false;
};

} // namespace guild::app
