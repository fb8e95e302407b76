#include "paymentservice.h"

#include "accountevents.h"
#include "clock.h"
#include "membershipservice.h"
#include "protocol/endpoints.h"
#include "protocol/errorcodes.h"
#include "protocol/types.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "storage/userrepository.h"
#include "webhooksignature.h"

#include <QCryptographicHash>
#include <QJsonDocument>
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

QString randomHex(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(raw.data()), bytes / 4);
    return QString::fromLatin1(raw.toHex());
}

QString normalisedCode(const QString &code)
{
    QString out;
    for (const QChar c : code) {
        if (c.isLetterOrNumber() && c.unicode() < 0x80) {
            out.append(c.toUpper());
        }
    }
    return out;
}

QString codeHash(const QString &code)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(normalisedCode(code).toUtf8(), QCryptographicHash::Sha256).toHex());
}

Payment readPayment(const QSqlQuery &q)
{
    Payment p;
    p.id = q.value(0).toLongLong();
    p.sessionId = q.value(1).toString();
    p.tier = tierFromLevel(q.value(2).toLongLong()).value_or(Tier::Free);
    p.period = q.value(3).toString();
    p.amountCents = q.value(4).toLongLong();
    p.currency = q.value(5).toString();
    p.status = q.value(6).toString();
    p.createdAt = QDateTime::fromMSecsSinceEpoch(q.value(7).toLongLong(), Qt::UTC);
    if (!q.value(8).isNull()) {
        p.paidAt = QDateTime::fromMSecsSinceEpoch(q.value(8).toLongLong(), Qt::UTC);
    }
    p.courseId = q.value(9).toLongLong();
    p.courseTitle = q.value(10).toString();
    return p;
}

