#include "searchservice.h"

#include "chatservice.h"
#include "clock.h"
#include "courseservice.h"
#include "protocol/limits.h"
#include "search/excerpt.h"
#include "storage/database.h"
#include "storage/searchindex.h"

#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcSearchIndex, "guild.server.search")

namespace guild::server {

using namespace protocol;

namespace {

constexpr int SnippetChars = 120;

/// The excerpt of whichever readable field shows the most matches (the title when only it matched).
search::Excerpt bestExcerpt(const SearchRow &row, const search::SearchQuery &query)
{
    search::Excerpt best;
    for (const QString *field : {&row.openText, &row.gatedText}) {
        if (field->isEmpty()) {
            continue;
        }
        search::Excerpt e = search::excerpt(*field, query, SnippetChars);
        if (best.text.isEmpty() || e.marks.size() > best.marks.size()) {
            best = std::move(e);
        }
    }
    return best;
}

} // namespace

SearchService::SearchService(Database &database, ChatService &chat, CourseService &courses)
    : m_database(database)
    , m_chat(chat)
    , m_courses(courses)
{}

Result<SearchPage> SearchService::search(const AuthUser &viewer, const SearchRequest &request)
{
    const search::SearchQuery query = search::SearchQuery::parse(request.q, request.typing);
    const int offset = request.cursor.isEmpty() ? 0 : request.cursor.toInt();
    SearchPage page;
    if (query.isEmpty()) {
        return page;
    }
    SearchScope scope;
    scope.userId = viewer.id;
    scope.admin = viewer.isAdmin();
    scope.tier = static_cast<int>(readingTier(viewer.role, viewer.tier));
    scope.kinds = request.kinds;
    scope.tag = request.tag;
    scope.author = request.author;
    scope.now = nowMs();
    for (const chat::Channel &c : m_chat.readableChannels(viewer)) {
        scope.channels.append(c.id);
    }
    const CourseService::Reach courses = m_courses.reach(viewer);
    scope.courses = courses.visible;
    scope.openCourses = courses.open;
    const int limit = std::min(request.limit, limits::SearchDepthMax - offset);
    SearchIndex index(m_database.connection());
    // One more than asked tells whether there is a next page.
    QList<SearchRow> rows = index.search(query, scope, offset, limit + 1);
    const bool more = rows.size() > limit;
    if (more) {
        rows.removeLast();
    }
    const auto parents = index.parentTitles(rows);
    const QHash<qint64, qint64> seqs = index.messageSeqs(rows);
    for (const SearchRow &row : rows) {
        SearchResult r;
        r.kind = row.kind;
        r.id = row.id;
        r.parentId = row.kind == SearchKind::Course ? 0 : row.parentId;
        r.title = row.title;
        r.parentTitle = parents.value({row.kind, row.kind == SearchKind::Member ? row.id : row.parentId});
        r.seq = row.kind == SearchKind::Message ? seqs.value(row.id) : 0;
        const search::Excerpt excerpt = bestExcerpt(row, query);
        r.snippet = excerpt.text;
        for (const search::Mark &m : excerpt.marks) {
            r.highlights.append({m.start, m.length});
        }
        r.score = row.score;
        r.createdAt = QDateTime::fromMSecsSinceEpoch(row.createdAt, Qt::UTC);
        r.authorId = row.authorId;
        r.locked = row.locked;
        page.results.append(std::move(r));
    }
    if (more && offset + limit < limits::SearchDepthMax) {
        page.nextCursor = QString::number(offset + limit);
    }
    return page;
}

void SearchService::buildIndexIfNeeded()
{
    SearchIndex index(m_database.connection());
    if (index.isBuilt()) {
        return;
    }
    qCInfo(lcSearchIndex) << "building the search index";
    const qint64 written =
        index.rebuild([](qint64 soFar) { qCInfo(lcSearchIndex) << "search index:" << soFar << "entries"; });
    qCInfo(lcSearchIndex) << "search index built:" << written << "entries";
}

} // namespace guild::server
