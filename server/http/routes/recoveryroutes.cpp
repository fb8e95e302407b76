#include "recoveryroutes.h"

#include "domain/passwordrecovery.h"
#include "http/handle.h"
#include "protocol/endpoints.h"

namespace guild::server {

using namespace protocol;

RecoveryRoutes::RecoveryRoutes(PasswordRecovery &recovery)
    : m_recovery(recovery)
{}

void RecoveryRoutes::attach(ApiServer &server)
{
    // Hashing the new password is sign-in work: it runs on the sign-in pool.
    handle(
        server, endpoints::ForgotPassword,
        [this](const Call &call, const ForgotRequest &r) {
            return m_recovery.sendCode(r.login, call.http.clientAddress);
        },
        ApiServer::Pool::Auth);
    handle(
        server, endpoints::ResetPassword,
        [this](const Call &call, const ResetRequest &r) {
            return m_recovery.reset(r.code, r.newPassword, call.http.clientAddress);
        },
        ApiServer::Pool::Auth);
    handle(server, endpoints::IssueResetCode, [this](const Call &call) -> Result<ResetCode> {
        return m_recovery.issueCodeFor(Actor::of(call.user()), call.id);
    });
}

} // namespace guild::server
