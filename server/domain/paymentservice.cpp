#include "paymentservice.h"

#include "accountevents.h"
#include "clock.h"
#include "membershipservice.h"
#include "onetimecode.h"
#include "protocol/endpoints.h"
#include "protocol/errorcodes.h"
#include "protocol/jsonreader.h"
#include "protocol/types.h"
#include "storage/auditrepository.h"
#include "storage/courserepository.h"
#include "storage/database.h"
#include "storage/paymentrepository.h"
#include "storage/sql.h"
#include "storage/tierrepository.h"
#include "storage/userrepository.h"
#include "webhooksignature.h"

#include <QRandomGenerator>

#include <sodium.h>

using namespace Qt::StringLiterals;

namespace guild::server {

using namespace protocol;
using namespace protocol::engagement;

namespace {

constexpr qint64 DayMs = 24LL * 3600 * 1000;
constexpr int MonthDays = 30;
constexpr int YearDays = 365;
constexpr int HistoryShown = 200;

QString randomHex(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(raw.data()), bytes / 4);
    return QString::fromLatin1(raw.toHex());
}

ApiError unavailable()
{
    return {503, QString(errors::PaymentsUnavailable), u"Payments are not set up on this server."_s};
}

} // namespace

PaymentService::PaymentService(Database &database, const AccountEvents &events, PaymentConfig config)
    : m_database(database)
    , m_events(events)
    , m_config(std::move(config))
    , m_codeGuesses(database, u"redeem"_s)
{}

QByteArray PaymentService::sign(const QByteArray &secret, qint64 timestamp, const QByteArray &body)
{
    return webhook::sign(secret, timestamp, body);
}

Result<CheckoutSession> PaymentService::checkout(const AuthUser &member, const QString &tierCode, const QString &period,
                                                 const QString &coupon)
{
    const auto tier = tierFromCode(tierCode);
    if (!tier || *tier == Tier::Free || (period != u"month"_s && period != u"year"_s)) {
        return ApiError::badRequest(errors::InvalidField, u"'tier' is member or premium, 'period' month or year."_s);
    }
    if (!m_config.demo && (m_config.checkoutUrlTemplate.isEmpty() || m_config.webhookSecret.isEmpty())) {
        return unavailable();
    }
    QSqlDatabase db = m_database.connection();
    const qint64 now = nowMs();
    TierRepository tiers(db);
    const std::optional<TierInfo> info = tiers.find(*tier);
    qint64 amount = info ? (period == u"year"_s ? info->yearlyPriceCents : info->monthlyPriceCents) : 0;
    const Membership current = UserRepository(db).membership(member.id, now);
    // A retired tier is still renewed by those who hold it: retiring must not strand anyone.
    if (!info || (info->retired && !(current.active && current.tier == *tier))) {
        return ApiError::conflict(errors::TierRetired, u"This tier is no longer offered."_s);
    }
    if (amount <= 0) {
        return ApiError::badRequest(errors::InvalidField, u"This tier is not sold by the %1."_s.arg(period));
    }
    if (current.active && current.expiresAt.isValid() && static_cast<int>(current.tier) > static_cast<int>(*tier)) {
        return ApiError::conflict(errors::Conflict, u"A higher tier is in force; it cannot be bought down."_s);
    }
    // Renewing the same tier before it lapses is rewarded.
    if (current.active && current.expiresAt.isValid() && !current.inGrace && current.tier == *tier) {
        amount -= amount * EarlyRenewalPercentOff / 100;
    }
    QString couponHash;
    if (!coupon.trimmed().isEmpty()) {
        const auto c = RedeemCodeRepository(db).find(onetimecode::hash(coupon));
        if (!c || c->kind != u"percent"_s || c->tier != *tier) {
            return ApiError::notFound(u"No coupon with this code applies to this tier."_s);
        }
        if (c->expiresAt && *c->expiresAt <= now) {
            return ApiError{410, QString(errors::CodeExpired), u"This coupon has expired."_s};
        }
        if (c->uses >= c->maxUses) {
            return ApiError::conflict(errors::CodeUsedUp, u"This coupon has been used up."_s);
        }
        amount -= amount * c->amount / 100;
        couponHash = onetimecode::hash(coupon);
    }
    const QString session = u"cs_"_s + randomHex(16);
    PaymentRepository payments(db);
    payments.insert({member.id, session, *tier, period, amount, info->currency, couponHash, 0}, now);
    return CheckoutSession{payments.bySession(session)->payment, checkoutUrl(session)};
}

QString PaymentService::checkoutUrl(const QString &session) const
{
    return m_config.demo ? protocol::endpoints::DemoCheckout.url(session)
                         : QString(m_config.checkoutUrlTemplate).replace(u"{session}"_s, session);
}

