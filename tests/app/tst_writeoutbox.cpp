// The write outbox against a real guild-server: every kind of write made offline is kept in the cache,
// survives the client being killed and the server restarting, and reaches the server exactly once and
// in order; a write whose answer was lost goes again with its key after a restart and is not done twice;
// a refused write is undone where it showed and stays, with the server's reason, until retried or
// discarded.

#include "net/apiclient.h"
#include "protocol/api/engagement.h"
#include "protocol/endpoints.h"
#include "secrets/secretstore.h"
#include "services/accountservice.h"
#include "services/communityservice.h"
#include "services/discussionservice.h"
#include "services/publishingservice.h"
#include "services/syncservice.h"
#include "services/writeoutbox.h"
#include "session.h"
#include "storage/articlecache.h"
#include "storage/localcache.h"
#include "storage/writeoutboxstore.h"
#include "support/cachewait.h"
#include "support/httpclient.h"
#include "support/lossyproxy.h"
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
using guild::test::TestServer;
namespace endpoints = guild::protocol::endpoints;

namespace {

/// A member's client: what the app builds, minus the window. Destroying it is the client being killed
/// as far as the outbox can tell (nothing is flushed on the way out).
struct Client
{
    ApiClient api;
    MemorySecretStore secrets;
    Session session{api, secrets};
    LocalCache cache;
    WriteOutbox writes{api, cache};
    DiscussionService discussion{api, cache, writes};
    CommunityService community{api, cache, writes};
    AccountService account{api, cache, writes};
    PublishingService publishing{api, cache, writes};

    /// Signed in through `server` with the cache at `path` open and the outbox started.
    bool start(const QUrl &server, const QString &path)
    {
        if (!test::signIn(session, server, u"member"_s) || !test::openCache(cache, path).isEmpty()) {
            return false;
        }
        writes.start();
        return true;
    }
    int kept()
    {
        return test::runOnCache<int>(cache, [](QSqlDatabase &db) { return int(WriteOutboxStore(db).all().size()); })
            .value_or(-1);
    }
};

template <typename Reply>
std::optional<Reply> read(test::HttpClient &http, const QString &path)
{
    return Reply::fromJson(http.get(path).json);
}

/// An article for every member, by `author`, with `poll` if given; its id.
qint64 publish(test::HttpClient &author, const QString &title, std::optional<PollDraft> poll = std::nullopt)
{
    ArticleInput draft;
    draft.title = title;
    draft.body = u"Written for the outbox tests."_s;
    draft.requiredTier = Tier::Free;
    draft.poll = std::move(poll);
    const auto made = ArticleReply::fromJson(author.post(endpoints::CreateArticle.url(), draft.toJson()).json);
    return made ? made->value.id : 0;
}

} // namespace

