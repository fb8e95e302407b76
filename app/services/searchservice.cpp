#include "searchservice.h"

#include "storage/articlecache.h"
#include "storage/chatstore.h"
#include "storage/coursecache.h"
#include "storage/localcache.h"

namespace guild::app {

using models::SearchHit;

namespace {
struct Found
{
    quint64 generation = 0;
    QList<SearchHit> articles;
    QList<SearchHit> courses;
    QList<SearchHit> messages;
};
} // namespace

SearchService::SearchService(LocalCache &cache, QObject *parent)
    : QObject(parent)
    , m_cache(cache)
{}

void SearchService::search(const QString &text, const models::SearchFilter &filter)
{
    const quint64 generation = ++*m_latest;
    if (text.trimmed().isEmpty() || !m_cache.isOpen()) {
        Q_EMIT resultsReady(text, {}, {}, {});
        return;
    }
    m_cache.run<Found>(
        this,
        [text, filter, generation, latest = m_latest](QSqlDatabase &db) {
            Found found{generation, {}, {}, {}};
            if (generation != latest->load()) {
                return found; // typed over already: not worth the disk
            }
            if (filter.wantsArticles()) {
                found.articles = ArticleCache(db).hits(text, HitsPerKind, filter);
            }
            if (filter.wantsCourses()) {
                found.courses = CourseCache(db).hits(text, HitsPerKind);
            }
            if (filter.wantsMessages()) {
                found.messages = ChatStore(db).hits(text, HitsPerKind, filter);
            }
            return found;
        },
        [this, text](const Found &found) {
            if (found.generation == m_latest->load()) {
                Q_EMIT resultsReady(text, found.articles, found.courses, found.messages);
            }
        });
}

} // namespace guild::app