Result<CheckoutSession> PaymentService::checkoutCourse(const AuthUser &member, qint64 courseId)
{
    if (!m_config.demo && (m_config.checkoutUrlTemplate.isEmpty() || m_config.webhookSecret.isEmpty())) {
        return unavailable();
    }
    QSqlDatabase db = m_database.connection();
    CourseRepository courses(db);
    const auto course = courses.course(courseId);
    if (!course || !course->course.published) {
        return ApiError::notFound(u"No such course."_s);
    }
    const qint64 price = course->course.priceCents;
    if (price <= 0) {
        return ApiError::badRequest(errors::InvalidField, u"This course is not sold on its own."_s);
    }
    if (courses.hasEntitlement(member.id, courseId)) {
        return ApiError::conflict(errors::Conflict, u"You own this course already."_s);
    }
    const QString session = u"cs_"_s + randomHex(16);
    PaymentRepository payments(db);
    payments.insert({member.id, session, Tier::Free, u"once"_s, price, course->course.currency, {}, courseId}, nowMs());
    return CheckoutSession{payments.bySession(session)->payment, checkoutUrl(session)};
}

Result<WebhookReceipt> PaymentService::webhook(const QByteArray &body, const QByteArray &signature)
{
    if (m_config.webhookSecret.isEmpty()) {
        return unavailable();
    }
    const std::optional<webhook::Signature> parsed = webhook::parseSignature(signature);
    if (!parsed) {
        return ApiError::badRequest(errors::InvalidSignature, u"Guild-Signature must be t=<seconds>,v1=<hex>."_s);
    }
    const qint64 timestamp = parsed->timestamp;
    const QByteArray &given = parsed->v1;
    // First the signature (nothing is believed before it checks out), then how old it is.
    const QByteArray expected = sign(m_config.webhookSecret, timestamp, body);
    if (given.size() != expected.size() ||
        sodium_memcmp(given.constData(), expected.constData(), static_cast<size_t>(expected.size())) != 0) {
        return ApiError::badRequest(errors::InvalidSignature, u"The webhook signature does not match."_s);
    }
    if (qAbs(nowMs() / 1000 - timestamp) > ReplayWindowSecs) {
        return ApiError::badRequest(errors::WebhookExpired, u"The webhook is older than five minutes."_s);
    }
    ApiError error;
    const auto json = JsonReader::parseObject(body, &error);
    const std::optional<PaymentEvent> event = json ? PaymentEvent::fromJson(*json, &error) : std::nullopt;
    if (!event) {
        return error;
    }
    QSqlDatabase db = m_database.connection();
    sql::Transaction tx(db);
    if (!PaymentRepository(db).recordEvent(event->id, nowMs())) {
        return WebhookReceipt{true, false, std::nullopt};
    }
    if (event->type != u"checkout.completed"_s) {
        tx.commit();
        return WebhookReceipt{false, true, std::nullopt};
    }
    const Result<Payment> paid = markPaid(tx, event->sessionId, event->amountCents);
    if (!paid.ok()) {
        return paid.error(); // the event stays unrecorded: the provider may deliver it again
    }
    tx.commit();
    return WebhookReceipt{false, false, paid.value()};
}

Result<Payment> PaymentService::markPaid(sql::Transaction &tx, const QString &sessionId, qint64 amountCents)
{
    QSqlDatabase &db = tx.database();
    PaymentRepository payments(db);
    const auto stored = payments.bySession(sessionId);
    if (!stored) {
        return ApiError::notFound(u"No checkout session with this id."_s);
    }
    Payment p = stored->payment;
    const qint64 userId = stored->userId;
    if (p.amountCents != amountCents) {
        return ApiError::badRequest(errors::InvalidField, u"The amount paid does not match the checkout."_s);
    }
    if (p.status == u"paid"_s) {
        return p; // confirmed before (another event for the same session)
    }
    const qint64 now = nowMs();
    if (p.courseId > 0) {
        // A course bought on its own: the purchase is the entitlement.
        CourseRepository(db).grantEntitlement(userId, p.courseId, u"purchase"_s, now);
        payments.markPaid(p.id, now, 0, 0);
        p.status = u"paid"_s;
        p.paidAt = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC);
        return p;
    }
    const int days = p.period == u"year"_s ? YearDays : MonthDays;
    const Result<Membership> extended = MembershipService::extend(db, userId, p.tier, days, now);
    if (!extended.ok()) {
        return extended.error();
    }
    m_events.changed(tx, userId);
    // The days this payment bought: after the current ones for a renewal, from now for a new tier.
    const qint64 periodEnd = extended.value().expiresAt.toMSecsSinceEpoch();
    payments.markPaid(p.id, now, periodEnd - days * DayMs, periodEnd);
    if (const QString coupon = payments.couponOf(p.id); !coupon.isEmpty()) {
        RedeemCodeRepository(db).use(coupon);
    }
    p.status = u"paid"_s;
    p.paidAt = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC);
    return p;
}

