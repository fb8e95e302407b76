// Client services against canned answers (no server): what ApiClient sends for each call and how
// the services read what comes back, including the answers a live server rarely gives on demand —
// an expired token mid-call, a refresh refused, a lost answer, an answer this version cannot read.

#include "net/apiclient.h"
#include "protocol/api/engagement.h"
#include "protocol/api/membership.h"
#include "protocol/endpoints.h"
#include "protocol/errorcodes.h"
#include "services/accountservice.h"
#include "services/adminservice.h"
#include "services/communityservice.h"
#include "services/reportservice.h"
#include "services/writeoutbox.h"
#include "storage/localcache.h"
#include "support/cachewait.h"
#include "support/cannedtransport.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using namespace guild;
using namespace guild::app;
using namespace guild::protocol;
namespace endpoints = guild::protocol::endpoints;
using test::CannedTransport;

namespace {

engagement::Question question(qint64 id, const QString &title)
{
    engagement::Question q;
    q.id = id;
    q.title = title;
    q.askerName = u"Mei"_s;
    q.createdAt = QDateTime::currentDateTimeUtc();
    return q;
}

QJsonObject tokens(const QString &access, const QString &refresh)
{
    return AuthTokens{access, refresh, 900, User{4, u"member"_s, u"Mei Member"_s, Role::Member}}.toJson();
}

} // namespace

class TestClientServices : public QObject
{
    Q_OBJECT

    CannedTransport m_transport;
    std::unique_ptr<ApiClient> m_api;
    QTemporaryDir m_dir;
    LocalCache m_cache;
    std::unique_ptr<WriteOutbox> m_writes;

private Q_SLOTS:
    void initTestCase() { QCOMPARE(test::openCache(m_cache, m_dir.filePath(u"cache.sqlite"_s)), QString()); }

    void init()
    {
        m_transport.requests.clear();
        m_api = std::make_unique<ApiClient>();
        m_api->setBaseUrl(QUrl(u"https://guild.example"_s));
        m_api->setTransport(&m_transport);
        m_api->setTokens(u"access-1"_s, u"refresh-1"_s);
        m_writes = std::make_unique<WriteOutbox>(*m_api, m_cache);
        m_writes->start();
    }
    void cleanup()
    {
        m_writes.reset();
        m_api.reset();
        QCOMPARE(m_transport.unanswered(), 0); // every canned answer was asked for
    }

    void call_sendsTheRequest_andDecodesTheTypedAnswer()
    {
        AccountService account(*m_api, m_cache, *m_writes);
        const QList<engagement::LeaderboardEntry> leaders{{1, u"小明"_s, 120}, {4, u"Mei"_s, 7}};
        m_transport.answer(endpoints::Leaderboard, endpoints::Leaderboard.url(), 200, LeaderList{leaders}.toJson());
        QSignalSpy loaded(&account, &AccountService::leaderboardLoaded);
        account.loadLeaderboard(u"week"_s);
        QVERIFY(loaded.wait());
        QCOMPARE(loaded.first().at(0).toString(), u"week"_s);
        const auto got = loaded.first().at(1).value<QList<engagement::LeaderboardEntry>>();
        QCOMPARE(got.size(), 2);
        QCOMPARE(got.at(0).name, u"小明"_s);
        QCOMPARE(got.at(1).points, 7);

        QCOMPARE(m_transport.requests.size(), 1);
        const TransportRequest &sent = m_transport.requests.first();
        QCOMPARE(sent.method, "GET");
        QCOMPARE(QUrlQuery(sent.url).queryItemValue(u"period"_s), u"week"_s);
        QCOMPARE(sent.header("Authorization"), "Bearer access-1");
        QVERIFY(sent.header("Idempotency-Key").isEmpty()); // reads need none
    }

    void invalidInput_isRefusedBeforeSending()
    {
        CommunityService community(*m_api, m_cache, *m_writes);
        QSignalSpy notice(&community, &CommunityService::notice);
        community.sendFeedback(u"bug"_s, QString()); // the server requires a body
        QVERIFY(notice.wait());
        QCOMPARE(notice.first().at(1).toBool(), false);
        QVERIFY(!notice.first().at(0).toString().isEmpty());
        QVERIFY(m_transport.requests.isEmpty());
    }

