#pragma once

#include "protocol/contract.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

// The member's reader tools: bookmarks on what they read and highlights with notes (saved.md in
// docs/api.md). Both are keyed by the client, so a write made offline is the same write when it goes.
namespace guild::protocol {

/// What can be bookmarked: articles, lessons, chat messages and answers; highlights go on the first two.
enum class SavedKind
{
    Article,
    Lesson,
    Message,
    Answer
};
QString savedKindCode(SavedKind kind);
std::optional<SavedKind> savedKindFromCode(const QString &code);

/// A bookmark's key in its URL: "<kind>-<id>" (article-42).
QString bookmarkKey(SavedKind kind, qint64 subjectId);
std::optional<std::pair<SavedKind, qint64>> parseBookmarkKey(const QString &key);
/// A highlight's key: the client's own id for it, 8 to 64 letters, digits and dashes.
bool validHighlightKey(const QString &key);

struct Bookmark
{
    SavedKind kind = SavedKind::Article;
    qint64 subjectId = 0;
    QString title; ///< the server's: the article's or lesson's title, the message's or answer's start
    /// Where it is: a lesson's course, a message's channel, an answer's question (0 for an article).
    qint64 containerId = 0;
    /// A message's place in its channel (its seq); 0 otherwise.
    qint64 position = 0;
    QDateTime createdAt;

    QJsonObject toJson() const;
    static std::optional<Bookmark> fromJson(const QJsonObject &json);
};

/// PUT /me/highlights/{key}: a passage of an article or lesson, and the member's note on it.
struct HighlightInput
{
    SavedKind kind = SavedKind::Article;
    qint64 subjectId = 0;
    QString quote;
    QString note;
    int start = 0; ///< where the passage starts in the text (a hint for finding it again)

    QJsonObject toJson() const;
    static std::optional<HighlightInput> fromJson(const QJsonObject &json, ApiError *error);
};

struct Highlight
{
    QString id; ///< the client's key
    SavedKind kind = SavedKind::Article;
    qint64 subjectId = 0;
    QString title;
    qint64 containerId = 0; ///< a lesson's course (0 for an article)
    QString quote;
    QString note;
    int start = 0;
    QDateTime createdAt;
    QDateTime updatedAt;

    QJsonObject toJson() const;
    static std::optional<Highlight> fromJson(const QJsonObject &json);
};

/// GET /me/saved: everything the member saved, newest first.
struct SavedItems
{
    QList<Bookmark> bookmarks;
    QList<Highlight> highlights;

    QJsonObject toJson() const;
    static std::optional<SavedItems> fromJson(const QJsonObject &json);
};

using BookmarkReply = One<Bookmark, "bookmark">;
using HighlightReply = One<Highlight, "highlight">;

namespace limits {
inline constexpr qsizetype QuoteMax = 2000;
inline constexpr qsizetype NoteMax = 4000;
/// Per member, of each: enough for years of reading, and a bound on GET /me/saved.
inline constexpr int SavedMax = 5000;
} // namespace limits

} // namespace guild::protocol
