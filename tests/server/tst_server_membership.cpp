#include "protocol/endpoints.h"
#include "protocol/limits.h"
#include "support/httpclient.h"
#include "support/testserver.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTest>

#include <sodium.h>

using namespace Qt::StringLiterals;
using namespace guild::test;
namespace endpoints = guild::protocol::endpoints;
using guild::protocol::EntitlementLease;
using guild::protocol::LeaseReply;
using guild::protocol::MembershipReply;
using guild::protocol::Tier;
namespace limits = guild::protocol::limits;

// Membership and engagement against a real guild-server: expiry and grace, signed payment webhooks,
// redeem codes, point caps, streaks across midnight in the member's time zone, and the two races that
// must not pay twice or overfill: concurrent accepts of a bounty, concurrent RSVPs.
class TestServerMembership : public QObject
{
    Q_OBJECT
private:
    static constexpr QByteArrayView Secret = "whsec-test-only";
    std::unique_ptr<TestServer> m_server;

    HttpClient as(const QString &user) { return HttpClient::signedIn(m_server->baseUrl(), user); }

    /// Moves the server's clock to `when` (UTC); tokens made before may have expired then.
    void setClock(const QDateTime &when) { QVERIFY(HttpClient::moveServerClock(m_server->baseUrl(), when)); }

    static QDateTime utc(const QString &iso) { return QDateTime::fromString(iso, Qt::ISODate).toUTC(); }

    HttpResponse webhook(const QJsonObject &event, qint64 timestamp,
                         const QByteArray &secret = QByteArray(Secret.data()))
    {
        const QByteArray body = QJsonDocument(event).toJson(QJsonDocument::Compact);
        const QByteArray signature = QMessageAuthenticationCode::hash(QByteArray::number(timestamp) + '.' + body,
                                                                      secret, QCryptographicHash::Sha256)
                                         .toHex();
        HttpClient c(m_server->baseUrl());
        return c.send("POST", endpoints::PaymentWebhook.url(), body, "application/json",
                      {{QByteArray("Guild-Signature"), "t=" + QByteArray::number(timestamp) + ",v1=" + signature}});
    }

    qint64 memberId(const QString &username)
    {
        HttpClient admin = as(u"admin"_s);
        for (const QJsonValue &m :
             admin.get(endpoints::ListMembers.url() + u"?q="_s + username).json[u"members"_s].toArray()) {
            if (m[u"username"_s].toString() == username) {
                return m[u"id"_s].toInteger();
            }
        }
        return 0;
    }

