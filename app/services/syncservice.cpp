#include "syncservice.h"

#include "net/apiclient.h"
#include "protocol/endpoints.h"
#include "protocol/types.h"
#include "storage/articlecache.h"
#include "storage/cachesql.h"
#include "storage/localcache.h"

using namespace Qt::StringLiterals;

namespace guild::app {

using namespace protocol;

namespace {
constexpr int PageSize = 200;
}

SyncService::SyncService(ApiClient &api, LocalCache &cache, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_cache(cache)
{}

void SyncService::start()
{
    if (m_run) {
        return;
    }
    m_run = new QObject(this);
    m_received = 0;
    Q_EMIT started();
    m_cache.run<QString>(
        m_run, [](QSqlDatabase &db) { return ArticleCache(db).syncToken(); },
        [this](const QString &token) { fetch(token); });
}

void SyncService::fetch(const QString &token)
{
    m_api.call(protocol::endpoints::Sync, SyncRequest{token, PageSize}, m_run, [this](const ApiResult<SyncPage> &page) {
        if (!page.ok()) {
            stop();
            Q_EMIT failed(page.message, page.networkFailure);
            return;
        }
        enum class Written
        {
            Stored,
            DiskFull,
            Failed
        };
        m_cache.run<Written>(
            m_run,
            [page = *page](QSqlDatabase &db) {
                if (ArticleCache(db).applySyncPage(page)) {
                    return Written::Stored;
                }
                return cachesql::lastFailureWasDiskFull() ? Written::DiskFull : Written::Failed;
            },
            [this, hasMore = page->hasMore, next = page->nextToken,
             count = static_cast<int>(page->upserts.size() + page->deletedArticleIds.size())](Written written) {
                if (written != Written::Stored) {
                    stop();
                    Q_EMIT failed(written == Written::DiskFull
                                      ? tr("The disk is full, so Guild could not save what it fetched. Free some "
                                           "space and sync again; everything already saved stays readable.")
                                      : tr("Could not write to the offline cache."),
                                  false);
                    return;
                }
                m_received += count;
                Q_EMIT progress(m_received);
                if (hasMore) {
                    fetch(next);
                } else {
                    stop();
                    Q_EMIT finished(m_received);
                }
            });
    });
}

void SyncService::stop()
{
    delete m_run.data();
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
