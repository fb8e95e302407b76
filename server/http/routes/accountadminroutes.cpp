#include "accountadminroutes.h"

#include "domain/accountadmin.h"
#include "domain/moderationservice.h"
#include "http/handle.h"
#include "protocol/endpoints/membership.h"
#include "protocol/errorcodes.h"

using namespace Qt::StringLiterals;

namespace guild::server {

using namespace protocol;

AccountAdminRoutes::AccountAdminRoutes(AccountAdmin &accounts, ModerationService &moderation)
    : m_accounts(accounts)
    , m_moderation(moderation)
{}

void AccountAdminRoutes::attach(ApiServer &server)
{
    // Members are named by id in paths; the admin tools work by username.
    const auto byId = [this](const Call &call, auto &&action) -> Result<Done> {
        const Actor actor = Actor::of(call.user());
        if (!actor.admin) {
            return ApiError::forbidden(errors::Forbidden, u"Only admins manage accounts."_s);
        }
        const Result<QString> username = m_accounts.usernameOf(call.id);
        if (!username.ok()) {
            return username.error();
        }
        return action(actor, username.value());
    };
    handle(server, endpoints::BanMember, [this, byId](const Call &call, const BanRequest &r) {
        return byId(call, [&](const Actor &actor, const QString &username) {
            Result<Done> banned = m_accounts.banForDays(actor, username, r.days, r.reason);
            if (banned.ok() && r.hideContent) {
                m_moderation.hideEverythingBy(call.user(), call.id, username);
            }
            return banned;
        });
    });
    handle(server, endpoints::UnbanMember, [this, byId](const Call &call) {
        return byId(call,
                    [&](const Actor &actor, const QString &username) { return m_accounts.unban(actor, username); });
    });
    handle(server, endpoints::SetMemberRole, [this, byId](const Call &call, const RoleRequest &r) {
        return byId(call, [&](const Actor &actor, const QString &username) -> Result<Done> {
            const Result<User> changed = m_accounts.setRole(actor, username, *roleFromCode(r.role));
            return changed.ok() ? Result<Done>(Done{}) : Result<Done>(changed.error());
        });
    });
    handle(server, endpoints::AuditLog, [this](const Call &call, const AuditRequest &r) {
        return m_accounts.audit(Actor::of(call.user()), r.before, r.limit);
    });
    handle(server, endpoints::ExportAuditLog, [this](const Call &call) {
        const Result<QByteArray> csv = m_accounts.auditCsv(Actor::of(call.user()));
        if (!csv.ok()) {
            return Reply::error(csv.error());
        }
        Reply reply;
        reply.contentType = "text/csv; charset=utf-8";
        reply.body = csv.value();
        reply.headers.emplaceBack(QByteArray("Content-Disposition"), QByteArray("attachment; filename=\"audit.csv\""));
        return reply;
    });
}

} // namespace guild::server
