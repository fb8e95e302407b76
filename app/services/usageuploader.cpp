#include "usageuploader.h"

#include "net/apiclient.h"
#include "protocol/endpoints.h"
#include "storage/localcache.h"
#include "storage/usageoutbox.h"

using namespace Qt::StringLiterals;

namespace guild::app {

using protocol::analytics::UsageEvent;

UsageUploader::UsageUploader(ApiClient &api, LocalCache &cache, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_cache(cache)
{
    m_timer.setInterval(std::chrono::minutes(1));
    connect(&m_timer, &QTimer::timeout, this, &UsageUploader::sendNow);
}

void UsageUploader::start()
{
    m_timer.start();
    sendNow();
}

void UsageUploader::stop()
{
    m_timer.stop();
}

void UsageUploader::sendNow()
{
    if (m_sending || !m_cache.isOpen()) {
        return;
    }
    m_sending = true;
    sendBatch();
}

void UsageUploader::sendBatch()
{
    m_cache.run<QList<UsageEvent>>(
        this, [](QSqlDatabase &db) { return UsageOutbox(db).oldest(BatchMax); },
        [this](const QList<UsageEvent> &events) {
            if (events.isEmpty()) {
                m_sending = false;
                Q_EMIT idle(0);
                return;
            }
            QStringList ids;
            for (const UsageEvent &e : events) {
                ids.append(e.id);
            }
            m_api.call(protocol::endpoints::ReportUsage, protocol::UsageBatch{events}, this,
                       [this, ids, full = events.size() == BatchMax](const ApiResult<protocol::IngestSummary> &r) {
                           // Counted (whatever this version makes of the summary), or refused for good: a
                           // batch the server will never take must not block the ones behind it.
                           const bool taken = r.status >= 200 && r.status < 300;
                           const bool refused = !r.networkFailure && r.status == 400;
                           if (!taken && !refused) {
                               // Offline or the server is unwell: everything stays queued for next time.
                               m_sending = false;
                               m_cache.run<int>(
                                   this, [](QSqlDatabase &db) { return UsageOutbox(db).count(); },
                                   [this](int waiting) { Q_EMIT idle(waiting); });
                               return;
                           }
                           m_cache.run<bool>(
                               this, [ids](QSqlDatabase &db) { return UsageOutbox(db).remove(ids); },
                               [this, n = static_cast<int>(ids.size()), full](bool) {
                                   Q_EMIT sent(n);
                                   if (full) {
                                       sendBatch(); // more waiting
                                   } else {
                                       m_sending = false;
                                       Q_EMIT idle(0);
                                   }
                               });
                       });
        });
}

} // namespace guild::app
