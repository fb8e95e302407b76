#pragma once

#include "protocol/api/membership.h"
#include "protocol/engagement.h"

#include <QSqlDatabase>

#include <optional>

namespace guild::server {

/// Payments as stored, from checkout to paid, and the provider's events already handled (payments,
/// webhook_events).
class PaymentRepository final
{
public:
    explicit PaymentRepository(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    struct NewCheckout
    {
        qint64 userId = 0;
        QString sessionId;
        protocol::Tier tier = protocol::Tier::Free;
        QString period; ///< month, year, or once (a course)
        qint64 amountCents = 0;
        QString currency;
        QString couponHash; ///< empty: none
        qint64 courseId = 0;
    };
    void insert(const NewCheckout &checkout, qint64 now);

    /// A payment with who made it, as the webhook needs it.
    struct Stored
    {
        protocol::engagement::Payment payment;
        qint64 userId = 0;
    };
    std::optional<Stored> bySession(const QString &sessionId);
    /// Paid, with the days it bought (for a tier; both 0 for a course).
    void markPaid(qint64 paymentId, qint64 now, qint64 periodStart, qint64 periodEnd);
    /// The coupon the payment used (its hash); empty when none.
    QString couponOf(qint64 paymentId);
    /// The newest first.
    QList<protocol::engagement::Payment> history(qint64 userId, int limit);

    /// Ends the paid periods of tiers other than `tier` at `now`, and those of `tier` at `expiresAt`:
    /// what was paid for stops counting when the membership stops giving it.
    void endPaidPeriods(qint64 userId, protocol::Tier tier, qint64 expiresAt, qint64 now);

    /// Records a provider event; false when it was handled before.
    bool recordEvent(const QString &eventId, qint64 now);

private:
    QSqlDatabase m_db;
};

/// Redeem codes and coupons, stored only as hashes, with their uses (redeem_codes, redemptions).
class RedeemCodeRepository final
{
public:
    explicit RedeemCodeRepository(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    struct Code
    {
        QString kind; ///< days or percent
        protocol::Tier tier = protocol::Tier::Member;
        int amount = 0;
        int uses = 0;
        int maxUses = 1;
        std::optional<qint64> expiresAt;
    };
    /// `hint`: the code's last characters, so admins can tell their codes apart.
    void insert(const QString &hash, const QString &hint, const Code &code, qint64 createdBy, qint64 now);
    /// Newest first, with who made each.
    QList<protocol::CodeSummary> list(int limit);
    std::optional<Code> find(const QString &hash);
    /// Counts one use while any are left; false when the code is used up.
    bool use(const QString &hash);
    /// False when the member redeemed this code before.
    bool addRedemption(const QString &hash, qint64 userId, qint64 now);

private:
    QSqlDatabase m_db;
};

} // namespace guild::server
