#include "paymentrepository.h"

#include "sql.h"

using namespace Qt::StringLiterals;

namespace guild::server {

using namespace protocol;
using namespace protocol::engagement;

namespace {

const QString PaymentColumns =
    u"SELECT payments.id, payments.session_id, payments.tier, payments.period, payments.amount_cents, "
    "payments.currency, payments.status, payments.created_at, payments.paid_at, payments.course_id, courses.title, "
    "payments.user_id FROM payments LEFT JOIN courses ON courses.id = payments.course_id "_s;

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
    p.createdAt = sql::timeFromMs(q.value(7));
    p.paidAt = sql::timeFromMs(q.value(8));
    p.courseId = q.value(9).toLongLong();
    p.courseTitle = q.value(10).toString();
    return p;
}

QVariant optionalInt(qint64 value)
{
    return value > 0 ? QVariant(value) : sql::nullInt();
}

} // namespace

void PaymentRepository::insert(const NewCheckout &c, qint64 now)
{
    sql::exec(m_db,
              u"INSERT INTO payments (user_id, session_id, tier, period, amount_cents, currency, coupon, status, "
              "created_at, course_id) VALUES (?, ?, ?, ?, ?, ?, ?, 'pending', ?, ?)"_s,
              {c.userId, c.sessionId, static_cast<int>(c.tier), c.period, c.amountCents, c.currency,
               c.couponHash.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(c.couponHash), now,
               optionalInt(c.courseId)});
}

std::optional<PaymentRepository::Stored> PaymentRepository::bySession(const QString &sessionId)
{
    QSqlQuery q = sql::exec(m_db, PaymentColumns + u"WHERE payments.session_id = ?"_s, {sessionId});
    if (!q.next()) {
        return std::nullopt;
    }
    return Stored{readPayment(q), q.value(11).toLongLong()};
}

void PaymentRepository::markPaid(qint64 paymentId, qint64 now, qint64 periodStart, qint64 periodEnd)
{
    sql::exec(m_db,
              u"UPDATE payments SET status = 'paid', paid_at = ?, period_start = ?, period_end = ? WHERE id = ?"_s,
              {now, optionalInt(periodStart), optionalInt(periodEnd), paymentId});
}

QString PaymentRepository::couponOf(qint64 paymentId)
{
    return sql::scalar(m_db, u"SELECT coupon FROM payments WHERE id = ?"_s, {paymentId}).toString();
}

QList<Payment> PaymentRepository::history(qint64 userId, int limit)
{
    QSqlQuery q = sql::exec(m_db, PaymentColumns + u"WHERE payments.user_id = ? ORDER BY payments.id DESC LIMIT ?"_s,
                            {userId, limit});
    QList<Payment> list;
    while (q.next()) {
        list.append(readPayment(q));
    }
    return list;
}

void PaymentRepository::endPaidPeriods(qint64 userId, Tier tier, qint64 expiresAt, qint64 now)
{
    sql::exec(m_db,
              u"UPDATE payments SET period_end = ? WHERE user_id = ? AND status = 'paid' AND period_end > ? AND "
              "period IN ('month', 'year') AND tier <> ?"_s,
              {now, userId, now, static_cast<int>(tier)});
    sql::exec(m_db,
              u"UPDATE payments SET period_end = CASE WHEN period_start > ? THEN period_start ELSE ? END "
              "WHERE user_id = ? AND status = 'paid' AND period_end > ? AND period IN ('month', 'year') AND tier = ?"_s,
              {expiresAt, expiresAt, userId, expiresAt, static_cast<int>(tier)});
}

bool PaymentRepository::recordEvent(const QString &eventId, qint64 now)
{
    return sql::exec(m_db, u"INSERT INTO webhook_events (event_id, received_at) VALUES (?, ?) ON CONFLICT DO NOTHING"_s,
                     {eventId, now})
               .numRowsAffected() > 0;
}

void RedeemCodeRepository::insert(const QString &hash, const QString &hint, const Code &code, qint64 createdBy,
                                  qint64 now)
{
    sql::exec(m_db,
              u"INSERT INTO redeem_codes (code_hash, hint, kind, tier, amount, max_uses, expires_at, created_by, "
              "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
              {hash, hint, code.kind, static_cast<int>(code.tier), code.amount, code.maxUses,
               code.expiresAt ? QVariant(*code.expiresAt) : sql::nullInt(), createdBy, now});
}

QList<protocol::CodeSummary> RedeemCodeRepository::list(int limit)
{
    QSqlQuery q = sql::exec(m_db,
                            u"SELECT c.hint, c.kind, c.tier, c.amount, c.uses, c.max_uses, c.expires_at, c.created_at, "
                            "u.username FROM redeem_codes c JOIN users u ON u.id = c.created_by "
                            "ORDER BY c.created_at DESC LIMIT ?"_s,
                            {limit});
    QList<protocol::CodeSummary> codes;
    while (q.next()) {
        protocol::CodeSummary c;
        c.hint = q.value(0).toString();
        c.kind = q.value(1).toString();
        c.tier = protocol::tierCode(protocol::tierFromLevel(q.value(2).toLongLong()).value_or(protocol::Tier::Member));
        c.amount = q.value(3).toInt();
        c.uses = q.value(4).toInt();
        c.maxUses = q.value(5).toInt();
        c.expiresAt = sql::timeFromMs(q.value(6));
        c.createdAt = sql::timeFromMs(q.value(7));
        c.createdBy = q.value(8).toString();
        codes.append(c);
    }
    return codes;
}

std::optional<RedeemCodeRepository::Code> RedeemCodeRepository::find(const QString &hash)
{
    QSqlQuery q = sql::exec(
        m_db, u"SELECT kind, tier, amount, uses, max_uses, expires_at FROM redeem_codes WHERE code_hash = ?"_s, {hash});
    if (!q.next()) {
        return std::nullopt;
    }
    Code code{q.value(0).toString(), tierFromLevel(q.value(1).toLongLong()).value_or(Tier::Member),
              q.value(2).toInt(),    q.value(3).toInt(),
              q.value(4).toInt(),    std::nullopt};
    if (!q.value(5).isNull()) {
        code.expiresAt = q.value(5).toLongLong();
    }
    return code;
}

bool RedeemCodeRepository::use(const QString &hash)
{
    return sql::exec(m_db, u"UPDATE redeem_codes SET uses = uses + 1 WHERE code_hash = ? AND uses < max_uses"_s, {hash})
               .numRowsAffected() > 0;
}

bool RedeemCodeRepository::addRedemption(const QString &hash, qint64 userId, qint64 now)
{
    return sql::exec(m_db,
                     u"INSERT INTO redemptions (code_hash, user_id, created_at) VALUES (?, ?, ?) "
                     "ON CONFLICT DO NOTHING"_s,
                     {hash, userId, now})
               .numRowsAffected() > 0;
}

} // namespace guild::server
