#include "adminservice.h"

#include "net/apiclient.h"
#include "protocol/endpoints.h"

using namespace Qt::StringLiterals;

namespace guild::app {

using namespace protocol;

AdminService::AdminService(ApiClient &api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{}

void AdminService::searchMembers(const QString &text)
{
    m_lastSearch = text.trimmed().left(64);
    m_api.call(endpoints::ListMembers, MembersRequest{m_lastSearch, 200}, this, [this](const ApiResult<MemberList> &r) {
        if (!r.ok()) {
            Q_EMIT notice(r.message, false);
            return;
        }
        Q_EMIT membersLoaded(r->items);
    });
}

void AdminService::setTier(qint64 memberId, Tier tier, int days)
{
    m_api.call(endpoints::SetMemberTier, memberId, TierRequest{tierCode(tier), days}, this,
               [this](const ApiResult<MembershipReply> &r) {
                   Q_EMIT notice(r.ok() ? tr("Membership changed.") : r.message, r.ok());
                   if (r.ok()) {
                       searchMembers(m_lastSearch);
                   }
               });
}

void AdminService::exportCsv()
{
    m_api.getRaw(endpoints::ExportMembers, this, [this](const ApiResponse &r) {
        if (!r.ok) {
            Q_EMIT notice(r.message, false);
            return;
        }
        Q_EMIT csvReady(r.body);
    });
}

void AdminService::loadFeedback()
{
    m_api.call(endpoints::ListFeedback, {}, this, [this](const ApiResult<FeedbackList> &r) {
        if (!r.ok()) {
            Q_EMIT notice(r.message, false);
            return;
        }
        Q_EMIT feedbackLoaded(r->items);
    });
}

void AdminService::answerFeedback(qint64 id, const QString &answer)
{
    m_api.call(endpoints::AnswerFeedback, id, FeedbackAnswerRequest{answer}, this,
               [this](const ApiResult<FeedbackReply> &r) {
                   Q_EMIT notice(r.ok() ? tr("Answer sent; the member is notified.") : r.message, r.ok());
                   if (r.ok()) {
                       loadFeedback();
                   }
               });
}

void AdminService::loadHomework()
{
    m_api.call(endpoints::HomeworkToReview, {}, this, [this](const ApiResult<HomeworkList> &r) {
        if (!r.ok()) {
            Q_EMIT notice(r.message, false);
            return;
        }
        Q_EMIT homeworkLoaded(r->items);
    });
}

void AdminService::reviewHomework(qint64 id, bool pass, const QString &comment)
{
    m_api.call(endpoints::ReviewHomework, id, HomeworkReview{pass, comment}, this,
               [this](const ApiResult<HomeworkReply> &r) {
                   Q_EMIT notice(r.ok() ? tr("Review sent; the member is notified.") : r.message, r.ok());
                   if (r.ok()) {
                       loadHomework();
                   }
               });
}

void AdminService::ban(qint64 memberId, int days, const QString &reason, bool hideContent)
{
    m_api.call(endpoints::BanMember, memberId, BanRequest{days, reason.trimmed(), hideContent}, this,
               [this, hideContent](const ApiResult<NoContent> &r) {
                   const QString done = hideContent ? tr("The member is banned, signed out everywhere, and what they "
                                                         "wrote is hidden.")
                                                    : tr("The member is banned and signed out everywhere.");
                   Q_EMIT notice(r.ok() ? done : r.message, r.ok());
                   searchMembers(m_lastSearch);
                   loadAudit();
               });
}

void AdminService::issueResetCode(qint64 memberId)
{
    m_api.call(endpoints::IssueResetCode, memberId, {}, this, [this](const ApiResult<One<ResetCode, "reset">> &r) {
        if (!r.ok()) {
            Q_EMIT notice(r.message, false);
            return;
        }
        Q_EMIT resetCodeIssued(r->value.code, r->value.expiresAt);
        loadAudit();
    });
}

void AdminService::unban(qint64 memberId)
{
    m_api.call(endpoints::UnbanMember, memberId, {}, this, [this](const ApiResult<NoContent> &r) {
        Q_EMIT notice(r.ok() ? tr("The ban is lifted; the member can sign in again.") : r.message, r.ok());
        searchMembers(m_lastSearch);
        loadAudit();
    });
}

void AdminService::setRole(qint64 memberId, Role role)
{
    m_api.call(endpoints::SetMemberRole, memberId, RoleRequest{roleCode(role)}, this,
               [this](const ApiResult<NoContent> &r) {
                   Q_EMIT notice(r.ok() ? tr("Role changed.") : r.message, r.ok());
                   searchMembers(m_lastSearch);
                   loadAudit();
               });
}

void AdminService::loadAudit()
{
    m_api.call(endpoints::AuditLog, AuditRequest{0, 200}, this, [this](const ApiResult<AuditList> &r) {
        if (!r.ok()) {
            Q_EMIT notice(r.message, false);
            return;
        }
        Q_EMIT auditLoaded(r->items);
    });
}

void AdminService::exportAuditCsv()
{
    m_api.getRaw(endpoints::ExportAuditLog, this, [this](const ApiResponse &r) {
        if (!r.ok) {
            Q_EMIT notice(r.message, false);
            return;
        }
        Q_EMIT auditCsvReady(r.body);
    });
}

void AdminService::loadChannels()
{
    m_api.call(endpoints::ListChannels, {}, this, [this](const ApiResult<ChannelList> &r) {
        if (!r.ok()) {
            Q_EMIT notice(r.message, false);
            return;
        }
        QList<chat::Channel> channels = r->items;
        channels.removeIf([](const chat::Channel &c) { return c.direct; });
        Q_EMIT channelsLoaded(channels);
    });
}

void AdminService::createChannel(const ChannelInput &input)
{
    m_api.call(endpoints::CreateChannel, input, this, [this](const ApiResult<ChannelReply> &r) {
        Q_EMIT notice(r.ok() ? tr("Channel #%1 is open to its members.").arg(r->value.name) : r.message, r.ok());
        loadChannels();
        loadAudit();
    });
}

void AdminService::updateChannel(qint64 id, const ChannelInput &input)
{
    m_api.call(endpoints::UpdateChannel, id, input, this, [this](const ApiResult<ChannelReply> &r) {
        Q_EMIT notice(r.ok() ? tr("Channel #%1 saved.").arg(r->value.name) : r.message, r.ok());
        loadChannels();
        loadAudit();
    });
}

void AdminService::archiveChannel(qint64 id)
{
    m_api.call(endpoints::ArchiveChannel, id, {}, this, [this](const ApiResult<NoContent> &r) {
        Q_EMIT notice(r.ok() ? tr("The channel is archived: it left every list; its history stays.") : r.message,
                      r.ok());
        loadChannels();
        loadAudit();
    });
}

void AdminService::createCode(const CreateCodeRequest &request)
{
    m_api.call(endpoints::CreateCode, request, this, [this](const ApiResult<CodeReply> &r) {
        if (!r.ok()) {
            Q_EMIT notice(r.message, false);
            return;
        }
        Q_EMIT codeCreated(r->value);
        loadCodes();
        loadAudit();
    });
}

void AdminService::loadCodes()
{
    m_api.call(endpoints::ListCodes, {}, this, [this](const ApiResult<CodeList> &r) {
        if (!r.ok()) {
            Q_EMIT notice(r.message, false);
            return;
        }
        Q_EMIT codesLoaded(r->items);
    });
}

void AdminService::loadTiers()
{
    m_api.call(endpoints::ListTiers, {}, this, [this](const ApiResult<TierList> &r) {
        if (!r.ok()) {
            Q_EMIT notice(r.message, false);
            return;
        }
        Q_EMIT tiersLoaded(r->items);
    });
}

void AdminService::updateTier(Tier tier, const TierInput &input)
{
    m_api.call(endpoints::UpdateTier, tierCode(tier), input, this, [this](const ApiResult<One<TierInfo, "tier">> &r) {
        Q_EMIT notice(r.ok() ? tr("Tier \u201c%1\u201d saved.").arg(r->value.name) : r.message, r.ok());
        loadTiers();
        loadAudit();
    });
}

void AdminService::loadReports(bool all)
{
    m_allReports = all;
    m_api.call(endpoints::ModerationQueue, QueueRequest{all}, this, [this](const ApiResult<ModerationReportList> &r) {
        if (!r.ok()) {
            Q_EMIT notice(r.message, false);
            return;
        }
        Q_EMIT reportsLoaded(r->items);
    });
}

void AdminService::resolveReport(qint64 id, bool hide, const QString &reason)
{
    m_api.call(endpoints::ResolveReport, id, ResolveRequest{hide ? u"hide"_s : u"dismiss"_s, reason.trimmed()}, this,
               [this, hide](const ApiResult<ModerationReportReply> &r) {
                   const QString done = hide ? tr("Hidden; its author has been told why.") : tr("Report dismissed.");
                   Q_EMIT notice(r.ok() ? done : r.message, r.ok());
                   loadReports(m_allReports);
               });
}

} // namespace guild::app