    void expiredAccess_refreshesOnce_andReplaysEveryWaitingCall()
    {
        CommunityService community(*m_api, m_cache, *m_writes);
        AdminService admin(*m_api);
        m_transport.refuse(endpoints::ListQuestions, endpoints::ListQuestions.url(), 401, errors::TokenExpired);
        m_transport.refuse(endpoints::ListMembers, endpoints::ListMembers.url(), 401, errors::TokenExpired);
        m_transport.answer(endpoints::Refresh, endpoints::Refresh.url(), 200, tokens(u"access-2"_s, u"refresh-2"_s));
        m_transport.answer(endpoints::ListQuestions, endpoints::ListQuestions.url(), 200,
                           QuestionList{{question(1, u"RAII?"_s)}}.toJson());
        m_transport.answer(endpoints::ListMembers, endpoints::ListMembers.url(), 200, MemberList{}.toJson());
        QSignalSpy rotated(m_api.get(), &ApiClient::tokensRotated);
        QSignalSpy questions(&community, &CommunityService::questionsLoaded);
        QSignalSpy members(&admin, &AdminService::membersLoaded);
        community.loadQuestions();
        admin.searchMembers(QString());
        QVERIFY(questions.wait());
        QTRY_COMPARE(members.size(), 1);
        QCOMPARE(questions.first().at(0).value<QList<engagement::Question>>().first().title, u"RAII?"_s);
        QCOMPARE(rotated.size(), 1);
        QCOMPARE(rotated.first().at(0).toString(), u"refresh-2"_s);
        QCOMPARE(m_api->accessToken(), u"access-2"_s);

        // Two calls refused, one refresh, two replays with the new token.
        QStringList paths;
        for (const TransportRequest &r : std::as_const(m_transport.requests)) {
            paths.append(r.url.path());
        }
        QCOMPARE(paths.count(endpoints::Refresh.url()), 1);
        QCOMPARE(m_transport.requests.size(), 5);
        const QJsonObject refreshBody = QJsonDocument::fromJson(m_transport.requests.at(2).body).object();
        QCOMPARE(RefreshRequest::fromJson(refreshBody, nullptr)->refreshToken, u"refresh-1"_s);
        QCOMPARE(m_transport.requests.at(3).header("Authorization"), "Bearer access-2");
        QCOMPARE(m_transport.requests.at(4).header("Authorization"), "Bearer access-2");
    }

    void refusedRefresh_endsTheSession()
    {
        CommunityService community(*m_api, m_cache, *m_writes);
        m_transport.refuse(endpoints::ListEvents, endpoints::ListEvents.url(), 401, errors::TokenExpired);
        m_transport.refuse(endpoints::Refresh, endpoints::Refresh.url(), 401, errors::TokenReused);
        QSignalSpy expired(m_api.get(), &ApiClient::sessionExpired);
        QSignalSpy notice(&community, &CommunityService::notice);
        community.loadEvents();
        QVERIFY(expired.wait());
        QTRY_COMPARE(notice.size(), 1);
        QCOMPARE(notice.first().at(0).toString(), expired.first().at(0).toString());
        QVERIFY(!m_api->hasSession());
        QVERIFY(m_api->accessToken().isEmpty());
    }

