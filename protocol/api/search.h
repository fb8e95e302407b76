#pragma once

#include "protocol/contract.h"

#include <QDateTime>
#include <QHashFunctions>
#include <QJsonObject>
#include <QList>
#include <QUrlQuery>

#include <optional>

// GET /search: one search over everything a member may read, ranked across kinds.
namespace guild::protocol {

enum class SearchKind
{
    Article,
    Comment,
    Question,
    Answer,
    Course,
    Lesson,
    Message,
    Event,
    Member,
};

inline size_t qHash(SearchKind kind, size_t seed = 0) noexcept
{
    return ::qHash(static_cast<int>(kind), seed);
}
QString searchKindCode(SearchKind kind);
std::optional<SearchKind> searchKindFromCode(const QString &code);
/// Every kind, in the order above.
QList<SearchKind> allSearchKinds();

struct SearchRequest
{
    QString q;
    QList<SearchKind> kinds; ///< empty: every kind
    QString cursor;          ///< empty: the best results
    /// Only articles with this tag (any case); empty: no such narrowing.
    QString tag;
    /// Only what this member wrote: their username, or part of their display name; empty: anyone.
    QString author;
    int limit = 20;
    /// The last word is still being typed: it matches as a prefix.
    bool typing = false;

    QUrlQuery toQuery() const;
    static std::optional<SearchRequest> fromQuery(const QUrlQuery &query, ApiError *error);
};

/// A matched word in a result's snippet: start and length in UTF-16 code units.
struct SearchHighlight
{
    int start = 0;
    int length = 0;
    friend bool operator==(const SearchHighlight &, const SearchHighlight &) = default;
};

struct SearchResult
{
    SearchKind kind = SearchKind::Article;
    qint64 id = 0;
    /// What it belongs to: the article of a comment, the question of an answer, the course of a lesson,
    /// the channel of a message; 0 for none.
    qint64 parentId = 0;
    QString title; ///< a comment's, an answer's or a message's is empty
    /// The article's, question's or course's title, the channel's name, or a member's username
    QString parentTitle;
    qint64 seq = 0; ///< a message's number in its channel (how clients find it); 0 otherwise
    QString snippet;
    QList<SearchHighlight> highlights;
    double score = 0;
    QDateTime createdAt;
    qint64 authorId = 0;
    /// Found by its title or summary only: its body is for members of a higher tier, or a course
    /// the caller has not bought.
    bool locked = false;

    QJsonObject toJson() const;
    static std::optional<SearchResult> fromJson(const QJsonObject &json);
};

struct SearchPage
{
    QList<SearchResult> results;
    QString nextCursor; ///< empty: the last page

    QJsonObject toJson() const;
    static std::optional<SearchPage> fromJson(const QJsonObject &json);
};

} // namespace guild::protocol