const QString PaymentColumns =
    u"SELECT payments.id, payments.session_id, payments.tier, payments.period, payments.amount_cents, "
    "payments.currency, payments.status, payments.created_at, payments.paid_at, payments.course_id, courses.title "
    "FROM payments LEFT JOIN courses ON courses.id = payments.course_id "_s;

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
    qint64 amount = sql::scalar(db,
                                period == u"month"_s ? u"SELECT monthly_price_cents FROM tiers WHERE level = ?"_s
                                                     : u"SELECT yearly_price_cents FROM tiers WHERE level = ?"_s,
                                {static_cast<int>(*tier)})
                        .toLongLong();
    const Membership current = UserRepository(db).membership(member.id, now);
    if (current.active && current.expiresAt.isValid() && static_cast<int>(current.tier) > static_cast<int>(*tier)) {
        return ApiError::conflict(errors::Conflict, u"A higher tier is in force; it cannot be bought down."_s);
    }
    // Renewing the same tier before it lapses is rewarded.
    if (current.active && current.expiresAt.isValid() && !current.inGrace && current.tier == *tier) {
        amount -= amount * EarlyRenewalPercentOff / 100;
    }
    QVariant couponHash = QVariant(QMetaType(QMetaType::QString));
    if (!coupon.trimmed().isEmpty()) {
        QSqlQuery c =
            sql::exec(db,
                      u"SELECT amount, tier, uses, max_uses, expires_at FROM redeem_codes WHERE code_hash = ? "
                      "AND kind = 'percent'"_s,
                      {codeHash(coupon)});
        if (!c.next() || c.value(1).toInt() != static_cast<int>(*tier)) {
            return ApiError::notFound(u"No coupon with this code applies to this tier."_s);
        }
        if (!c.value(4).isNull() && c.value(4).toLongLong() <= now) {
            return ApiError{410, QString(errors::CodeExpired), u"This coupon has expired."_s};
        }
        if (c.value(2).toInt() >= c.value(3).toInt()) {
            return ApiError::conflict(errors::CodeUsedUp, u"This coupon has been used up."_s);
        }
        amount -= amount * c.value(0).toInt() / 100;
        couponHash = codeHash(coupon);
    }
    const QString session = u"cs_"_s + randomHex(16);
    sql::exec(db,
              u"INSERT INTO payments (user_id, session_id, tier, period, amount_cents, currency, coupon, status, "
              "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'pending', ?)"_s,
              {member.id, session, static_cast<int>(*tier), period, amount, m_config.currency, couponHash, now});
    QSqlQuery q = sql::exec(db, PaymentColumns + u"WHERE payments.session_id = ?"_s, {session});
    q.next();
    CheckoutSession out{readPayment(q), {}};
    out.url = checkoutUrl(session);
    return out;
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
    const QVariant price = sql::scalar(db, u"SELECT price_cents FROM courses WHERE id = ?"_s, {courseId});
    if (!price.isValid()) {
        return ApiError::notFound(u"No such course."_s);
    }
    if (price.toLongLong() <= 0) {
        return ApiError::badRequest(errors::InvalidField, u"This course is not sold on its own."_s);
    }
    if (sql::scalar(db, u"SELECT 1 FROM entitlements WHERE user_id = ? AND course_id = ?"_s, {member.id, courseId})
            .isValid()) {
        return ApiError::conflict(errors::Conflict, u"You own this course already."_s);
    }
    const QString session = u"cs_"_s + randomHex(16);
    sql::exec(db,
              u"INSERT INTO payments (user_id, session_id, tier, period, amount_cents, currency, status, created_at, "
              "course_id) VALUES (?, ?, 0, 'once', ?, ?, 'pending', ?, ?)"_s,
              {member.id, session, price.toLongLong(), m_config.currency, nowMs(), courseId});
    QSqlQuery q = sql::exec(db, PaymentColumns + u"WHERE payments.session_id = ?"_s, {session});
    q.next();
    CheckoutSession out{readPayment(q), {}};
    out.url = checkoutUrl(session);
    return out;
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
    const QJsonObject event = QJsonDocument::fromJson(body).object();
    const QJsonValue id = event.value(u"id"_s);
    if (!id.isString() || id.toString().isEmpty() || id.toString().size() > 100 || !event.value(u"type"_s).isString()) {
        return ApiError::badRequest(errors::InvalidField, u"A webhook event needs a string 'id' and 'type'."_s);
    }
    QSqlDatabase db = m_database.connection();
    sql::Transaction tx(db);
    const bool fresh = sql::exec(db,
                                 u"INSERT INTO webhook_events (event_id, received_at) VALUES (?, ?) "
                                 "ON CONFLICT DO NOTHING"_s,
                                 {id.toString(), nowMs()})
                           .numRowsAffected() > 0;
    if (!fresh) {
        return WebhookReceipt{true, false, std::nullopt};
    }
    if (event.value(u"type"_s).toString() != u"checkout.completed"_s) {
        tx.commit();
        return WebhookReceipt{false, true, std::nullopt};
    }
    const QJsonValue amount = event.value(u"amountCents"_s);
    if (!event.value(u"sessionId"_s).isString() || !amount.isDouble()) {
        return ApiError::badRequest(errors::InvalidField, u"'checkout.completed' needs sessionId and amountCents."_s);
    }
    const Result<Payment> paid = markPaid(tx, event.value(u"sessionId"_s).toString(), amount.toInteger());
    if (!paid.ok()) {
        return paid.error(); // the event stays unrecorded: the provider may deliver it again
    }
    tx.commit();
    return WebhookReceipt{false, false, paid.value()};
}

