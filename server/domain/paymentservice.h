#pragma once

#include "authuser.h"
#include "loginthrottle.h"
#include "protocol/api/membership.h"
#include "protocol/types.h"
#include "result.h"

#include <QByteArray>
#include <QJsonObject>

namespace guild::server {

class AccountEvents;
class Database;
namespace sql {
class Transaction;
}

/// How payments are taken. The server never sees card details: it opens a checkout session with the
/// provider, sends the member to the provider's page, and grants only when the provider confirms
/// through a signed webhook.
struct PaymentConfig
{
    /// Shared with the provider: HMAC-SHA256 key of the webhook signature.
    QByteArray webhookSecret;
    /// The provider's checkout page, with "{session}" where the session id goes.
    QString checkoutUrlTemplate;
    /// The demo provider: checkouts complete on a local page (--demo only).
    bool demo = false;
};

/// Checkout, webhook confirmation (signature, a five-minute replay window, each delivery handled
/// once), renewals with an early-renewal discount, coupons, redeem codes (rate limited against
/// guessing), and payment history.
class PaymentService final
{
public:
    PaymentService(Database &database, const AccountEvents &events, PaymentConfig config);

    /// `period`: month or year; `coupon`: a percent-off code, optional.
    Result<protocol::CheckoutSession> checkout(const AuthUser &member, const QString &tierCode, const QString &period,
                                               const QString &coupon);
    /// A course sold on its own, bought once; paid, it becomes the member's entitlement.
    Result<protocol::CheckoutSession> checkoutCourse(const AuthUser &member, qint64 courseId);
    /// The provider's confirmation. `signature` is the Guild-Signature header: "t=<unix secs>,v1=<hex>".
    Result<protocol::WebhookReceipt> webhook(const QByteArray &body, const QByteArray &signature);
    /// Demo provider only: completes the checkout as a paid webhook would.
    Result<protocol::engagement::Payment> completeDemo(const QString &sessionId);
    QList<protocol::engagement::Payment> history(qint64 userId);

    /// Forgets wrong-code guesses too old to count (hourly upkeep).
    void purgeGuesses(qint64 now) { m_codeGuesses.purge(now); }
    /// Admins: a code worth `amount` free days of `tier` ("days") or `amount` percent off ("percent").
    Result<QString> createCode(const AuthUser &admin, const QString &kind, const QString &tierCode, int amount,
                               int maxUses, const QDateTime &expiresAt);
    /// Every code with its use, newest first (admins).
    Result<QList<protocol::CodeSummary>> codes(const AuthUser &admin);
    /// A member redeems a days code; failures count against them and their address.
    Result<protocol::Membership> redeem(const AuthUser &member, const QString &code, const QString &address);

    /// What the webhook signature of `body` at `timestamp` is (tests and the demo provider sign with it).
    static QByteArray sign(const QByteArray &secret, qint64 timestamp, const QByteArray &body);
    static constexpr qint64 ReplayWindowSecs = 300;
    static constexpr int EarlyRenewalPercentOff = 10;

private:
    QString checkoutUrl(const QString &session) const;
    Result<protocol::engagement::Payment> markPaid(sql::Transaction &tx, const QString &sessionId, qint64 amountCents);

    Database &m_database;
    const AccountEvents &m_events;
    PaymentConfig m_config;
    LoginThrottle m_codeGuesses;
};

} // namespace guild::server
