#pragma once

#include <QAbstractListModel>
#include <QDateTime>

namespace guild::models {

/// One thing found by the search box: in the offline cache, or (online) by the server.
struct SearchHit
{
    enum class Kind
    {
        Article,
        Message,
        Course,
        Lesson,
        Comment,
        Question,
        Answer,
        Event,
        Member,
    };
    Kind kind = Kind::Article;
    /// The article's, course's, lesson's, comment's, question's, answer's or event's id; a message's
    /// seq in its channel.
    qint64 id = 0;
    /// A message's channel; a lesson's course; a comment's article; an answer's question.
    qint64 containerId = 0;
    /// An article's, course's, lesson's, question's or event's title; a message's sender or channel;
    /// the article or question a comment or an answer belongs to.
    QString title;
    /// The matched passage, the matched words between SnippetOpen and SnippetClose (plain text otherwise).
    QString snippet;
    QDateTime at;
    /// Found by the server and not in the cache: opening it needs a connection.
    bool online = false;
    /// Found by its title or summary only: its body is above the member's tier.
    bool locked = false;
    /// A member's username (how a direct conversation is opened with them); empty for the other kinds.
    QString key;
    /// Found in another community this computer knows: its key (empty: the one open).
    QString community;
};

/// What the search box narrows to, besides the words: a group of kinds, digest articles only, and a
/// time (articles by publication, messages by sending; courses and lessons have none and are kept).
struct SearchFilter
{
    enum class Scope
    {
        Everything,
        Articles,
        Courses,
        Messages,
        Community, ///< questions, answers, comments, events (the server's to find)
    };
    Scope scope = Scope::Everything;
    /// Articles in the digest (精华) only; other kinds are left out.
    bool digestOnly = false;
    /// Since when (invalid: any time).
    QDateTime since;
    /// Articles with this tag only (typed as #tag); other kinds are left out.
    QString tag;
    /// Only what this member wrote (typed as from:name): part of their display name, or their username.
    QString author;

    /// Takes the narrowing typed among the words out of `typed`: `#tag`, and `from:name` (also
    /// `作者:name`). Answers the words left to search for.
    QString takeTypedFilters(const QString &typed);

    bool wantsArticles() const { return scope == Scope::Everything || scope == Scope::Articles; }
    bool wantsCourses() const
    {
        return !digestOnly && tag.isEmpty() && author.isEmpty() &&
               (scope == Scope::Everything || scope == Scope::Courses);
    }
    bool wantsMessages() const
    {
        return !digestOnly && tag.isEmpty() && (scope == Scope::Everything || scope == Scope::Messages);
    }
    bool wantsCommunity() const
    {
        return !digestOnly && tag.isEmpty() && (scope == Scope::Everything || scope == Scope::Community);
    }
    /// Members by name: only when looking through everything, not narrowed to someone's writing.
    bool wantsMembers() const { return !digestOnly && tag.isEmpty() && author.isEmpty() && scope == Scope::Everything; }
    /// Milliseconds since the epoch, 0 for any time: the value the queries compare with.
    qint64 sinceMs() const { return since.isValid() ? since.toMSecsSinceEpoch() : 0; }
};

/// What one search found, by group, each best first.
struct SearchResults
{
    QList<SearchHit> articles;
    QList<SearchHit> courses; ///< courses and lessons
    QList<SearchHit> messages;
    QList<SearchHit> community; ///< questions, answers, comments and events (found by the server)
    QList<SearchHit> members;   ///< found by the server, by display name or username
    QList<SearchHit> elsewhere; ///< articles in the other communities' caches
    /// The server is still being asked (the cache's answer came first).
    bool serverPending = false;
    /// The server was asked and answered.
    bool serverAnswered = false;

    bool isEmpty() const
    {
        return articles.isEmpty() && courses.isEmpty() && messages.isEmpty() && community.isEmpty() &&
               members.isEmpty() && elsewhere.isEmpty();
    }
};

/// Marks around the matched words in SearchHit::snippet: control characters no member can type.
inline constexpr char16_t SnippetOpen = u'\x02';
inline constexpr char16_t SnippetClose = u'\x03';

/// The search box's results: hits grouped (articles, courses and lessons, chat messages, community), each group
/// under a heading row that cannot be selected; the best match of each group first.
class SearchResultModel final : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role
    {
        KindRole = Qt::UserRole + 1, ///< SearchHit::Kind as int
        HeadingRole,                 ///< true on a group's heading
        GroupRole,                   ///< Group as int
        TitleRole,
        SnippetRole,
        IdRole,
        ContainerIdRole,
        AtRole,
        OnlineRole, ///< found by the server only: opening it needs a connection
        LockedRole,
    };
    Q_ENUM(Role)

    using QAbstractListModel::QAbstractListModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// The groups, in the order they show.
    enum class Group
    {
        Articles,
        Courses, ///< courses and lessons
        Messages,
        Community, ///< questions, answers, comments, events
        Members,
        Elsewhere, ///< in the other communities this computer knows
    };
    /// Replaces the results, each group best first.
    void setResults(const SearchResults &results);
    /// The hit at `row`, or nullptr on a heading or outside the rows.
    const SearchHit *hitAt(int row) const;
    /// The first row that is a hit, or -1.
    int firstHitRow() const;
    /// The next hit row after `row` going down (step 1) or up (step -1), or `row` when there is none.
    int nextHitRow(int row, int step) const;

private:
    struct Row
    {
        bool heading = false;
        Group group = Group::Articles;
        int count = 0; ///< on a heading: how many hits follow
        SearchHit hit;
    };
    QList<Row> m_rows;
};

} // namespace guild::models