Result<Payment> PaymentService::markPaid(sql::Transaction &tx, const QString &sessionId, qint64 amountCents)
{
    QSqlDatabase &db = tx.database();
    QSqlQuery q = sql::exec(db, PaymentColumns + u"WHERE payments.session_id = ?"_s, {sessionId});
    if (!q.next()) {
        return ApiError::notFound(u"No checkout session with this id."_s);
    }
    Payment p = readPayment(q);
    if (p.amountCents != amountCents) {
        return ApiError::badRequest(errors::InvalidField, u"The amount paid does not match the checkout."_s);
    }
    if (p.status == u"paid"_s) {
        return p; // confirmed before (another event for the same session)
    }
    const qint64 now = nowMs();
    const qint64 userId = sql::scalar(db, u"SELECT user_id FROM payments WHERE id = ?"_s, {p.id}).toLongLong();
    const QVariant course = sql::scalar(db, u"SELECT course_id FROM payments WHERE id = ?"_s, {p.id});
    if (course.isValid() && !course.isNull() && course.toLongLong() > 0) {
        // A course bought on its own: the purchase is the entitlement.
        sql::exec(db,
                  u"INSERT INTO entitlements (user_id, course_id, source, created_at) VALUES (?, ?, 'purchase', ?) "
                  "ON CONFLICT DO NOTHING"_s,
                  {userId, course.toLongLong(), now});
        sql::exec(db, u"UPDATE payments SET status = 'paid', paid_at = ? WHERE id = ?"_s, {now, p.id});
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
    sql::exec(db, u"UPDATE payments SET status = 'paid', paid_at = ?, period_start = ?, period_end = ? WHERE id = ?"_s,
              {now, periodEnd - days * DayMs, periodEnd, p.id});
    sql::exec(db,
              u"UPDATE redeem_codes SET uses = uses + 1 WHERE code_hash = (SELECT coupon FROM payments WHERE id = ?)"_s,
              {p.id});
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
    const QVariant amount = sql::scalar(db, u"SELECT amount_cents FROM payments WHERE session_id = ?"_s, {sessionId});
    if (!amount.isValid()) {
        return ApiError::notFound(u"No checkout session with this id."_s);
    }
    sql::Transaction tx(db);
    Result<Payment> paid = markPaid(tx, sessionId, amount.toLongLong());
    if (paid.ok()) {
        tx.commit();
    }
    return paid;
}

QList<Payment> PaymentService::history(qint64 userId)
{
    QSqlQuery q =
        sql::exec(m_database.connection(),
                  PaymentColumns + u"WHERE payments.user_id = ? ORDER BY payments.id DESC LIMIT 200"_s, {userId});
    QList<Payment> list;
    while (q.next()) {
        list.append(readPayment(q));
    }
    return list;
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
    // 16 characters from 32 unambiguous ones: 80 random bits, far beyond guessing at a few tries a minute.
    static const QString alphabet = u"23456789ABCDEFGHJKLMNPQRSTUVWXYZ"_s;
    QString code;
    for (int i = 0; i < 16; ++i) {
        code.append(alphabet.at(static_cast<int>(QRandomGenerator::system()->bounded(32))));
        if (i % 4 == 3 && i < 15) {
            code.append(u'-');
        }
    }
    sql::exec(m_database.connection(),
              u"INSERT INTO redeem_codes (code_hash, kind, tier, amount, max_uses, expires_at, created_by, created_at) "
              "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
              {codeHash(code), kind, static_cast<int>(*tier), amount, maxUses,
               expiresAt.isValid() ? QVariant(expiresAt.toMSecsSinceEpoch()) : sql::nullInt(), admin.id, nowMs()});
    return code;
}

Result<Membership> PaymentService::redeem(const AuthUser &member, const QString &code, const QString &address)
{
    const QString account = u"user:%1"_s.arg(member.id);
    if (const int wait = m_codeGuesses.retryAfter(address, account, nowMs()); wait > 0) {
        return ApiError{429, QString(errors::RateLimited), u"Too many wrong codes. Try again later."_s, wait};
    }
    QSqlDatabase db = m_database.connection();
    const QString hash = codeHash(code);
    QSqlQuery c =
        sql::exec(db, u"SELECT kind, tier, amount, expires_at FROM redeem_codes WHERE code_hash = ?"_s, {hash});
    if (code.size() > 64 || !c.next()) {
        m_codeGuesses.recordFailure(address, account, nowMs());
        return ApiError{404, QString(errors::InvalidCode), u"This code does not exist."_s};
    }
    if (c.value(0).toString() != u"days"_s) {
        return ApiError::badRequest(errors::InvalidField, u"This is a coupon: use it at checkout."_s);
    }
    const qint64 now = nowMs();
    if (!c.value(3).isNull() && c.value(3).toLongLong() <= now) {
        return ApiError{410, QString(errors::CodeExpired), u"This code has expired."_s};
    }
    const Tier tier = tierFromLevel(c.value(1).toLongLong()).value_or(Tier::Member);
    const int days = c.value(2).toInt();
    c.finish(); // no read snapshot held into the write transaction (SQLite would refuse to upgrade it)
    sql::Transaction tx(db);
    const bool first = sql::exec(db,
                                 u"INSERT INTO redemptions (code_hash, user_id, created_at) VALUES (?, ?, ?) "
                                 "ON CONFLICT DO NOTHING"_s,
                                 {hash, member.id, now})
                           .numRowsAffected() > 0;
    if (!first) {
        return ApiError::conflict(errors::AlreadyRedeemed, u"You have redeemed this code already."_s);
    }
    const bool counted =
        sql::exec(db, u"UPDATE redeem_codes SET uses = uses + 1 WHERE code_hash = ? AND uses < max_uses"_s, {hash})
            .numRowsAffected() > 0;
    if (!counted) {
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
