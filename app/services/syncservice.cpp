#include "syncservice.h"

#include "net/apiclient.h"
#include "protocol/endpoints.h"
#include "protocol/limits.h"
#include "storage/articlecache.h"
#include "storage/cachesql.h"
#include "storage/localcache.h"
#include "storage/searchbackfill.h"

using namespace Qt::StringLiterals;

namespace guild::app {

using namespace protocol;

namespace {
constexpr qsizetype FetchAhead = 2;

enum class Written
{
    Stored,
    DiskFull,
    Failed
};
} // namespace

SyncService::SyncService(ApiClient &api, LocalCache &cache, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_cache(cache)
{}

int SyncService::pageSize()
{
    return limits::SyncPageMax;
}

void SyncService::start()
{
    if (m_run) {
        return;
    }
    m_run = new QObject(this);
    m_received = 0;
    m_fetched.clear();
    m_fetching = false;
    m_writing = false;
    Q_EMIT started();
    m_cache.run<QString>(
        m_run, [](QSqlDatabase &db) { return ArticleCache(db).syncToken(); },
        [this](const QString &token) {
            m_firstSync = token.isEmpty();
            fetch(token);
        });
}

void SyncService::fetch(const QString &token)
{
    m_fetching = true;
    m_api.call(endpoints::Sync, SyncRequest{token, pageSize()}, m_run, [this](const ApiResult<SyncPage> &page) {
        m_fetching = false;
        if (!page.ok()) {
            fail(page.message, page.networkFailure);
            return;
        }
        if (std::exchange(m_firstSync, false) && page->hasMore) {
            // A first sync of more than a page: a whole community, whose index follows afterwards.
            m_deferredIndex = true;
            m_openWindow = true;
        }
        m_fetched.enqueue(*page);
        m_nextToken = page->hasMore ? page->nextToken : QString();
        if (page->hasMore && m_fetched.size() < FetchAhead) {
            fetch(m_nextToken); // the next page travels while the cache writes this one
        }
        writeNext();
    });
}

void SyncService::writeNext()
{
    if (m_writing || m_fetched.isEmpty()) {
        return;
    }
    m_writing = true;
    const SyncPage page = m_fetched.dequeue();
    if (!m_fetching && !m_nextToken.isEmpty() && m_fetched.size() < FetchAhead) {
        fetch(std::exchange(m_nextToken, QString())); // room again in the queue
    }
    m_cache.run<Written>(
        m_run,
        [page, openWindow = std::exchange(m_openWindow, false)](QSqlDatabase &db) {
            if ((!openWindow || SearchBackfill(db).openArticleWindow()) && ArticleCache(db).applySyncPage(page)) {
                return Written::Stored;
            }
            return cachesql::lastFailureWasDiskFull() ? Written::DiskFull : Written::Failed;
        },
        [this, last = !page.hasMore, remaining = page.remaining,
         count = static_cast<int>(page.upserts.size() + page.deletedArticleIds.size())](Written written) {
            m_writing = false;
            if (written != Written::Stored) {
                fail(written == Written::DiskFull
                         ? tr("The disk is full, so Guild could not save what it fetched. Free some "
                              "space and sync again; everything already saved stays readable.")
                         : tr("Could not write to the offline cache."),
                     false);
                return;
            }
            m_received += count;
            Q_EMIT progress(m_received, remaining > 0 ? m_received + remaining : 0);
            if (last) {
                stop();
                Q_EMIT finished(m_received);
            } else {
                writeNext();
            }
        });
}

void SyncService::fail(const QString &message, bool networkFailure)
{
    stop();
    Q_EMIT failed(message, networkFailure);
}

void SyncService::stop()
{
    delete m_run.data();
    m_fetched.clear();
    m_fetching = false;
    m_writing = false;
    m_nextToken.clear();
    if (std::exchange(m_deferredIndex, false)) {
        // Whatever the first sync wrote is indexed in slices from here (also after a cancel or a failure:
        // the next sync is not a first one).
        m_cache.run<bool>(
            this, [](QSqlDatabase &db) { return SearchBackfill(db).closeArticleWindow(); }, [](bool) {});
    }
}

void SyncService::cancel()
{
    if (!m_run) {
        return;
    }
    stop();
    Q_EMIT cancelled();
}

} // namespace guild::app
