#include "reportservice.h"

#include "net/apiclient.h"
#include "protocol/endpoints/moderation.h"

namespace guild::app {

using namespace protocol;

ReportService::ReportService(ApiClient &api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{}

void ReportService::report(const QString &kind, qint64 id, const QString &reason)
{
    m_api.call(endpoints::ReportContent, FlagRequest{kind, id, reason.trimmed()}, this,
               [this](const ApiResult<ModerationReportReply> &r) {
                   Q_EMIT notice(r.ok() ? tr("Reported. Thank you: the moderators will look at it.") : r.message,
                                 r.ok());
               });
}

} // namespace guild::app