Result<Payment> PaymentService::completeDemo(const QString &sessionId)
{
    if (!m_config.demo) {
        return ApiError::notFound(u"No such endpoint."_s);
    }
    QSqlDatabase db = m_database.connection();
    const auto stored = PaymentRepository(db).bySession(sessionId);
    if (!stored) {
        return ApiError::notFound(u"No checkout session with this id."_s);
    }
    sql::Transaction tx(db);
    Result<Payment> paid = markPaid(tx, sessionId, stored->payment.amountCents);
    if (paid.ok()) {
        tx.commit();
    }
    return paid;
}

QList<Payment> PaymentService::history(qint64 userId)
{
    return PaymentRepository(m_database.connection()).history(userId, HistoryShown);
}

Result<QString> PaymentService::createCode(const AuthUser &admin, const QString &kind, const QString &tierCode,
                                           int amount, int maxUses, const QDateTime &expiresAt)
{
    if (!admin.isAdmin()) {
        return ApiError::forbidden(errors::Forbidden, u"Only admins create codes."_s);
    }
    const auto tier = tierFromCode(tierCode);
    const bool days = kind == u"days"_s;
    if ((!days && kind != u"percent"_s) || !tier || *tier == Tier::Free || amount < 1 || amount > (days ? 3660 : 100) ||
        maxUses < 1 || maxUses > 100000 || (expiresAt.isValid() && expiresAt.toMSecsSinceEpoch() <= nowMs())) {
        return ApiError::badRequest(errors::InvalidField,
                                    u"A code is 'days' (1 to 3660) or 'percent' (1 to 100) of member or premium, "
                                    "for 1 to 100000 uses, expiring in the future if at all."_s);
    }
    const QString code = onetimecode::generate();
    const std::optional<qint64> expires =
        expiresAt.isValid() ? std::optional(expiresAt.toMSecsSinceEpoch()) : std::nullopt;
    QSqlDatabase db = m_database.connection();
    sql::Transaction tx(db);
    RedeemCodeRepository(db).insert(onetimecode::hash(code), code.right(4), {kind, *tier, amount, 0, maxUses, expires},
                                    admin.id, nowMs());
    AuditRepository(db).append({0, admin.id, admin.username, u"create-code"_s, code.right(4),
                                u"%1 %2 of %3, %4 use(s)"_s.arg(amount).arg(kind, tierCode).arg(maxUses), nowMs()});
    tx.commit();
    return code;
}

Result<QList<CodeSummary>> PaymentService::codes(const AuthUser &admin)
{
    if (!admin.isAdmin()) {
        return ApiError::forbidden(errors::Forbidden, u"Only admins see codes."_s);
    }
    return RedeemCodeRepository(m_database.connection()).list(500);
}

Result<Membership> PaymentService::redeem(const AuthUser &member, const QString &code, const QString &address)
{
    const QString account = u"user:%1"_s.arg(member.id);
    if (const int wait = m_codeGuesses.retryAfter(address, account, nowMs()); wait > 0) {
        return ApiError{429, QString(errors::RateLimited), u"Too many wrong codes. Try again later."_s, wait};
    }
    QSqlDatabase db = m_database.connection();
    const QString hash = onetimecode::hash(code);
    RedeemCodeRepository codes(db);
    const auto found = code.size() > 64 ? std::nullopt : codes.find(hash);
    if (!found) {
        m_codeGuesses.recordFailure(address, account, nowMs());
        return ApiError{404, QString(errors::InvalidCode), u"This code does not exist."_s};
    }
    if (found->kind != u"days"_s) {
        return ApiError::badRequest(errors::InvalidField, u"This is a coupon: use it at checkout."_s);
    }
    const qint64 now = nowMs();
    if (found->expiresAt && *found->expiresAt <= now) {
        return ApiError{410, QString(errors::CodeExpired), u"This code has expired."_s};
    }
    const Tier tier = found->tier;
    const int days = found->amount;
    sql::Transaction tx(db);
    if (!codes.addRedemption(hash, member.id, now)) {
        return ApiError::conflict(errors::AlreadyRedeemed, u"You have redeemed this code already."_s);
    }
    if (!codes.use(hash)) {
        return ApiError::conflict(errors::CodeUsedUp, u"This code has been used up."_s);
    }
    const Result<Membership> extended = MembershipService::extend(db, member.id, tier, days, now);
    if (!extended.ok()) {
        return extended.error();
    }
    m_events.changed(tx, member.id);
    tx.commit();
    m_codeGuesses.recordSuccess(account);
    return extended.value();
}

} // namespace guild::server
