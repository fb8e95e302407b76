#pragma once

#include "protocol/api/search.h"
#include "search/searchquery.h"

#include <QSqlDatabase>

#include <functional>

namespace guild::server {

/// What one search may find, decided by the domain's rules before it runs.
struct SearchScope
{
    qint64 userId = 0;
    bool admin = false;
    int tier = 0;                      ///< the level of the tier the caller reads at
    QList<qint64> channels;            ///< channels whose messages the caller reads
    QList<qint64> courses;             ///< courses the caller sees (published, or theirs to edit)
    QList<qint64> openCourses;         ///< courses whose lessons the caller may open
    QList<protocol::SearchKind> kinds; ///< empty: every kind
    QString tag;                       ///< only articles with this tag (any case); empty: any
    QString author;                    ///< only what a member wrote: their username, or part of their display name
    qint64 now = 0;
};

/// One thing found, with only the text the caller may read.
struct SearchRow
{
    protocol::SearchKind kind = protocol::SearchKind::Article;
    qint64 id = 0;
    qint64 parentId = 0;
    qint64 authorId = 0;
    qint64 createdAt = 0;
    QString title;
    QString openText;
    QString gatedText; ///< empty when the caller may not read it
    bool locked = false;
    double score = 0;
};

/// The search index (migration 030): one entry per article, comment, question, answer, course,
/// lesson, chat message and event, with who may find it. Writes keep it current by calling refresh()
/// in their own transaction; search() answers what a scope may see, best first, on either engine.
class SearchIndex final
{
public:
    explicit SearchIndex(QSqlDatabase db);

    /// Brings the entry of one thing up to date from its table: adds, replaces or (when it is gone or
    /// hidden) removes it, and updates the entries that inherit from it (an article's comments, a
    /// question's answers, a course's lessons).
    void refresh(protocol::SearchKind kind, qint64 id);
    /// Drops the entries of comments, questions and answers a moderator hid all at once.
    void forgetHidden();

    /// Whether everything written before the index existed is in it.
    bool isBuilt();
    /// Fills the index from every table, in one transaction; `progress` hears how many entries were
    /// written so far. Several servers starting at once rebuild it once.
    qint64 rebuild(const std::function<void(qint64)> &progress = {});

    QList<SearchRow> search(const search::SearchQuery &query, const SearchScope &scope, int offset, int limit);
    /// The titles of what results belong to: articles of comments, questions of answers, courses of
    /// lessons, names of channels. Keyed by kind (of the result) and parent id.
    QHash<QPair<protocol::SearchKind, qint64>, QString> parentTitles(const QList<SearchRow> &rows);
    /// The number in its channel of every message among `rows`, by message id.
    QHash<qint64, qint64> messageSeqs(const QList<SearchRow> &rows);

private:
    struct Entry;
    bool isPostgres() const;
    QList<Entry> load(protocol::SearchKind kind, const QString &condition, const QVariantList &bindings);
    QString insertStatement() const;
    QVariantList insertValues(const Entry &e) const;

    QSqlDatabase m_db;
};

} // namespace guild::server