    void lostAnswer_sendsTheSameKeyAgain_andAFreshOneAfterAnAnswer()
    {
        // A write outside the outbox (a report): the member sends it again by hand, with the same key.
        ReportService reports(*m_api);
        QSignalSpy online(m_api.get(), &ApiClient::onlineChanged);
        QSignalSpy notice(&reports, &ReportService::notice);
        const QJsonObject reported = ModerationReportReply{{}}.toJson();
        m_transport.fail(endpoints::ReportContent, endpoints::ReportContent.url(), CannedTransport::Failure::Timeout);
        reports.report(u"comment"_s, 7, u"spam"_s);
        QVERIFY(notice.wait());
        QCOMPARE(notice.last().at(1).toBool(), false);
        QCOMPARE(online.size(), 1);
        QCOMPARE(online.last().at(0).toBool(), false);
        QVERIFY(!m_api->isOnline());

        m_transport.answer(endpoints::ReportContent, endpoints::ReportContent.url(), 201, reported);
        reports.report(u"comment"_s, 7, u"spam"_s);
        QVERIFY(notice.wait());
        QCOMPARE(notice.last().at(1).toBool(), true);
        QVERIFY(m_api->isOnline());
        const QByteArray first = m_transport.requests.at(0).header("Idempotency-Key");
        QVERIFY(!first.isEmpty());
        QCOMPARE(m_transport.requests.at(1).header("Idempotency-Key"), first);

        // Answered now: the same text again is a new request, with a new key.
        m_transport.answer(endpoints::ReportContent, endpoints::ReportContent.url(), 201, reported);
        reports.report(u"comment"_s, 7, u"spam"_s);
        QVERIFY(notice.wait());
        QVERIFY(m_transport.requests.at(2).header("Idempotency-Key") != first);
    }

    void unreadableAnswer_saysGuildMayNeedAnUpdate()
    {
        CommunityService community(*m_api, m_cache, *m_writes);
        m_transport.answer(endpoints::ListQuestions, endpoints::ListQuestions.url(), 200,
                           {{u"questions"_s, u"not a list"_s}});
        QSignalSpy notice(&community, &CommunityService::notice);
        QSignalSpy loaded(&community, &CommunityService::questionsLoaded);
        community.loadQuestions();
        QVERIFY(notice.wait());
        QCOMPARE(notice.first().at(0).toString(), ApiClient::unreadableAnswerMessage());
        QCOMPARE(loaded.size(), 0);
    }

    void serverRefusals_becomeMessagesAMemberCanActOn()
    {
        AdminService admin(*m_api);
        QSignalSpy notice(&admin, &AdminService::notice);
        m_transport.refuse(endpoints::ListMembers, endpoints::ListMembers.url(), 429, errors::RateLimited,
                           {{"Retry-After", "7"}});
        admin.searchMembers(u"mei"_s);
        QVERIFY(notice.wait());
        QVERIFY(notice.last().at(0).toString().contains(u"7"_s));
        m_transport.refuse(endpoints::ListMembers, endpoints::ListMembers.url(), 403, errors::MembershipRequired);
        admin.searchMembers(u"mei"_s);
        QVERIFY(notice.wait());
        QCOMPARE(notice.last().at(0).toString(), ApiClient::messageFor({403, errors::MembershipRequired, {}}));
        m_transport.refuse(endpoints::ListMembers, endpoints::ListMembers.url(), 500, u"internal"_s);
        admin.searchMembers(u"mei"_s);
        QVERIFY(notice.wait());
        QVERIFY(notice.last().at(0).toString().contains(u"500"_s));
        QVERIFY(m_api->isOnline()); // refused, but the server answered
        // The search text went as the query, trimmed and bounded.
        QCOMPARE(QUrlQuery(m_transport.requests.last().url).queryItemValue(u"q"_s), u"mei"_s);
    }

    void abortAll_cancelsWhatIsInFlight()
    {
        LocalCache empty; // nothing kept to show in place of what was cancelled
        QCOMPARE(test::openCache(empty, m_dir.filePath(u"empty.sqlite"_s)), QString());
        CommunityService community(*m_api, empty, *m_writes);
        QSignalSpy notice(&community, &CommunityService::notice);
        community.loadQuestions(); // nothing canned: would be a 404, but it is cancelled first
        m_api->abortAll();
        QTRY_COMPARE(notice.size(), 1); // after looking for a kept answer (there is none)
        QCOMPARE(notice.first().at(1).toBool(), false);
        QVERIFY(m_api->isOnline()); // cancelling is not losing the network
    }
};

QTEST_GUILESS_MAIN(TestClientServices)
#include "tst_clientservices.moc"