class TestWriteOutbox : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void everyKindWrittenOffline_arrivesOnceInOrder_acrossAKillAndAServerRestart()
    {
        TestServer server;
        QVERIFY(server.start());
        test::HttpClient author = test::HttpClient::signedIn(server.baseUrl(), u"author"_s);
        const qint64 article = publish(author, u"Offline on a train"_s,
                                       PollDraft{u"Which editor?"_s, {u"Qt Creator"_s, u"Vim"_s}, false, {}});
        EventInput event;
        event.title = u"Qt meetup"_s;
        event.startsAt = QDateTime::currentDateTimeUtc().addDays(7);
        event.timezone = u"Asia/Shanghai"_s;
        event.joinUrl = u"https://meet.example/qt"_s;
        event.capacity = 20;
        event.requiredTier = Tier::Free;
        const auto made = author.post(endpoints::CreateEvent.url(), event.toJson());
        QVERIFY2(made.status == 201, made.body.constData());
        const qint64 eventId = EventReply::fromJson(made.json)->value.id;
        const qint64 question =
            QuestionReply::fromJson(author
                                        .post(endpoints::AskQuestion.url(),
                                              AskRequest{u"Signals across threads?"_s, u"How?"_s, {}, 0, {}}.toJson())
                                        .json)
                ->value.id;
        const qint64 answer =
            AnswerReply::fromJson(
                author.post(endpoints::AnswerQuestion.url(question), AnswerRequest{u"Queued connections."_s}.toJson())
                    .json)
                ->value.id;
        QVERIFY2(article > 0 && eventId > 0 && question > 0 && answer > 0,
                 qPrintable(u"%1 %2 %3 %4"_s.arg(article).arg(eventId).arg(question).arg(answer)));

        const QString cachePath = m_dir.filePath(u"kill.sqlite"_s);
        constexpr int Writes = 10;
        {
            Client client;
            QVERIFY(client.start(server.baseUrl(), cachePath));
            QVERIFY(server.stop()); // the train enters a tunnel

            client.discussion.setLiked(article, true);
            client.discussion.postComment(article, u"First, from the tunnel."_s);
            client.discussion.postComment(article, u"Second, still in it."_s);
            client.publishing.vote(article, {1});
            client.community.answer(question, u"Or QMetaObject::invokeMethod."_s);
            client.community.vote(question, answer, 1);
            client.community.ask(u"Why does moc exist?"_s, u"Asked offline."_s, {}, 0);
            client.community.rsvp(eventId, true);
            client.community.sendFeedback(u"idea"_s, u"Offline mode is great."_s);
            client.account.checkIn(u"on the train"_s);

            // Kept on disk before anything else: killing the client now loses nothing.
            QTRY_COMPARE(client.writes.writes().size(), Writes);
            QTRY_COMPARE(client.kept(), Writes);
            QCOMPARE(client.writes.refusedCount(), 0);
        } // killed

        QVERIFY(server.start()); // and the server restarted meanwhile
        Client again;
        QSignalSpy posted(&again.discussion, &DiscussionService::commentPosted);
        QVERIFY(again.start(server.baseUrl(), cachePath));
        QTRY_COMPARE_WITH_TIMEOUT(again.writes.writes().size(), 0, 30000);
        QTRY_COMPARE(again.kept(), 0);
        QCOMPARE(posted.size(), 2);

        // Each arrived once, the two comments in the order written.
        test::HttpClient member = test::HttpClient::signedIn(server.baseUrl(), u"member"_s);
        const auto comments = read<CommentList>(member, endpoints::ListComments.url(article));
        QVERIFY(comments);
        QCOMPARE(comments->items.size(), 2);
        QCOMPARE(comments->items.at(0).body, u"First, from the tunnel."_s);
        QCOMPARE(comments->items.at(1).body, u"Second, still in it."_s);
        QVERIFY(comments->items.at(0).id < comments->items.at(1).id);
        const auto read_article = read<ArticleReply>(member, endpoints::GetArticle.url(article));
        QCOMPARE(read_article->value.likeCount, 1);
        QVERIFY(read_article->value.likedByMe);
        const auto poll = read<PollReply>(member, endpoints::GetPoll.url(article));
        QCOMPARE(poll->value.voters, 1);
        QCOMPARE(poll->value.myChoices, QList<int>{1});
        const auto q = read<QuestionReply>(member, endpoints::GetQuestion.url(question));
        QCOMPARE(q->value.answers.size(), 2);
        QCOMPARE(q->value.answers.at(0).score + q->value.answers.at(1).score, 1);
        const auto questions = read<QuestionList>(member, endpoints::ListQuestions.url());
        QCOMPARE(std::count_if(questions->items.cbegin(), questions->items.cend(),
                               [](const engagement::Question &x) { return x.title == u"Why does moc exist?"_s; }),
                 1);
        const auto events = read<EventList>(member, endpoints::ListEvents.url());
        const auto meetup = std::find_if(events->items.cbegin(), events->items.cend(),
                                         [&](const engagement::Event &e) { return e.id == eventId; });
        QVERIFY(meetup != events->items.cend());
        QVERIFY(meetup->going);
        QCOMPARE(meetup->attending, 1);
        QCOMPARE(read<FeedbackList>(member, endpoints::MyFeedback.url())->items.size(), 1);
        QVERIFY(read<StandingReply>(member, endpoints::MyStanding.url())->value.checkedInToday);
    }

    void lostAnswer_goesAgainAfterARestart_andIsDoneOnce()
    {
        TestServer server;
        QVERIFY(server.start());
        test::LossyProxy proxy(quint16(server.baseUrl().port()));
        test::HttpClient author = test::HttpClient::signedIn(server.baseUrl(), u"author"_s);
        const qint64 article = publish(author, u"Lossy"_s);
        QVERIFY(article > 0);
        const auto onServer = [&] {
            return read<CommentList>(author, endpoints::ListComments.url(article))->items.size();
        };
        const QString cachePath = m_dir.filePath(u"lost.sqlite"_s);
        {
            Client client;
            QVERIFY(client.start(proxy.url(), cachePath));
            proxy.dropAnswers(1000); // the server does it; the client never hears
            client.discussion.postComment(article, u"Said once."_s);
            QTRY_COMPARE(onServer(), 1);
            QTRY_VERIFY(!client.writes.writes().isEmpty() && client.writes.writes().first().attempts >= 1);
            QCOMPARE(client.kept(), 1);
        } // killed before any answer came through
        proxy.dropAnswers(0);
        Client again;
        QVERIFY(again.start(proxy.url(), cachePath));
        QTRY_COMPARE_WITH_TIMEOUT(again.writes.writes().size(), 0, 30000);
        QCOMPARE(onServer(), 1); // the same key: the server answered from what it did the first time
    }

    void refusedWrites_areUndone_andWaitForTheMember()
    {
        TestServer server;
        QVERIFY(server.start());
        test::HttpClient author = test::HttpClient::signedIn(server.baseUrl(), u"author"_s);
        const qint64 article = publish(author, u"Soon gone"_s);
        QVERIFY(article > 0);
        Client client;
        QVERIFY(client.start(server.baseUrl(), m_dir.filePath(u"refused.sqlite"_s)));
        SyncService sync(client.api, client.cache);
        QSignalSpy synced(&sync, &SyncService::finished);
        sync.start();
        QVERIFY(synced.wait(30000));
        const auto cached = [&] {
            return test::runOnCache<std::optional<Article>>(
                       client.cache, [article](QSqlDatabase &db) { return ArticleCache(db).article(article); })
                .value_or(std::nullopt);
        };
        QVERIFY(cached().has_value());
        QCOMPARE(author.del(endpoints::DeleteArticle.url(article)).status, 204);

        // The like shows at once, the server refuses it (the article is gone), and it is undone.
        QSignalSpy likeFailed(&client.discussion, &DiscussionService::likeFailed);
        QSignalSpy changed(&client.discussion, &DiscussionService::articleChanged);
        client.discussion.setLiked(article, true);
        QVERIFY(changed.wait());
        QVERIFY(changed.first().at(0).value<Article>().likedByMe);
        QVERIFY(likeFailed.wait());
        QVERIFY(!likeFailed.first().at(1).toString().isEmpty());
        QTRY_VERIFY(!cached()->likedByMe);
        QCOMPARE(cached()->likeCount, 0);

        // The comment stays, refused, with the reason; sending it again is refused again; discarding
        // it removes it from the outbox and from the disk.
        QSignalSpy failed(&client.discussion, &DiscussionService::commentFailed);
        QSignalSpy discarded(&client.discussion, &DiscussionService::commentDiscarded);
        client.discussion.postComment(article, u"Too late."_s);
        QVERIFY(failed.wait());
        const qint64 writeId = failed.first().at(2).toLongLong();
        QVERIFY(writeId > 0);
        QCOMPARE(client.writes.refusedCount(), 1);
        QCOMPARE(client.writes.writes().first().error, failed.first().at(1).toString());
        QTRY_COMPARE(client.kept(), 1);
        client.discussion.retryComment(writeId);
        QVERIFY(failed.wait());
        QCOMPARE(failed.last().at(2).toLongLong(), writeId);
        client.discussion.discardComment(writeId);
        QCOMPARE(discarded.size(), 1);
        QCOMPARE(client.writes.writes().size(), 0);
        QTRY_COMPARE(client.kept(), 0);
        QVERIFY(author.get(endpoints::ListComments.url(article)).status == 404);
    }
};

QTEST_GUILESS_MAIN(TestWriteOutbox)
#include "tst_writeoutbox.moc"
