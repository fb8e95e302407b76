#include "searchservice.h"

#include "net/apiclient.h"
#include "protocol/endpoints/search.h"
#include "protocol/limits.h"
#include "storage/articlecache.h"
#include "storage/chatstore.h"
#include "storage/coursecache.h"
#include "storage/localcache.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace guild::app {

using models::SearchHit;
using models::SearchResults;
using protocol::SearchKind;

namespace {

struct Found
{
    quint64 generation = 0;
    SearchResults results;
};

/// The kinds the server is asked for under `filter`; none when the server cannot narrow the same way
/// (the digest is the cache's own choice).
QList<SearchKind> serverKinds(const models::SearchFilter &filter)
{
    if (filter.digestOnly) {
        return {};
    }
    QList<SearchKind> kinds;
    if (filter.wantsArticles()) {
        kinds << SearchKind::Article;
    }
    if (filter.wantsCourses()) {
        kinds << SearchKind::Course << SearchKind::Lesson;
    }
    if (filter.wantsMessages()) {
        kinds << SearchKind::Message;
    }
    if (filter.wantsCommunity()) {
        kinds << SearchKind::Question << SearchKind::Answer << SearchKind::Comment << SearchKind::Event;
    }
    if (filter.wantsMembers()) {
        kinds << SearchKind::Member;
    }
    return kinds;
}

/// The snippet with its highlights as SnippetOpen/SnippetClose marks, as the cache writes them.
QString markedSnippet(const protocol::SearchResult &r)
{
    QString text = r.snippet;
    // From the last, so earlier offsets stay true; overlapping or out-of-order marks are skipped.
    int limit = static_cast<int>(text.size());
    for (auto it = r.highlights.crbegin(); it != r.highlights.crend(); ++it) {
        if (it->start + it->length > limit) {
            continue;
        }
        text.insert(it->start + it->length, QChar(models::SnippetClose));
        text.insert(it->start, QChar(models::SnippetOpen));
        limit = it->start;
    }
    return text;
}

SearchHit hitOf(const protocol::SearchResult &r)
{
    SearchHit hit;
    hit.id = r.id;
    hit.containerId = r.parentId;
    hit.title = r.title.isEmpty() ? r.parentTitle : r.title;
    hit.snippet = markedSnippet(r);
    hit.at = r.createdAt;
    hit.online = true;
    hit.locked = r.locked;
    switch (r.kind) {
    case SearchKind::Article:
        hit.kind = SearchHit::Kind::Article;
        break;
    case SearchKind::Course:
        hit.kind = SearchHit::Kind::Course;
        hit.containerId = 0;
        break;
    case SearchKind::Lesson:
        hit.kind = SearchHit::Kind::Lesson;
        break;
    case SearchKind::Message:
        // Messages are found by their place in the channel, as the cache knows them.
        hit.kind = SearchHit::Kind::Message;
        hit.id = r.seq;
        hit.title = u'#' + r.parentTitle;
        break;
    case SearchKind::Comment:
        hit.kind = SearchHit::Kind::Comment;
        break;
    case SearchKind::Question:
        hit.kind = SearchHit::Kind::Question;
        break;
    case SearchKind::Answer:
        hit.kind = SearchHit::Kind::Answer;
        break;
    case SearchKind::Event:
        hit.kind = SearchHit::Kind::Event;
        break;
    case SearchKind::Member:
        hit.kind = SearchHit::Kind::Member;
        hit.key = r.parentTitle;
        hit.containerId = 0;
        break;
    }
    return hit;
}

QList<SearchHit> *groupOf(SearchResults &results, SearchHit::Kind kind)
{
    switch (kind) {
    case SearchHit::Kind::Article:
        return &results.articles;
    case SearchHit::Kind::Course:
    case SearchHit::Kind::Lesson:
        return &results.courses;
    case SearchHit::Kind::Message:
        return &results.messages;
    case SearchHit::Kind::Comment:
    case SearchHit::Kind::Question:
    case SearchHit::Kind::Answer:
    case SearchHit::Kind::Event:
        return &results.community;
    case SearchHit::Kind::Member:
        return &results.members;
    }
    return &results.community;
}

} // namespace