    /// Sends every request at once and waits for all the answers: status codes in order.
    QList<int> concurrently(const QList<std::pair<QString, QString>> &userAndPath, const QJsonObject &body)
    {
        QList<QString> tokens;
        for (const auto &[user, path] : userAndPath) {
            HttpClient c(m_server->baseUrl());
            tokens.append(c.login(user).json[u"accessToken"_s].toString());
        }
        QNetworkAccessManager nam;
        QList<QNetworkReply *> replies;
        for (qsizetype i = 0; i < userAndPath.size(); ++i) {
            QUrl url = m_server->baseUrl();
            url.setPath(userAndPath[i].second);
            QNetworkRequest request(url);
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
            request.setRawHeader("Authorization", "Bearer " + tokens[i].toLatin1());
            replies.append(nam.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact)));
        }
        (void)QTest::qWaitFor(
            [&] {
                return std::all_of(replies.cbegin(), replies.cend(), [](QNetworkReply *r) { return r->isFinished(); });
            },
            30000);
        QList<int> statuses;
        for (QNetworkReply *r : replies) {
            statuses.append(r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt());
            r->deleteLater();
        }
        return statuses;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("GUILD_PAYMENT_SECRET", QByteArray(Secret.data()));
        m_server = std::make_unique<TestServer>(TestServer::Options{true, {u"--test-clock"_s}});
        QVERIFY(m_server->start());
    }

    void cleanup() { setClock(QDateTime::currentDateTimeUtc()); }

    void cleanupTestCase() { QVERIFY2(m_server->stop(), qPrintable(m_server->errorOutput().right(4000))); }

    void tierExpiry_keepsTheTierThroughTheGracePeriod_thenLapses()
    {
        const qint64 free = memberId(u"free"_s);
        HttpClient admin = as(u"admin"_s);
        QCOMPARE(admin.post(endpoints::SetMemberTier.url(free), {{u"tier"_s, u"member"_s}, {u"days"_s, 1}}).status,
                 200);
        HttpClient member = as(u"member"_s);
        QCOMPARE(member.post(endpoints::SetMemberTier.url(free), {{u"tier"_s, u"premium"_s}, {u"days"_s, 9}}).status,
                 403);
        // A member-tier article to read.
        qint64 memberArticle = 0;
        for (const QJsonValue &a :
             admin.get(endpoints::ListArticles.url() + u"?limit=50"_s).json[u"articles"_s].toArray()) {
            if (a[u"requiredTier"_s].toString() == u"member"_s) {
                memberArticle = a[u"id"_s].toInteger();
                break;
            }
        }
        QVERIFY(memberArticle > 0);
        const QDateTime start = QDateTime::currentDateTimeUtc();

        setClock(start.addDays(1).addSecs(3600)); // expired an hour ago: in grace
        HttpClient later = as(u"free"_s);
        QJsonObject m = later.get(endpoints::MyMembership.url()).json[u"membership"_s].toObject();
        QCOMPARE(m[u"tier"_s].toString(), u"member"_s);
        QVERIFY(m[u"active"_s].toBool());
        QVERIFY(m[u"inGrace"_s].toBool());
        QCOMPARE(later.get(endpoints::GetArticle.url(memberArticle)).status, 200);

        setClock(start.addDays(4).addSecs(3600)); // grace over
        HttpClient lapsed = as(u"free"_s);
        m = lapsed.get(endpoints::MyMembership.url()).json[u"membership"_s].toObject();
        QCOMPARE(m[u"tier"_s].toString(), u"free"_s);
        QVERIFY(!m[u"active"_s].toBool());
        QCOMPARE(lapsed.get(endpoints::GetArticle.url(memberArticle)).status, 403);
    }

    void lease_signedForTheTierInForce_untilItsEnd_withOneKeyForEveryProcess()
    {
        const auto leaseOf = [](HttpClient &c) {
            const HttpResponse r = c.get(endpoints::MyLease.url());
            const auto reply = LeaseReply::fromJson(r.json);
            return reply ? std::optional(reply->value) : std::nullopt;
        };
        const auto holds = [](const EntitlementLease &lease) {
            const QByteArray message = lease.signedBytes();
            return crypto_sign_verify_detached(reinterpret_cast<const unsigned char *>(lease.signature.constData()),
                                               reinterpret_cast<const unsigned char *>(message.constData()),
                                               static_cast<unsigned long long>(message.size()),
                                               reinterpret_cast<const unsigned char *>(lease.publicKey.constData())) ==
                   0;
        };
        HttpClient premium = as(u"premium"_s);
        const auto membership = MembershipReply::fromJson(premium.get(endpoints::MyMembership.url()).json);
        QVERIFY(membership && membership->value.expiresAt.isValid());
        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        const auto paid = leaseOf(premium);
        QVERIFY(paid);
        QVERIFY(holds(*paid));
        QCOMPARE(paid->memberId, memberId(u"premium"_s));
        QCOMPARE(paid->tier, Tier::Premium);
        QVERIFY(paid->issuedAt >= before - 1000 && paid->issuedAt <= QDateTime::currentMSecsSinceEpoch() + 1000);
        // Until the membership ends, and its grace after.
        QCOMPARE(paid->validUntil, membership->value.expiresAt.toMSecsSinceEpoch() + limits::MembershipGraceMs);

        // Authors read everything, whatever they pay.
        HttpClient author = as(u"author"_s);
        const auto staff = leaseOf(author);
        QVERIFY(staff && holds(*staff));
        QCOMPARE(staff->tier, Tier::Premium);
        QCOMPARE(staff->publicKey, paid->publicKey);
        // Nothing ends for a free member: the lease only looks a month ahead.
        HttpClient free(m_server->baseUrl());
        QCOMPARE(free.post(endpoints::Register.url(), {{u"username"_s, u"leasefree"_s},
                                                       {u"email"_s, u"leasefree@example.org"_s},
                                                       {u"password"_s, u"guild-demo"_s}})
                     .status,
                 201);
        free.login(u"leasefree"_s);
        const auto open = leaseOf(free);
        QVERIFY(open && holds(*open));
        QCOMPARE(open->tier, Tier::Free);
        QCOMPARE(open->validUntil, open->issuedAt + limits::LeaseHorizonMs);

        // Anything changed in a lease, and it no longer checks out.
        for (const auto &stretch : std::initializer_list<std::function<void(EntitlementLease &)>>{
                 [](EntitlementLease &l) { l.validUntil += 1; }, [](EntitlementLease &l) { l.tier = Tier::Member; },
                 [](EntitlementLease &l) { l.memberId += 1; }, [](EntitlementLease &l) { l.issuedAt -= 1; }}) {
            EntitlementLease edited = *paid;
            stretch(edited);
            QVERIFY(!holds(edited));
        }
        QCOMPARE(HttpClient(m_server->baseUrl()).get(endpoints::MyLease.url()).status, 401);

        // A second process on the same database signs with the same key.
        TestServer second(TestServer::Options{false, {}, m_server.get()});
        QVERIFY(second.start());
        HttpClient there = HttpClient::signedIn(second.baseUrl(), u"premium"_s);
        const auto fromSecond = leaseOf(there);
        QVERIFY(fromSecond && holds(*fromSecond));
        QCOMPARE(fromSecond->publicKey, paid->publicKey);
        QVERIFY(second.stop());
    }

    void webhook_signature_replay_andDuplicates()
    {
        HttpClient member = as(u"member"_s);
        const QString before =
            member.get(endpoints::MyMembership.url()).json[u"membership"_s][u"expiresAt"_s].toString();
        const HttpResponse checkout =
            member.post(endpoints::Checkout.url(), {{u"tier"_s, u"premium"_s}, {u"period"_s, u"month"_s}});
        QCOMPARE(checkout.status, 201);
        const QJsonObject payment = checkout.json[u"payment"_s].toObject();
        QCOMPARE(payment[u"status"_s].toString(), u"pending"_s);
        QVERIFY(checkout.json[u"url"_s].toString().contains(payment[u"sessionId"_s].toString()));
        const QJsonObject event{{u"id"_s, u"evt_1"_s},
                                {u"type"_s, u"checkout.completed"_s},
                                {u"sessionId"_s, payment[u"sessionId"_s]},
                                {u"amountCents"_s, payment[u"amountCents"_s]}};
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        auto tier = [&] {
            return member.get(endpoints::MyMembership.url()).json[u"membership"_s][u"tier"_s].toString();
        };

        // Forged, stale, unsigned, or for another amount: refused, nothing granted.
        QCOMPARE(webhook(event, now, "not-the-secret").errorCode(), u"invalid_signature"_s);
        QCOMPARE(webhook(event, now - 600).errorCode(), u"webhook_expired"_s);
        HttpClient raw(m_server->baseUrl());
        QCOMPARE(raw.send("POST", endpoints::PaymentWebhook.url(), QJsonDocument(event).toJson()).status, 400);
        QJsonObject cheap = event;
        cheap[u"id"_s] = u"evt_cheap"_s;
        cheap[u"amountCents"_s] = 1;
        QCOMPARE(webhook(cheap, now).status, 400);
        QCOMPARE(tier(), u"member"_s);

        // Signed and fresh: granted once; the same delivery again changes nothing.
        const HttpResponse ok = webhook(event, now);
        QCOMPARE(ok.status, 200);
        QCOMPARE(ok.json[u"payment"_s][u"status"_s].toString(), u"paid"_s);
        QCOMPARE(tier(), u"premium"_s);
        const QString expiry =
            member.get(endpoints::MyMembership.url()).json[u"membership"_s][u"expiresAt"_s].toString();
        QVERIFY(expiry != before);
        QVERIFY(webhook(event, now).json[u"duplicate"_s].toBool());
        QJsonObject again = event;
        again[u"id"_s] = u"evt_2"_s; // a second event for the same session: still paid once
        QCOMPARE(webhook(again, now).status, 200);
        QCOMPARE(member.get(endpoints::MyMembership.url()).json[u"membership"_s][u"expiresAt"_s].toString(), expiry);
        const QJsonArray history = member.get(endpoints::MyPayments.url()).json[u"payments"_s].toArray();
        QCOMPARE(history.first()[u"status"_s].toString(), u"paid"_s);

        // The demo provider completes a checkout on its local page.
        HttpClient other = as(u"author"_s);
        const QString session =
            other.post(endpoints::Checkout.url(), {{u"tier"_s, u"premium"_s}, {u"period"_s, u"year"_s}})
                .json[u"payment"_s][u"sessionId"_s]
                .toString();
        const HttpResponse page = other.get(endpoints::DemoCheckout.url(session));
        QCOMPARE(page.status, 200);
        QVERIFY(page.headers.value("content-type").startsWith("text/html"));
        QCOMPARE(other.get(endpoints::MyMembership.url()).json[u"membership"_s][u"tier"_s].toString(), u"premium"_s);
        QCOMPARE(other.get(endpoints::DemoCheckout.url(u"cs_nope"_s)).status, 404);

        for (const QJsonObject &bad : {QJsonObject{{u"tier"_s, u"free"_s}, {u"period"_s, u"month"_s}},
                                       QJsonObject{{u"tier"_s, u"premium"_s}, {u"period"_s, u"decade"_s}},
                                       QJsonObject{{u"tier"_s, 2}, {u"period"_s, u"month"_s}}}) {
            QCOMPARE(member.post(endpoints::Checkout.url(), bad).status, 400);
        }
    }

    void courseSoldOnItsOwn_boughtThroughCheckout_opensItsLessons()
    {
        HttpClient member = as(u"member"_s);
        qint64 sold = 0;
        qint64 open = 0;
        for (const QJsonValue &c : member.get(endpoints::ListCourses.url()).json[u"courses"_s].toArray()) {
            (c[u"priceCents"_s].toInteger() > 0 ? sold : open) = c[u"id"_s].toInteger();
        }
        QVERIFY(sold > 0 && open > 0);
        const QJsonArray sections =
            member.get(endpoints::GetCourse.url(sold)).json[u"course"_s][u"sections"_s].toArray();
        const qint64 locked = sections.last()[u"lessons"_s].toArray().last()[u"id"_s].toInteger();
        QCOMPARE(member.get(endpoints::GetLesson.url(locked)).errorCode(), u"purchase_required"_s);

        // Bad input: refused, nothing pending.
        const QString path = endpoints::Checkout.url();
        QCOMPARE(member.post(path, {{u"courseId"_s, u"3"_s}}).status, 400);
        QCOMPARE(member.post(path, {{u"courseId"_s, -1}}).status, 400);
        QCOMPARE(member.post(path, {{u"courseId"_s, 987654}}).status, 404);
        QCOMPARE(member.post(path, {{u"courseId"_s, open}}).status, 400);
        const qsizetype paymentsBefore = member.get(endpoints::MyPayments.url()).json[u"payments"_s].toArray().size();

        const HttpResponse checkout = member.post(path, {{u"courseId"_s, sold}});
        QCOMPARE(checkout.status, 201);
        const QJsonObject payment = checkout.json[u"payment"_s].toObject();
        QCOMPARE(member.get(endpoints::MyPayments.url()).json[u"payments"_s].toArray().size(), paymentsBefore + 1);
        const QString tierBefore =
            member.get(endpoints::MyMembership.url()).json[u"membership"_s][u"expiresAt"_s].toString();
        const QJsonObject event{{u"id"_s, u"evt_course"_s},
                                {u"type"_s, u"checkout.completed"_s},
                                {u"sessionId"_s, payment[u"sessionId"_s]},
                                {u"amountCents"_s, payment[u"amountCents"_s]}};
        QCOMPARE(webhook(event, QDateTime::currentSecsSinceEpoch()).status, 200);
        QCOMPARE(member.get(endpoints::GetLesson.url(locked)).status, 200);
        // A course purchase leaves the membership as it was, and cannot be bought twice.
        QCOMPARE(member.get(endpoints::MyMembership.url()).json[u"membership"_s][u"expiresAt"_s].toString(),
                 tierBefore);
        QCOMPARE(member.post(path, {{u"courseId"_s, sold}}).status, 409);
        QCOMPARE(webhook(event, QDateTime::currentSecsSinceEpoch()).json[u"duplicate"_s].toBool(), true);
    }

    void redeemCodes_valid_usedUp_expired_wrong_andGuessed()
    {
        HttpClient admin = as(u"admin"_s);
        HttpClient member = as(u"member"_s);
        QCOMPARE(member
                     .post(endpoints::CreateCode.url(),
                           {{u"kind"_s, u"days"_s}, {u"tier"_s, u"member"_s}, {u"amount"_s, 30}})
                     .status,
                 403);
        const QString code =
            admin
                .post(endpoints::CreateCode.url(),
                      {{u"kind"_s, u"days"_s}, {u"tier"_s, u"premium"_s}, {u"amount"_s, 30}, {u"maxUses"_s, 2}})
                .json[u"code"_s]
                .toString();
        QCOMPARE(code.size(), 19); // XXXX-XXXX-XXXX-XXXX
        HttpClient a = as(u"free"_s);
        const HttpResponse redeemed = a.post(endpoints::Redeem.url(), {{u"code"_s, code.toLower()}});
        QCOMPARE(redeemed.status, 200);
        QCOMPARE(redeemed.json[u"membership"_s][u"tier"_s].toString(), u"premium"_s);
        QCOMPARE(a.post(endpoints::Redeem.url(), {{u"code"_s, code}}).errorCode(), u"already_redeemed"_s);
        HttpClient b = as(u"premium"_s);
        QCOMPARE(b.post(endpoints::Redeem.url(), {{u"code"_s, code}}).status, 200);
        HttpClient c = as(u"author"_s);
        QCOMPARE(c.post(endpoints::Redeem.url(), {{u"code"_s, code}}).errorCode(), u"code_used_up"_s);

        const QString soon =
            admin
                .post(endpoints::CreateCode.url(),
                      {{u"kind"_s, u"days"_s},
                       {u"tier"_s, u"member"_s},
                       {u"amount"_s, 7},
                       {u"expiresAt"_s, QDateTime::currentDateTimeUtc().addDays(1).toString(Qt::ISODate)}})
                .json[u"code"_s]
                .toString();
        setClock(QDateTime::currentDateTimeUtc().addDays(2));
        HttpClient late = as(u"admin"_s);
        QCOMPARE(late.post(endpoints::Redeem.url(), {{u"code"_s, soon}}).status, 410);
        setClock(QDateTime::currentDateTimeUtc());

        // Guessing: a few wrong codes, then even a right one waits.
        HttpClient guesser = as(u"member"_s);
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(
                guesser.post(endpoints::Redeem.url(), {{u"code"_s, u"AAAA-BBBB-CCCC-%1"_s.arg(i, 4, 10, QChar(u'0'))}})
                    .errorCode(),
                u"invalid_code"_s);
        }
        const HttpResponse blocked = guesser.post(endpoints::Redeem.url(), {{u"code"_s, code}});
        QCOMPARE(blocked.status, 429);
        QVERIFY(blocked.headers.contains("retry-after"));
        QCOMPARE(guesser.post(endpoints::Redeem.url(), {{u"code"_s, 7}}).status, 400);
    }

    void points_areCappedPerDay()
    {
        HttpClient asker = as(u"premium"_s);
        HttpClient answerer = as(u"author"_s);
        const qint64 before = answerer.get(endpoints::MyStanding.url()).json[u"standing"_s][u"points"_s].toInteger();
        for (int i = 0; i < 7; ++i) {
            const qint64 q =
                asker
                    .post(endpoints::AskQuestion.url(), {{u"title"_s, u"Question %1"_s.arg(i)}, {u"body"_s, u"Why?"_s}})
                    .json[u"question"_s][u"id"_s]
                    .toInteger();
            QCOMPARE(answerer.post(endpoints::AnswerQuestion.url(q), {{u"body"_s, u"Because."_s}}).status, 201);
        }
        // Seven answers at 5 points each, but at most 25 a day.
        const qint64 after = answerer.get(endpoints::MyStanding.url()).json[u"standing"_s][u"points"_s].toInteger();
        QCOMPARE(after - before, 25);
        const QJsonArray ledger = answerer.get(endpoints::MyPoints.url()).json[u"ledger"_s].toArray();
        QCOMPARE(ledger.first()[u"action"_s].toString(), u"answer"_s);

        // Publishing: 10 points an article, at most 30 a day; the first one earns a badge.
        for (int i = 0; i < 4; ++i) {
            QCOMPARE(
                answerer
                    .post(endpoints::CreateArticle.url(), {{u"title"_s, u"Note %1"_s.arg(i)}, {u"body"_s, u"Text."_s}})
                    .status,
                201);
        }
        const QJsonObject standing = answerer.get(endpoints::MyStanding.url()).json[u"standing"_s].toObject();
        QCOMPARE(standing[u"points"_s].toInteger() - after, 30);
        QVERIFY(standing[u"badges"_s].toArray().contains(u"first_post"_s));
        QVERIFY(standing[u"level"_s].toInt() >= 2); // 55+ points: past the 50-point threshold
    }

    void streaks_followTheMembersTimeZone_acrossMidnight()
    {
        HttpClient member = as(u"member"_s);
        QCOMPARE(member.post(endpoints::SetTimezone.url(), {{u"timezone"_s, u"Mars/Olympus"_s}}).status, 400);
        QCOMPARE(member.post(endpoints::SetTimezone.url(), {{u"timezone"_s, u"Asia/Shanghai"_s}}).status, 200);
        auto checkIn = [&](const QString &atUtc) {
            setClock(utc(atUtc));
            HttpClient c = as(u"member"_s);
            return c.post(endpoints::CheckIn.url(), {{u"note"_s, u"learnt something"_s}});
        };
        // 23:50 in Shanghai on 1 January.
        HttpResponse r = checkIn(u"2030-01-01T15:50:00Z"_s);
        QCOMPARE(r.status, 201);
        QCOMPARE(r.json[u"standing"_s][u"streak"_s].toInt(), 1);
        QCOMPARE(checkIn(u"2030-01-01T15:55:00Z"_s).errorCode(), u"already_checked_in"_s);
        // 00:10 on 2 January there, still 1 January in UTC: a new day for this member.
        r = checkIn(u"2030-01-01T16:10:00Z"_s);
        QCOMPARE(r.status, 201);
        QCOMPARE(r.json[u"standing"_s][u"streak"_s].toInt(), 2);
        // 3 January skipped: the streak starts again.
        r = checkIn(u"2030-01-03T16:10:00Z"_s);
        QCOMPARE(r.json[u"standing"_s][u"streak"_s].toInt(), 1);
        HttpClient c = as(u"member"_s);
        QCOMPARE(c.get(endpoints::MyCheckins.url() + u"?month=2030-01"_s).json[u"days"_s].toArray(),
                 (QJsonArray{u"2030-01-01"_s, u"2030-01-02"_s, u"2030-01-04"_s}));
        QCOMPARE(c.get(endpoints::MyCheckins.url() + u"?month=January"_s).status, 400);
        QCOMPARE(c.post(endpoints::CheckIn.url(), {{u"note"_s, QString(281, u'x')}}).status, 400);

        // The same two moments for a member on UTC are one day: the second check-in is refused.
        HttpClient utcMember = as(u"premium"_s);
        QCOMPARE(utcMember.post(endpoints::SetTimezone.url(), {{u"timezone"_s, u"UTC"_s}}).status, 200);
        setClock(utc(u"2031-05-05T15:50:00Z"_s));
        HttpClient first = as(u"premium"_s);
        QCOMPARE(first.post(endpoints::CheckIn.url(), QJsonObject{}).status, 201);
        setClock(utc(u"2031-05-05T16:10:00Z"_s));
        HttpClient second = as(u"premium"_s);
        QCOMPARE(second.post(endpoints::CheckIn.url(), QJsonObject{}).errorCode(), u"already_checked_in"_s);
    }

    void bounty_movesExactlyOnce_underConcurrentAccepts()
    {
        // The asker earns points to offer (a check-in), then asks with a bounty.
        HttpClient asker = as(u"admin"_s);
        asker.post(endpoints::CheckIn.url(), QJsonObject{});
        const qint64 balance = asker.get(endpoints::MyStanding.url()).json[u"standing"_s][u"points"_s].toInteger();
        QVERIFY(balance >= 5);
        QCOMPARE(asker
                     .post(endpoints::AskQuestion.url(),
                           {{u"title"_s, u"t"_s}, {u"body"_s, u"b"_s}, {u"bounty"_s, balance + 1}})
                     .errorCode(),
                 u"not_enough_points"_s);
        const qint64 q = asker
                             .post(endpoints::AskQuestion.url(), {{u"title"_s, u"Why does my QTimer not fire?"_s},
                                                                  {u"body"_s, u"In a thread."_s},
                                                                  {u"bounty"_s, 5},
                                                                  {u"expert"_s, u"author"_s}})
                             .json[u"question"_s][u"id"_s]
                             .toInteger();
        QCOMPARE(asker.get(endpoints::MyStanding.url()).json[u"standing"_s][u"points"_s].toInteger(), balance - 5);
        QList<qint64> answers;
        for (const QString &user : {u"member"_s, u"premium"_s, u"author"_s}) {
            HttpClient c = as(user);
            answers.append(c.post(endpoints::AnswerQuestion.url(q), {{u"body"_s, u"Start its event loop."_s}})
                               .json[u"answer"_s][u"id"_s]
                               .toInteger());
        }
        HttpClient stranger = as(u"premium"_s);
        QCOMPARE(stranger.post(endpoints::AcceptAnswer.url(answers[1]), QJsonObject{}).status, 403);

        QList<std::pair<QString, QString>> accepts;
        for (int round = 0; round < 3; ++round) {
            for (qint64 a : answers) {
                accepts.append({u"admin"_s, endpoints::AcceptAnswer.url(a)});
            }
        }
        const QList<int> statuses = concurrently(accepts, {});
        QCOMPARE(statuses.count(200), 1);
        QCOMPARE(statuses.count(409), statuses.size() - 1);

        const QJsonObject question = asker.get(endpoints::GetQuestion.url(q)).json[u"question"_s].toObject();
        const qint64 accepted = question[u"acceptedAnswerId"_s].toInteger();
        QVERIFY(answers.contains(accepted));
        int bounties = 0;
        for (const QString &user : {u"member"_s, u"premium"_s, u"author"_s}) {
            HttpClient c = as(user);
            for (const QJsonValue &e : c.get(endpoints::MyPoints.url()).json[u"ledger"_s].toArray()) {
                bounties += e[u"action"_s].toString() == u"bounty"_s ? e[u"points"_s].toInt() : 0;
            }
        }
        QCOMPARE(bounties, 5);
        QCOMPARE(asker.get(endpoints::MyStanding.url()).json[u"standing"_s][u"points"_s].toInteger(), balance - 5);
    }

    void eventCapacity_holds_underConcurrentRsvps()
    {
        HttpClient author = as(u"author"_s);
        HttpClient member = as(u"member"_s);
        const QJsonObject event{{u"title"_s, u"Live: Qt 6 threading"_s},
                                {u"startsAt"_s, QDateTime::currentDateTimeUtc().addDays(3).toString(Qt::ISODate)},
                                {u"timezone"_s, u"Asia/Shanghai"_s},
                                {u"capacity"_s, 3},
                                {u"joinUrl"_s, u"https://meet.example.org/qt6"_s},
                                {u"requiredTier"_s, u"free"_s}}; // open to all: this is about seats
        QCOMPARE(member.post(endpoints::CreateEvent.url(), event).status, 403);
        for (const auto &[key, bad] :
             {std::pair{u"joinUrl"_s, QJsonValue(u"javascript:alert(1)"_s)},
              std::pair{u"timezone"_s, QJsonValue(u"Nowhere/Else"_s)}, std::pair{u"capacity"_s, QJsonValue(0)},
              std::pair{u"startsAt"_s, QJsonValue(u"tomorrow"_s)}}) {
            QJsonObject broken = event;
            broken[key] = bad;
            QVERIFY2(author.post(endpoints::CreateEvent.url(), broken).status == 400, qPrintable(key));
        }
        const qint64 id = author.post(endpoints::CreateEvent.url(), event).json[u"event"_s][u"id"_s].toInteger();
        QVERIFY(id > 0);
        const QString path = endpoints::Rsvp.url(id);
        QList<std::pair<QString, QString>> rsvps;
        for (const QString &user : {u"free"_s, u"member"_s, u"premium"_s, u"author"_s, u"admin"_s}) {
            rsvps.append({user, path});
            rsvps.append({user, path}); // twice each: an RSVP is idempotent
        }
        const QList<int> statuses = concurrently(rsvps, {{u"going"_s, true}});
        QCOMPARE(statuses.count(409) + statuses.count(200), statuses.size());
        const QJsonArray events = member.get(endpoints::ListEvents.url()).json[u"events"_s].toArray();
        QJsonObject seen;
        for (const QJsonValue &e : events) {
            if (e[u"id"_s].toInteger() == id) {
                seen = e.toObject();
            }
        }
        QCOMPARE(seen[u"attending"_s].toInt(), 3);
        int going = 0;
        for (const QString &user : {u"free"_s, u"member"_s, u"premium"_s, u"author"_s, u"admin"_s}) {
            HttpClient c = as(user);
            for (const QJsonValue &e : c.get(endpoints::ListEvents.url()).json[u"events"_s].toArray()) {
                going += e[u"id"_s].toInteger() == id && e[u"going"_s].toBool() ? 1 : 0;
            }
        }
        QCOMPARE(going, 3);
        // Someone going gives their seat back; another takes it.
        QCOMPARE(member.post(endpoints::Rsvp.url(987654), {{u"going"_s, true}}).status, 404);
        QCOMPARE(member.post(path, {{u"going"_s, u"yes"_s}}).status, 400);
    }

    void pastEvents_listedApart_latestFirst_andClosedToRsvps()
    {
        HttpClient author = as(u"author"_s);
        HttpClient member = as(u"member"_s);
        QJsonObject event{{u"title"_s, u"Held: a week ago"_s},
                          {u"startsAt"_s, QDateTime::currentDateTimeUtc().addDays(2).toString(Qt::ISODate)},
                          {u"timezone"_s, u"Europe/Berlin"_s},
                          {u"capacity"_s, 10},
                          {u"joinUrl"_s, u"https://meet.example.org/held"_s},
                          {u"requiredTier"_s, u"free"_s}};
        const qint64 weekAgo = author.post(endpoints::CreateEvent.url(), event).json[u"event"_s][u"id"_s].toInteger();
        QCOMPARE(member.post(endpoints::Rsvp.url(weekAgo), {{u"going"_s, true}}).status, 200);
        event[u"startsAt"_s] = QDateTime::currentDateTimeUtc().addDays(-7).toString(Qt::ISODate);
        QCOMPARE(author.patch(endpoints::UpdateEvent.url(weekAgo), event).status, 200);
        event[u"title"_s] = u"Held: yesterday"_s;
        event[u"startsAt"_s] = QDateTime::currentDateTimeUtc().addDays(-1).toString(Qt::ISODate);
        const qint64 yesterday = author.post(endpoints::CreateEvent.url(), event).json[u"event"_s][u"id"_s].toInteger();
        QVERIFY(weekAgo > 0 && yesterday > 0);

        const auto ids = [&member](const QString &path) {
            QList<qint64> list;
            for (const QJsonValue &e : member.get(path).json[u"events"_s].toArray()) {
                list.append(e[u"id"_s].toInteger());
            }
            return list;
        };
        const QList<qint64> upcoming = ids(endpoints::ListEvents.url());
        QVERIFY(!upcoming.contains(weekAgo) && !upcoming.contains(yesterday));
        const QList<qint64> past = ids(endpoints::ListEvents.url() + u"?past=true"_s);
        QVERIFY(past.indexOf(yesterday) >= 0 && past.indexOf(yesterday) < past.indexOf(weekAgo)); // latest first
        // Those who came are still counted; nobody RSVPs to what has taken place, nor takes their seat back.
        const HttpResponse held = member.get(endpoints::ListEvents.url() + u"?past=true"_s);
        for (const QJsonValue &e : held.json[u"events"_s].toArray()) {
            if (e[u"id"_s].toInteger() == weekAgo) {
                QCOMPARE(e[u"attending"_s].toInt(), 1);
                QVERIFY(e[u"going"_s].toBool());
            }
        }
        QCOMPARE(member.post(endpoints::Rsvp.url(yesterday), {{u"going"_s, true}}).status, 409);
        QCOMPARE(member.post(endpoints::Rsvp.url(weekAgo), {{u"going"_s, false}}).status, 409);
        QCOMPARE(member.get(endpoints::ListEvents.url() + u"?past=maybe"_s).status, 400);
    }

    void qaAndEvents_areBenefitsOfTheirTier()
    {
        // The catalogue sells Q&A with Member and live sessions with Premium, and says so in features.
        HttpClient admin = as(u"admin"_s);
        QCOMPARE(admin.post(endpoints::SetMemberTier.url(memberId(u"free"_s)), {{u"tier"_s, u"free"_s}, {u"days"_s, 0}})
                     .status,
                 200); // whatever earlier tests gave
        QCOMPARE(
            admin.post(endpoints::SetMemberTier.url(memberId(u"member"_s)), {{u"tier"_s, u"member"_s}, {u"days"_s, 30}})
                .status,
            200);
        HttpClient free = as(u"free"_s);
        QHash<QString, QStringList> features;
        for (const QJsonValue &t : free.get(endpoints::ListTiers.url()).json[u"tiers"_s].toArray()) {
            features.insert(t[u"tier"_s].toString(), t[u"features"_s].toVariant().toStringList());
        }
        QCOMPARE(features.value(u"member"_s), QStringList{u"qa"_s});
        QCOMPARE(features.value(u"premium"_s), QStringList{u"events"_s});

        HttpClient member = as(u"member"_s);
        HttpClient premium = as(u"premium"_s);
        HttpClient author = as(u"author"_s);
        const QString secretBody = u"CANARY-QA-BODY-7f3a: the member's whole question"_s;
        QCOMPARE(
            free.post(endpoints::AskQuestion.url(), {{u"title"_s, u"Free asks"_s}, {u"body"_s, u"b"_s}}).errorCode(),
            u"membership_required"_s);
        const QJsonObject asked =
            member
                .post(endpoints::AskQuestion.url(), {{u"title"_s, u"How do I profile QML?"_s}, {u"body"_s, secretBody}})
                .json[u"question"_s]
                .toObject();
        QCOMPARE(asked[u"requiredTier"_s].toString(), u"member"_s);
        const qint64 q = asked[u"id"_s].toInteger();
        QVERIFY(q > 0);
        // Only authors and admins choose a question's tier.
        QCOMPARE(member
                     .post(endpoints::AskQuestion.url(),
                           {{u"title"_s, u"t"_s}, {u"body"_s, u"b"_s}, {u"requiredTier"_s, u"free"_s}})
                     .status,
                 403);

        // The free member sees that it exists, not what it says; every other path is closed.
        const HttpResponse list = free.get(endpoints::ListQuestions.url());
        QCOMPARE(list.status, 200);
        QVERIFY(!list.body.contains("CANARY-QA-BODY"));
        bool listed = false;
        for (const QJsonValue &v : list.json[u"questions"_s].toArray()) {
            if (v[u"id"_s].toInteger() == q) {
                listed = true;
                QVERIFY(v[u"locked"_s].toBool());
                QVERIFY(v[u"body"_s].toString().isEmpty());
            }
        }
        QVERIFY(listed);
        const HttpResponse detail = free.get(endpoints::GetQuestion.url(q));
        QCOMPARE(detail.status, 403);
        QCOMPARE(detail.errorCode(), u"membership_required"_s);
        QVERIFY(!detail.body.contains("CANARY-QA-BODY"));
        QCOMPARE(free.post(endpoints::AnswerQuestion.url(q), {{u"body"_s, u"me too"_s}}).status, 403);
        const qint64 answer = premium.post(endpoints::AnswerQuestion.url(q), {{u"body"_s, u"Use the profiler."_s}})
                                  .json[u"answer"_s][u"id"_s]
                                  .toInteger();
        QVERIFY(answer > 0);
        QCOMPARE(free.post(endpoints::VoteAnswer.url(answer), {{u"value"_s, 1}}).status, 403);
        QCOMPARE(member.post(endpoints::VoteAnswer.url(answer), {{u"value"_s, 1}}).status, 200);
        QCOMPARE(member.get(endpoints::GetQuestion.url(q)).json[u"question"_s][u"body"_s].toString(), secretBody);

        // A premium-only question, set by an author, is closed to members too.
        const qint64 deep = author
                                .post(endpoints::AskQuestion.url(), {{u"title"_s, u"Premium deep dive Q&A"_s},
                                                                     {u"body"_s, u"CANARY-QA-PREMIUM"_s},
                                                                     {u"requiredTier"_s, u"premium"_s}})
                                .json[u"question"_s][u"id"_s]
                                .toInteger();
        QCOMPARE(member.get(endpoints::GetQuestion.url(deep)).status, 403);
        QVERIFY(!member.get(endpoints::ListQuestions.url()).body.contains("CANARY-QA-PREMIUM"));
        QCOMPARE(premium.get(endpoints::GetQuestion.url(deep)).status, 200);

        // Events: listed for everyone, the seat and the link for the tier that sells them.
        const QJsonObject event{{u"title"_s, u"Live: the Qt event loop"_s},
                                {u"startsAt"_s, QDateTime::currentDateTimeUtc().addDays(2).toString(Qt::ISODate)},
                                {u"timezone"_s, u"Asia/Shanghai"_s},
                                {u"capacity"_s, 50},
                                {u"joinUrl"_s, u"https://meet.example.org/CANARY-JOIN-LINK"_s}};
        const QJsonObject created = author.post(endpoints::CreateEvent.url(), event).json[u"event"_s].toObject();
        QCOMPARE(created[u"requiredTier"_s].toString(), u"premium"_s);
        const qint64 e = created[u"id"_s].toInteger();
        for (HttpClient *c : {&free, &member}) {
            const HttpResponse events = c->get(endpoints::ListEvents.url());
            QVERIFY(!events.body.contains("CANARY-JOIN-LINK"));
            bool seen = false;
            for (const QJsonValue &v : events.json[u"events"_s].toArray()) {
                seen = seen || (v[u"id"_s].toInteger() == e && v[u"locked"_s].toBool());
            }
            QVERIFY(seen);
            const HttpResponse rsvp = c->post(endpoints::Rsvp.url(e), {{u"going"_s, true}});
            QCOMPARE(rsvp.status, 403);
            QVERIFY(!rsvp.body.contains("CANARY-JOIN-LINK"));
        }
        const HttpResponse going = premium.post(endpoints::Rsvp.url(e), {{u"going"_s, true}});
        QCOMPARE(going.status, 200);
        QVERIFY(going.body.contains("CANARY-JOIN-LINK"));
        QVERIFY(premium.get(endpoints::ListEvents.url()).body.contains("CANARY-JOIN-LINK"));
        QJsonObject badTier = event;
        badTier[u"requiredTier"_s] = u"gold"_s;
        QCOMPARE(author.post(endpoints::CreateEvent.url(), badTier).status, 400);
    }

    void digest_andPinnedPosts()
    {
        HttpClient author = as(u"author"_s);
        const HttpResponse created =
            author.post(endpoints::CreateArticle.url(), {{u"title"_s, u"精华：线程安全的单例"_s},
                                                         {u"body"_s, u"Use a function-local static."_s},
                                                         {u"featured"_s, true},
                                                         {u"pinned"_s, true}});
        QCOMPARE(created.status, 201);
        const qint64 id = created.json[u"article"_s][u"id"_s].toInteger();
        QVERIFY(created.json[u"article"_s][u"featured"_s].toBool());
        QVERIFY(created.json[u"article"_s][u"pinned"_s].toBool());
        QCOMPARE(author
                     .post(endpoints::CreateArticle.url(),
                           {{u"title"_s, u"t"_s}, {u"body"_s, u"b"_s}, {u"featured"_s, u"yes"_s}})
                     .status,
                 400);
        HttpClient member = as(u"member"_s);
        const QJsonArray digest =
            member.get(endpoints::ListArticles.url() + u"?featured=true&limit=100"_s).json[u"articles"_s].toArray();
        QVERIFY(!digest.isEmpty());
        for (const QJsonValue &a : digest) {
            QVERIFY(a[u"featured"_s].toBool());
        }
        QCOMPARE(member.get(endpoints::ListArticles.url() + u"?featured=maybe"_s).status, 400);
        QCOMPARE(member.patch(endpoints::EditArticle.url(id), {{u"pinned"_s, false}}).status, 403);
        const HttpResponse unpinned = author.patch(endpoints::EditArticle.url(id), {{u"pinned"_s, false}});
        QVERIFY(!unpinned.json[u"article"_s][u"pinned"_s].toBool());
        QVERIFY(unpinned.json[u"article"_s][u"featured"_s].toBool()); // untouched

        const qint64 q =
            member.post(endpoints::AskQuestion.url(), {{u"title"_s, u"Singleton?"_s}, {u"body"_s, u"How?"_s}})
                .json[u"question"_s][u"id"_s]
                .toInteger();
        const qint64 a = author.post(endpoints::AnswerQuestion.url(q), {{u"body"_s, u"Meyers."_s}})
                             .json[u"answer"_s][u"id"_s]
                             .toInteger();
        QCOMPARE(member.post(endpoints::FeatureAnswer.url(a), {{u"featured"_s, true}}).status, 403);
        QCOMPARE(author.post(endpoints::FeatureAnswer.url(a), {{u"featured"_s, 1}}).status, 400);
        QVERIFY(author.post(endpoints::FeatureAnswer.url(a), {{u"featured"_s, true}})
                    .json[u"answer"_s][u"featured"_s]
                    .toBool());
        QCOMPARE(author.post(endpoints::FeatureAnswer.url(987654), {{u"featured"_s, true}}).status, 404);
    }

    void feedback_reachesAdmins_andTheAnswerComesBack()
    {
        HttpClient member = as(u"member"_s);
        QCOMPARE(member.post(endpoints::SendFeedback.url(), {{u"kind"_s, u"rant"_s}, {u"body"_s, u"x"_s}}).status, 400);
        const qint64 id =
            member.post(endpoints::SendFeedback.url(), {{u"kind"_s, u"bug"_s}, {u"body"_s, u"The video stutters."_s}})
                .json[u"feedback"_s][u"id"_s]
                .toInteger();
        QCOMPARE(member.get(endpoints::ListFeedback.url()).status, 403);
        HttpClient admin = as(u"admin"_s);
        QCOMPARE(admin.get(endpoints::ListFeedback.url()).json[u"feedback"_s].toArray().first()[u"body"_s].toString(),
                 u"The video stutters."_s);
        QCOMPARE(admin.post(endpoints::AnswerFeedback.url(id), {{u"answer"_s, u"Fixed in 1.1."_s}}).status, 200);
        bool told = false;
        for (const QJsonValue &n : member.get(endpoints::MyNotifications.url()).json[u"notifications"_s].toArray()) {
            if (n[u"kind"_s].toString() == u"feedback.answered"_s) {
                told = true;
                QCOMPARE(n[u"target"_s][u"kind"_s].toString(), u"feedback"_s); // opens the feedback itself
                QCOMPARE(n[u"target"_s][u"id"_s].toInteger(), id);
            }
        }
        QVERIFY(told);
        // Admins' member list and its CSV export.
        const HttpResponse csv = admin.get(endpoints::ExportMembers.url());
        QCOMPARE(csv.status, 200);
        QVERIFY(csv.body.startsWith("id,username,"));
        QVERIFY2(csv.body.contains("\"member\""), csv.body.left(600).constData());
        QCOMPARE(member.get(endpoints::ExportMembers.url()).status, 403);
    }
};

QTEST_GUILESS_MAIN(TestServerMembership)
#include "tst_server_membership.moc"
