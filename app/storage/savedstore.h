#pragma once

#include "protocol/api/saved.h"

#include <QSqlDatabase>

namespace guild::app {

/// The member's bookmarks and highlights on this computer (saved_bookmarks, saved_highlights, cache
/// migration 016): the server's list, with what this client did since applied at once. Runs only on
/// the LocalCache worker thread.
class SavedStore final
{
public:
    explicit SavedStore(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    /// The server's list in place of what was here.
    bool replace(const protocol::SavedItems &items);
    bool putBookmark(const protocol::Bookmark &bookmark);
    bool removeBookmark(protocol::SavedKind kind, qint64 subjectId);
    bool putHighlight(const protocol::Highlight &highlight);
    bool removeHighlight(const QString &id);

    /// Newest first; with `text`, only those whose title, quote or note hold it (any case, any script).
    protocol::SavedItems all(const QString &text = {});
    bool isBookmarked(protocol::SavedKind kind, qint64 subjectId);
    /// The highlights on one article or lesson, in the order they appear.
    QList<protocol::Highlight> highlightsOn(protocol::SavedKind kind, qint64 subjectId);
    std::optional<protocol::Highlight> highlight(const QString &id);

private:
    QSqlDatabase m_db;
};

} // namespace guild::app
