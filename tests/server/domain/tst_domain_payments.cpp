#include "domain/accountevents.h"
#include "domain/membershipservice.h"
#include "domain/paymentservice.h"
#include "domainfixture.h"
#include "protocol/errorcodes.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;
using namespace guild;
using namespace guild::protocol;
using namespace guild::protocol::engagement;
using server::AuthUser;
using server::PaymentService;
using server::Result;

// Memberships and money checked in-process on a real database: prices and renewals, coupons, the
// provider's signed webhook, redeem codes, trials and the admins' grants.
class TestDomainPayments : public QObject
{
    Q_OBJECT

    test::DomainFixture m_fixture;
    server::AccountEvents m_events;
    std::unique_ptr<PaymentService> m_payments;
    std::unique_ptr<server::MembershipService> m_memberships;
    QList<qint64> m_changed;
    int m_members = 0;
    const QByteArray m_secret = QByteArrayLiteral("whsec_test");

    AuthUser someone(Role role = Role::Member, Tier tier = Tier::Free)
    {
        return m_fixture.member(u"p%1"_s.arg(++m_members), role, tier);
    }

    template <typename T>
    static QString codeOf(const Result<T> &result)
    {
        return result.ok() ? QString() : result.error().code;
    }

    /// The provider confirming a checkout, signed as it would be `ageSecs` ago.
    Result<WebhookReceipt> confirm(const QString &eventId, const Payment &payment, qint64 amount, qint64 ageSecs = 0,
                                   const QString &type = u"checkout.completed"_s)
    {
        const QByteArray body = QJsonDocument(PaymentEvent{eventId, type, payment.sessionId, amount}.toJson())
                                    .toJson(QJsonDocument::Compact);
        const qint64 t = server::nowMs() / 1000 - ageSecs;
        const QByteArray signature = "t=" + QByteArray::number(t) + ",v1=" + PaymentService::sign(m_secret, t, body);
        return m_payments->webhook(body, signature);
    }