SearchService::SearchService(ApiClient &api, LocalCache &cache, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_cache(cache)
    , m_indexer(cache)
{
    m_serverDelay.setSingleShot(true);
    m_serverDelay.setInterval(ServerDelayMs);
    connect(&m_serverDelay, &QTimer::timeout, this, &SearchService::askServer);
    connect(&m_elsewhere, &ElsewhereSearch::found, this, [this](const QString &, const QList<SearchHit> &hits) {
        m_fromElsewhere = hits;
        publish();
    });
}

void SearchService::merge(SearchResults &results, const protocol::SearchPage &page, const models::SearchFilter &filter,
                          int perGroup)
{
    const auto key = [](const SearchHit &h) { return u"%1:%2:%3"_s.arg(int(h.kind)).arg(h.id).arg(h.containerId); };
    QSet<QString> cached;
    for (const QList<SearchHit> *group :
         {&results.articles, &results.courses, &results.messages, &results.community, &results.members}) {
        for (const SearchHit &h : *group) {
            cached.insert(key(h));
        }
    }
    for (const protocol::SearchResult &r : page.results) {
        const SearchHit hit = hitOf(r);
        QList<SearchHit> *group = groupOf(results, hit.kind);
        if (group->size() >= perGroup || cached.contains(key(hit)) || hit.id <= 0) {
            continue;
        }
        if (filter.since.isValid() && hit.at.isValid() && hit.at < filter.since) {
            continue;
        }
        cached.insert(key(hit));
        group->append(hit);
    }
    results.serverAnswered = true;
    results.serverPending = false;
}

void SearchService::search(const QString &text, const models::SearchFilter &given)
{
    const quint64 generation = ++*m_latest;
    models::SearchFilter filter = given;
    const QString words = filter.takeTypedFilters(text);
    m_text = text;
    m_words = words;
    m_filter = filter;
    m_local.reset();
    m_remote.reset();
    m_fromElsewhere.reset();
    m_asking = false;
    m_serverDelay.stop();
    m_elsewhere.cancel();
    if (words.trimmed().isEmpty()) {
        Q_EMIT resultsReady(text, {});
        return;
    }
    m_elsewhere.search(words, filter, HitsPerKind / 4);
    // Online, and only for what the server may search: it answers once the member pauses.
    if (m_api.hasSession() && m_api.isOnline() && !serverKinds(filter).isEmpty() &&
        words.size() <= protocol::limits::SearchTextMax) {
        m_asking = true;
        m_serverDelay.start();
    }
    if (!m_cache.isOpen()) {
        m_local = SearchResults{};
        publish();
        return;
    }
    m_cache.run<Found>(
        this,
        [text = words, filter, generation, latest = m_latest](QSqlDatabase &db) {
            Found found{generation, {}};
            if (generation != latest->load()) {
                return found; // typed over already: not worth the disk
            }
            if (filter.wantsArticles()) {
                found.results.articles = ArticleCache(db).hits(text, HitsPerKind, filter);
            }
            if (filter.wantsCourses()) {
                found.results.courses = CourseCache(db).hits(text, HitsPerKind);
            }
            if (filter.wantsMessages()) {
                found.results.messages = ChatStore(db).hits(text, HitsPerKind, filter);
            }
            return found;
        },
        [this](const Found &found) {
            if (found.generation == m_latest->load()) {
                m_local = found.results;
                publish();
            }
        });
}

void SearchService::askServer()
{
    protocol::SearchRequest request;
    request.q = m_words;
    request.tag = m_filter.tag.left(protocol::limits::TagMax);
    request.author = m_filter.author.left(protocol::limits::DisplayNameMax);
    request.kinds = serverKinds(m_filter);
    request.limit = protocol::limits::SearchPageMax;
    request.typing = true;
    const quint64 generation = m_latest->load();
    m_api.call(protocol::endpoints::Search, request, this,
               [this, generation](const ApiResult<protocol::SearchPage> &r) {
                   if (generation != m_latest->load()) {
                       return; // an answer for text no longer in the box
                   }
                   m_asking = false;
                   // A server that cannot answer leaves the cache's results as they are.
                   if (r.ok()) {
                       m_remote = *r;
                   }
                   publish();
               });
}

void SearchService::publish()
{
    // The cache's answer comes first: the server's alone would reorder what shows once it came.
    if (!m_local) {
        return;
    }
    SearchResults results = *m_local;
    if (m_remote) {
        merge(results, *m_remote, m_filter);
    }
    if (m_fromElsewhere) {
        results.elsewhere = *m_fromElsewhere;
    }
    results.serverPending = m_asking;
    Q_EMIT resultsReady(m_text, results);
}

} // namespace guild::app
