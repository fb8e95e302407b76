// Every panel that reads from the server opens offline with what it showed last, says from when, and
// after a restart too; back online, the server's answer replaces the kept one (so the kept one follows
// the server's edits and deletions). Against a real guild-server with the demo community's life.

#include "net/apiclient.h"
#include "protocol/api/articles.h"
#include "protocol/api/engagement.h"
#include "protocol/endpoints.h"
#include "secrets/secretstore.h"
#include "services/accountservice.h"
#include "services/communityservice.h"
#include "services/discussionservice.h"
#include "services/writeoutbox.h"
#include "session.h"
#include "storage/localcache.h"
#include "support/cachewait.h"
#include "support/httpclient.h"
#include "support/signin.h"
#include "support/testserver.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace guild;
using namespace guild::app;
using namespace guild::protocol;
using namespace guild::protocol::engagement;
using guild::test::TestServer;
namespace endpoints = guild::protocol::endpoints;

namespace {

/// A member's client with the services whose panels read from the server.
struct Client
{
    ApiClient api;
    MemorySecretStore secrets;
    Session session{api, secrets};
    LocalCache cache;
    WriteOutbox writes{api, cache};
    CommunityService community{api, cache, writes};
    DiscussionService discussion{api, cache, writes};
    AccountService account{api, cache, writes};
};

/// What the panels showed: the sizes of each list, and the notices that came with them.
struct Shown
{
    qsizetype questions = -1;
    qsizetype answers = -1;
    qsizetype events = -1;
    qsizetype comments = -1;
    qsizetype ledger = -1;
    qsizetype leaders = -1;
    QStringList notices;
    QString commentsNote;
};

Shown readAll(Client &client, qint64 questionId, qint64 articleId)
{
    Shown shown;
    QSignalSpy notices(&client.community, &CommunityService::notice);
    QSignalSpy questions(&client.community, &CommunityService::questionsLoaded);
    QSignalSpy question(&client.community, &CommunityService::questionOpened);
    QSignalSpy events(&client.community, &CommunityService::eventsLoaded);
    QSignalSpy comments(&client.discussion, &DiscussionService::commentsLoaded);
    QSignalSpy commentsKept(&client.discussion, &DiscussionService::commentsKept);
    QSignalSpy ledger(&client.account, &AccountService::ledgerLoaded);
    QSignalSpy leaders(&client.account, &AccountService::leaderboardLoaded);
    client.community.loadQuestions();
    client.community.openQuestion(questionId);
    client.community.loadEvents();
    client.discussion.loadComments(articleId);
    client.account.loadLedger();
    client.account.loadLeaderboard(u"week"_s);
    if (!QTest::qWaitFor(
            [&] {
                return !questions.isEmpty() && !question.isEmpty() && !events.isEmpty() && !comments.isEmpty() &&
                       !ledger.isEmpty() && !leaders.isEmpty();
            },
            15000)) {
        return shown;
    }
    // The notices that go with a list are emitted by the same callback, just after it: here already.
    shown.questions = questions.first().at(0).value<QList<Question>>().size();
    shown.answers = question.first().at(0).value<Question>().answers.size();
    shown.events = events.first().at(0).value<QList<Event>>().size();
    shown.comments = comments.first().at(1).value<QList<Comment>>().size();
    shown.ledger = ledger.first().at(0).value<QList<PointsEntry>>().size();
    shown.leaders = leaders.first().at(1).value<QList<LeaderboardEntry>>().size();
    for (const auto &n : std::as_const(notices)) {
        shown.notices << n.at(0).toString();
    }
    shown.commentsNote = commentsKept.isEmpty() ? QString() : commentsKept.first().at(1).toString();
    return shown;
}

} // namespace

