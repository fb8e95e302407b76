#pragma once

#include "protocol/api/saved.h"

#include <QSqlDatabase>

namespace guild::server {

/// Members' bookmarks and highlights (bookmarks, highlights). Writes are upserts keyed by what the
/// client names, so repeating one changes nothing.
class SavedRepository final
{
public:
    explicit SavedRepository(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    /// The bookmark as stored (the first time's, when it was there already).
    protocol::Bookmark putBookmark(qint64 userId, const protocol::Bookmark &bookmark);
    void removeBookmark(qint64 userId, protocol::SavedKind kind, qint64 subjectId);
    protocol::Highlight putHighlight(qint64 userId, const protocol::Highlight &highlight);
    void removeHighlight(qint64 userId, const QString &clientId);
    int bookmarkCount(qint64 userId);
    int highlightCount(qint64 userId);
    bool hasBookmark(qint64 userId, protocol::SavedKind kind, qint64 subjectId);
    bool hasHighlight(qint64 userId, const QString &clientId);
    protocol::SavedItems all(qint64 userId, int limit);

private:
    QSqlDatabase m_db;
};

} // namespace guild::server
