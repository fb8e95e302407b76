#include "membershiproutes.h"

#include "domain/membershipservice.h"
#include "domain/paymentservice.h"
#include "http/handle.h"
#include "protocol/endpoints/membership.h"
#include "protocol/errorcodes.h"

using namespace Qt::StringLiterals;

namespace guild::server {

using namespace protocol;
using namespace protocol::engagement;

MembershipRoutes::MembershipRoutes(MembershipService &memberships, PaymentService &payments)
    : m_memberships(memberships)
    , m_payments(payments)
{}

void MembershipRoutes::attach(ApiServer &server)
{
    handle(server, endpoints::StartTrial,
           [this](const Call &call, const TierRequest &r) { return m_memberships.startTrial(call.user(), r.tier); });
    handle(server, endpoints::Checkout, [this](const Call &call, const CheckoutRequest &r) {
        // A course sold on its own, or a tier for a period.
        return r.courseId > 0 ? m_payments.checkoutCourse(call.user(), r.courseId)
                              : m_payments.checkout(call.user(), r.tier, r.period, r.coupon);
    });
    // The provider's side: no bearer token; the signature over the raw body is the credential.
    handle(server, endpoints::PaymentWebhook, [this](const Call &call) {
        return m_payments.webhook(call.http.body, call.http.headers.value("guild-signature"));
    });
    handle(server, endpoints::DemoCheckout, [this](const Call &call) {
        const Result<Payment> paid = m_payments.completeDemo(call.key);
        if (!paid.ok()) {
            return Reply::error(paid.error());
        }
        Reply page;
        page.contentType = "text/html; charset=utf-8";
        page.body = "<!doctype html><meta charset=utf-8><title>Guild</title>"
                    "<p>Payment complete (demo provider). You can return to Guild.</p>";
        return page;
    });
    handle(server, endpoints::MyPayments,
           [this](const Call &call) { return Result<QList<Payment>>(m_payments.history(call.user().id)); });
    handle(server, endpoints::Redeem, [this](const Call &call, const RedeemRequest &r) {
        return m_payments.redeem(call.user(), r.code, call.http.clientAddress);
    });
    handle(server, endpoints::CreateCode, [this](const Call &call, const CreateCodeRequest &r) {
        return m_payments.createCode(call.user(), r.kind, r.tier, r.amount, r.maxUses, r.expiresAt);
    });
    handle(server, endpoints::ListCodes, [this](const Call &call) { return m_payments.codes(call.user()); });
}

MemberAdminRoutes::MemberAdminRoutes(MembershipService &memberships, PaymentService &payments)
    : m_memberships(memberships)
    , m_payments(payments)
{}

void MemberAdminRoutes::attach(ApiServer &server)
{
    handle(server, endpoints::ListMembers, [this](const Call &call, const MembersRequest &r) {
        return m_memberships.members(call.user(), r.search, r.limit);
    });
    handle(server, endpoints::ExportMembers, [this](const Call &call) {
        const Result<QByteArray> csv = m_memberships.membersCsv(call.user());
        if (!csv.ok()) {
            return Reply::error(csv.error());
        }
        Reply reply;
        reply.contentType = "text/csv; charset=utf-8";
        reply.body = csv.value();
        reply.headers.emplaceBack(QByteArray("Content-Disposition"),
                                  QByteArray("attachment; filename=\"members.csv\""));
        return reply;
    });
    handle(server, endpoints::SetMemberTier, [this](const Call &call, const TierRequest &r) {
        return m_memberships.grant(call.user(), call.id, r.tier, r.days);
    });
    handle(server, endpoints::UpdateTier,
           [this](const Call &call, const TierInput &r) { return m_memberships.updateTier(call.user(), call.key, r); });
    handle(server, endpoints::MemberPayments, [this](const Call &call) -> Result<QList<Payment>> {
        if (!call.user().isAdmin()) {
            return ApiError::forbidden(errors::Forbidden, u"Only admins see payments."_s);
        }
        return m_payments.history(call.id);
    });
}

} // namespace guild::server