class TestKeptReads : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void everyPanel_opensOffline_withWhatItShowedLast_andFollowsTheServerOnline()
    {
        TestServer server(TestServer::Options{true, {}, nullptr, true});
        QVERIFY(server.start());
        test::HttpClient http = test::HttpClient::signedIn(server.baseUrl(), u"member"_s);
        qint64 articleId = 0;
        const auto feed = ArticleList::fromJson(http.get(endpoints::ListArticles.url() + u"?limit=50"_s).json);
        for (const Article &a : feed ? feed->items : QList<Article>{}) {
            if (a.commentCount > 0 && !a.locked) {
                articleId = a.id;
                break;
            }
        }
        const auto questions = QuestionList::fromJson(http.get(endpoints::ListQuestions.url()).json);
        qint64 questionId = 0;
        for (const Question &q : questions ? questions->items : QList<Question>{}) {
            questionId = q.answerCount > 0 && !q.locked ? q.id : questionId;
        }
        QVERIFY2(articleId > 0 && questionId > 0, "the demo's life has comments and answered questions");

        const QString cachePath = m_dir.filePath(u"kept.sqlite"_s);
        Shown online;
        {
            Client client;
            QVERIFY(test::signIn(client.session, server.baseUrl(), u"member"_s));
            QVERIFY(test::openCache(client.cache, cachePath).isEmpty());
            online = readAll(client, questionId, articleId);
            QVERIFY(online.questions > 0 && online.answers > 0 && online.events > 0 && online.comments > 0 &&
                    online.ledger > 0 && online.leaders > 0);
            QVERIFY(online.notices.isEmpty()); // fresh answers: nothing to say
            QVERIFY(online.commentsNote.isEmpty());

            QVERIFY(server.stop()); // offline: the same, and said to be what was last seen
            const Shown offline = readAll(client, questionId, articleId);
            QCOMPARE(offline.questions, online.questions);
            QCOMPARE(offline.answers, online.answers);
            QCOMPARE(offline.events, online.events);
            QCOMPARE(offline.comments, online.comments);
            QCOMPARE(offline.ledger, online.ledger);
            QCOMPARE(offline.leaders, online.leaders);
            QCOMPARE(offline.notices.size(), 3); // questions, the question, events
            QVERIFY(offline.notices.first().startsWith(u"You are offline"_s));
            QVERIFY(offline.commentsNote.startsWith(u"You are offline"_s));
        }
        {
            // Started again, still offline: kept on disk.
            Client client;
            QVERIFY(test::openCache(client.cache, cachePath).isEmpty());
            client.api.setBaseUrl(server.baseUrl());
            const Shown restarted = readAll(client, questionId, articleId);
            QCOMPARE(restarted.questions, online.questions);
            QCOMPARE(restarted.comments, online.comments);
            QCOMPARE(restarted.events, online.events);
        }
        {
            // Back online after the community moved on: the server's answer replaces the kept one.
            QVERIFY(server.start());
            test::HttpClient author = test::HttpClient::signedIn(server.baseUrl(), u"author"_s);
            QCOMPARE(author
                         .post(endpoints::AskQuestion.url(),
                               {{u"title"_s, u"Asked while you were away"_s}, {u"body"_s, u"?"_s}})
                         .status,
                     201);
            QCOMPARE(
                author.post(endpoints::AddComment.url(articleId), {{u"body"_s, u"Said while you were away"_s}}).status,
                201);
            Client client;
            QVERIFY(test::signIn(client.session, server.baseUrl(), u"member"_s));
            QVERIFY(test::openCache(client.cache, cachePath).isEmpty());
            const Shown later = readAll(client, questionId, articleId);
            QCOMPARE(later.questions, online.questions + 1);
            QCOMPARE(later.comments, online.comments + 1);
            QVERIFY(server.stop());
            const Shown offlineAgain = readAll(client, questionId, articleId);
            QCOMPARE(offlineAgain.questions, later.questions);
            QCOMPARE(offlineAgain.comments, later.comments);
        }
    }
};

QTEST_GUILESS_MAIN(TestKeptReads)
#include "tst_keptreads.moc"