    Membership membershipOf(const AuthUser &user) { return m_memberships->membership(user).value(); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_fixture.open());
        m_events.setLocal([this](qint64 user) { m_changed.append(user); });
        server::PaymentConfig config;
        config.webhookSecret = m_secret;
        config.checkoutUrlTemplate = u"https://pay.example.com/checkout/{session}"_s;
        m_payments = std::make_unique<PaymentService>(m_fixture.database(), m_events, config);
        m_memberships = std::make_unique<server::MembershipService>(m_fixture.database(), m_events);
    }

    void checkout_pricesThePeriod_andNeedsAProvider()
    {
        const AuthUser member = someone();
        QCOMPARE(codeOf(m_payments->checkout(member, u"free"_s, u"month"_s, {})), QString(errors::InvalidField));
        QCOMPARE(codeOf(m_payments->checkout(member, u"member"_s, u"week"_s, {})), QString(errors::InvalidField));
        const CheckoutSession month = m_payments->checkout(member, u"member"_s, u"month"_s, {}).value();
        QCOMPARE(month.payment.amountCents, 1900);
        QCOMPARE(month.payment.status, u"pending"_s);
        QCOMPARE(month.url, u"https://pay.example.com/checkout/"_s + month.payment.sessionId);
        QCOMPARE(m_payments->checkout(member, u"premium"_s, u"year"_s, {}).value().payment.amountCents, 49000);

        PaymentService unset(m_fixture.database(), m_events, server::PaymentConfig{});
        QCOMPARE(codeOf(unset.checkout(member, u"member"_s, u"month"_s, {})), QString(errors::PaymentsUnavailable));
    }

    void webhook_grantsOnce_andOnlyWhenSigned()
    {
        const AuthUser member = someone();
        const Payment pending = m_payments->checkout(member, u"member"_s, u"month"_s, {}).value().payment;
        QCOMPARE(codeOf(confirm(u"evt_wrong_amount"_s, pending, 1)), QString(errors::InvalidField));
        QCOMPARE(codeOf(confirm(u"evt_old"_s, pending, 1900, 3600)), QString(errors::WebhookExpired));
        QCOMPARE(codeOf(m_payments->webhook("{}", "t=1,v1=00")), QString(errors::InvalidSignature));
        QCOMPARE(membershipOf(member).tier, Tier::Free);

        m_changed.clear();
        const Result<WebhookReceipt> paid = confirm(u"evt_1"_s, pending, 1900);
        QVERIFY(paid.ok());
        QCOMPARE(paid.value().payment->status, u"paid"_s);
        QCOMPARE(membershipOf(member).tier, Tier::Member);
        QCOMPARE(m_changed, QList<qint64>{member.id}); // live sessions hear of it
        const QDateTime expires = membershipOf(member).expiresAt;
        // The same delivery again, and another event for the same session: nothing more.
        QVERIFY(confirm(u"evt_1"_s, pending, 1900).value().duplicate);
        QVERIFY(confirm(u"evt_2"_s, pending, 1900).ok());
        QCOMPARE(membershipOf(member).expiresAt, expires);
        QVERIFY(confirm(u"evt_3"_s, pending, 1900, 0, u"refund.created"_s).value().ignored);
        QCOMPARE(m_payments->history(member.id).size(), 1);

        // Renewing the tier in force costs less; buying down is refused.
        QCOMPARE(m_payments->checkout(member, u"member"_s, u"month"_s, {}).value().payment.amountCents,
                 1900 - 1900 * PaymentService::EarlyRenewalPercentOff / 100);
        const Payment premium = m_payments->checkout(member, u"premium"_s, u"month"_s, {}).value().payment;
        QVERIFY(confirm(u"evt_4"_s, premium, premium.amountCents).ok());
        QCOMPARE(codeOf(m_payments->checkout(member, u"member"_s, u"month"_s, {})), QString(errors::Conflict));
    }

    void coupons_applyToTheirTier_untilUsedUp()
    {
        const AuthUser admin = someone(Role::Admin);
        const AuthUser member = someone();
        QCOMPARE(codeOf(m_payments->createCode(member, u"percent"_s, u"member"_s, 20, 1, {})),
                 QString(errors::Forbidden));
        QCOMPARE(codeOf(m_payments->createCode(admin, u"percent"_s, u"member"_s, 120, 1, {})),
                 QString(errors::InvalidField));
        const QString coupon = m_payments->createCode(admin, u"percent"_s, u"member"_s, 20, 1, {}).value();
        QCOMPARE(codeOf(m_payments->checkout(member, u"premium"_s, u"month"_s, coupon)), QString(errors::NotFound));
        // Codes are read without their dashes and case.
        const Payment discounted =
            m_payments->checkout(member, u"member"_s, u"month"_s, coupon.toLower().remove(u'-')).value().payment;
        QCOMPARE(discounted.amountCents, 1900 - 380);
        QVERIFY(confirm(u"evt_coupon"_s, discounted, discounted.amountCents).ok());
        QCOMPARE(codeOf(m_payments->checkout(someone(), u"member"_s, u"month"_s, coupon)), QString(errors::CodeUsedUp));
        // A coupon is not a redeem code.
        QCOMPARE(codeOf(m_payments->redeem(someone(), coupon, u"10.0.0.1"_s)), QString(errors::InvalidField));
    }

    void redeemCodes_grantDays_oncePerMember()
    {
        const AuthUser admin = someone(Role::Admin);
        const QString code = m_payments->createCode(admin, u"days"_s, u"premium"_s, 14, 2, {}).value();
        const AuthUser a = someone();
        const AuthUser b = someone();
        const Result<Membership> redeemed = m_payments->redeem(a, code, u"10.0.0.2"_s);
        QVERIFY(redeemed.ok());
        QCOMPARE(redeemed.value().tier, Tier::Premium);
        QCOMPARE(codeOf(m_payments->redeem(a, code, u"10.0.0.2"_s)), QString(errors::AlreadyRedeemed));
        QVERIFY(m_payments->redeem(b, code, u"10.0.0.3"_s).ok());
        QCOMPARE(codeOf(m_payments->redeem(someone(), code, u"10.0.0.4"_s)), QString(errors::CodeUsedUp));
        // Guessing: wrong codes count, and after a few the member waits.
        const AuthUser guesser = someone();
        QString last;
        for (int i = 0; i < 12 && last != QString(errors::RateLimited); ++i) {
            last = codeOf(m_payments->redeem(guesser, u"WRONG-CODE-%1"_s.arg(i), u"10.0.0.5"_s));
            QVERIFY(last == QString(errors::InvalidCode) || last == QString(errors::RateLimited));
        }
        QCOMPARE(last, QString(errors::RateLimited));
    }

    void trials_areOncePerTier()
    {
        const AuthUser member = someone();
        QCOMPARE(codeOf(m_memberships->startTrial(member, u"free"_s)), QString(errors::InvalidField));
        const Membership trial = m_memberships->startTrial(member, u"member"_s).value();
        QCOMPARE(trial.tier, Tier::Member);
        QCOMPARE(codeOf(m_memberships->startTrial(member, u"member"_s)), QString(errors::Conflict));
        QVERIFY(m_memberships->startTrial(member, u"premium"_s).ok());
        QCOMPARE(codeOf(m_memberships->startTrial(member, u"premium"_s)), QString(errors::Conflict));
    }

    void admins_grantAndRevoke_andFindMembers()
    {
        const AuthUser admin = someone(Role::Admin);
        const AuthUser member = m_fixture.member(u"odd_name%"_s);
        QCOMPARE(codeOf(m_memberships->grant(member, member.id, u"premium"_s, 30)), QString(errors::Forbidden));
        QCOMPARE(m_memberships->grant(admin, member.id, u"premium"_s, 30).value().tier, Tier::Premium);
        QCOMPARE(m_memberships->grant(admin, member.id, u"free"_s, 0).value().tier, Tier::Free);
        QCOMPARE(codeOf(m_memberships->grant(admin, 999999, u"member"_s, 30)), QString(errors::NotFound));
        // '%' and '_' in a search are themselves, not wildcards.
        const QList<MemberSummary> found = m_memberships->members(admin, u"d_name%"_s, 50).value();
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().username, u"odd_name%"_s);
        QCOMPARE(m_memberships->members(admin, u"%"_s, 50).value().size(), 1);
        QCOMPARE(codeOf(m_memberships->members(member, {}, 50)), QString(errors::Forbidden));
        m_fixture.member(u"=HYPERLINK(1)"_s);
        const QByteArray csv = m_memberships->membersCsv(admin).value();
        QVERIFY(csv.startsWith("id,username,display_name,role,tier,expires_at,points,joined_at\r\n"));
        QVERIFY(csv.contains(",\"odd_name%\","));
        // A formula is defused: a spreadsheet shows it, never runs it.
        QVERIFY(csv.contains(",\"'=HYPERLINK(1)\","));
    }
};

QTEST_GUILESS_MAIN(TestDomainPayments)
#include "tst_domain_payments.moc"
