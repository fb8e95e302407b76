#include "models/articlefeedmodel.h"
#include "net/apiclient.h"
#include "protocol/endpoints.h"
#include "protocol/limits.h"
#include "secrets/secretstore.h"
#include "services/discussionservice.h"
#include "services/feedservice.h"
#include "services/syncservice.h"
#include "services/writeoutbox.h"
#include "session.h"
#include "storage/articlecache.h"
#include "storage/localcache.h"
#include "support/cachewait.h"
#include "support/httpclient.h"
#include "support/lossyproxy.h"
#include "support/signin.h"
#include "support/testserver.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace guild;
using namespace guild::app;
using guild::test::TestServer;
namespace endpoints = guild::protocol::endpoints;

// The client's services against a real guild-server: sign in, sync into the cache, read, then read
// offline once the server is gone.
class TestClientFlow : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    /// A member signed in through `url` with an open cache: what the discussion tests start from.
    struct Member
    {
        ApiClient api;
        MemorySecretStore secrets;
        Session session{api, secrets};
        LocalCache cache;
        WriteOutbox writes{api, cache};
    };

    bool signInMember(Member &m, const QUrl &url, const QString &cacheFile)
    {
        if (!test::signIn(m.session, url, u"member"_s, u"guild-demo"_s) ||
            !test::openCache(m.cache, m_dir.filePath(cacheFile)).isEmpty()) {
            return false;
        }
        m.writes.start();
        return true;
    }

    static qint64 publish(test::HttpClient &author, const QString &title)
    {
        return author.post(endpoints::CreateArticle.url(), {{u"title"_s, title}, {u"body"_s, u"Body"_s}})
            .json[u"article"_s][u"id"_s]
            .toInteger();
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void signIn_sync_read_thenReadOffline()
    {
        TestServer server;
        QVERIFY(server.start());
        ApiClient api;
        MemorySecretStore secrets;
        Session session(api, secrets);
        QVERIFY(test::signIn(session, server.baseUrl(), u"member"_s, u"guild-demo"_s));
        QCOMPARE(session.user().username, u"member"_s);
        QCOMPARE(session.state(), Session::State::SignedIn);

        // The refresh token went to the secret store under this account's key.
        std::optional<QString> stored;
        secrets.read(session.accountKey(),
                     [&stored](const std::optional<QString> &s, const QString &) { stored = s.value_or(u"<none>"_s); });
        QTRY_VERIFY(stored.has_value());
        QCOMPARE(*stored, api.refreshToken());

        LocalCache cache;
        QCOMPARE(test::openCache(cache, m_dir.filePath(u"flow.sqlite"_s)), QString());
        models::ArticleFeedModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        FeedService feed(api, cache, model);
        SyncService sync(api, cache);
        QSignalSpy synced(&sync, &SyncService::finished);
        QSignalSpy progress(&sync, &SyncService::progress);
        sync.start();
        QVERIFY(synced.wait(30000));
        QCOMPARE(synced.at(0).at(0).toInt(), 200);
        QVERIFY(!progress.isEmpty());

        QSignalSpy reloaded(&feed, &FeedService::reloaded);
        feed.reload();
        QVERIFY(reloaded.wait());
        QCOMPARE(reloaded.at(0).at(0).toInt(), 200);
        QCOMPARE(model.rowCount(), 200);
        model.data(model.index(0), models::ArticleFeedModel::TitleRole); // asks for page 0
        QTRY_VERIFY(model.articleAt(0) != nullptr);
        // The demo's pinned article leads; the rest follow newest first.
        QVERIFY(model.articleAt(0)->pinned);
        QTRY_VERIFY(model.articleAt(2) != nullptr);
        QVERIFY(!model.articleAt(1)->pinned);
        QVERIFY(model.articleAt(1)->publishedAt >= model.articleAt(2)->publishedAt);

        // Find a readable and a locked article in the cache.
        qint64 readable = 0;
        qint64 locked = 0;
        for (int row = 0; row < 50 && (!readable || !locked); ++row) {
            const auto *a = model.articleAt(row);
            QVERIFY(a);
            (a->locked ? locked : readable) = a->id;
        }
        QVERIFY(readable && locked);

        server.stop();

        QSignalSpy opened(&feed, &FeedService::articleOpened);
        feed.openArticle(readable);
        QVERIFY(opened.wait());
        const auto article = opened.at(0).at(0).value<protocol::Article>();
        QCOMPARE(article.id, readable);
        QVERIFY(article.hasBody);
        QVERIFY(!article.body.isEmpty());

        feed.openArticle(locked);
        QVERIFY(opened.wait());
        QVERIFY(opened.at(1).at(0).value<protocol::Article>().locked);

        // Talking to the stopped server fails cleanly and flips the client offline; the cache still answers.
        QSignalSpy online(&api, &ApiClient::onlineChanged);
        QSignalSpy failed(&sync, &SyncService::failed);
        sync.start();
        QVERIFY(failed.wait(30000));
        QVERIFY(failed.at(0).at(1).toBool()); // a network failure
        QVERIFY(!api.isOnline());
        QCOMPARE(online.size(), 1);
        feed.setSearch(u"RAII"_s);
        QVERIFY(reloaded.wait());
        QVERIFY(reloaded.last().at(0).toInt() > 0);
    }

    void expiredAccessToken_isRefreshedTransparently()
    {
        TestServer server(TestServer::Options{true, {u"--access-token-ttl"_s, u"1"_s}});
        QVERIFY(server.start());
        ApiClient api;
        MemorySecretStore secrets;
        Session session(api, secrets);
        QVERIFY(test::signIn(session, server.baseUrl(), u"premium"_s, u"guild-demo"_s));
        const QString firstRefresh = api.refreshToken();

        QSignalSpy rotated(&api, &ApiClient::tokensRotated);
        // Ask until the 1-second token has expired and a refresh happened behind the caller's back.
        std::optional<app::ApiResult<protocol::CurrentUserReply>> last;
        auto probe = [&]() -> bool {
            last.reset();
            api.call(endpoints::Me, {}, this,
                     [&last](const app::ApiResult<protocol::CurrentUserReply> &r) { last = r; });
            return QTest::qWaitFor([&] { return last.has_value(); }, 5000) && !rotated.isEmpty();
        };
        QTRY_VERIFY_WITH_TIMEOUT(probe(), 15000);
        QVERIFY(last->ok());
        QCOMPARE((*last)->value.user.username, u"premium"_s);
        QVERIFY(api.refreshToken() != firstRefresh);
        // Session stored the rotated token.
        std::optional<QString> stored;
        secrets.read(session.accountKey(),
                     [&stored](const std::optional<QString> &s, const QString &) { stored = s.value_or(QString()); });
        QTRY_VERIFY(stored.has_value());
        QCOMPARE(*stored, api.refreshToken());
    }

    void discussion_likesAndComments_reachTheServer_andTheCache()
    {
        TestServer server;
        QVERIFY(server.start());
        test::HttpClient author = test::HttpClient::signedIn(server.baseUrl(), u"author"_s);
        const qint64 id = publish(author, u"Talk to me"_s);
        QVERIFY(id > 0);
        const QString comments = endpoints::ListComments.url(id);
        for (int i = 1; i <= DiscussionService::CommentPage + 1; ++i) {
            QCOMPARE(author.post(comments, {{u"body"_s, u"Comment %1"_s.arg(i)}}).status, 201);
        }
        Member member;
        QVERIFY(signInMember(member, server.baseUrl(), u"discussion.sqlite"_s));
        LocalCache &cache = member.cache;
        DiscussionService discussion(member.api, cache, member.writes);
        QSignalSpy changed(&discussion, &DiscussionService::articleChanged);
        QSignalSpy liked(&discussion, &DiscussionService::liked);
        const auto cached = [&] {
            return test::runOnCache<std::optional<protocol::Article>>(
                       cache, [id](QSqlDatabase &db) { return app::ArticleCache(db).article(id); })
                .value_or(std::nullopt);
        };

        // A like, the same like again (a retry after a lost answer), then taking it back. Each goes
        // through the write outbox, which is empty once the server has answered.
        const auto settled = [&] { return member.writes.writes().isEmpty(); };
        discussion.setLiked(id, true);
        QTRY_COMPARE(liked.size(), 1);
        QTRY_VERIFY(settled());
        QTRY_COMPARE(cached().value_or(protocol::Article()).likeCount, 1);
        QVERIFY(cached()->likedByMe);
        QVERIFY(changed.last().at(0).value<protocol::Article>().likedByMe);
        discussion.setLiked(id, true);
        QTRY_COMPARE(liked.size(), 2);
        QTRY_VERIFY(settled());
        QCOMPARE(cached()->likeCount, 1);
        discussion.setLiked(id, false);
        QTRY_VERIFY(settled());
        QTRY_COMPARE(cached()->likeCount, 0);
        QVERIFY(!cached()->likedByMe);
        QTRY_COMPARE(changed.last().at(0).value<protocol::Article>().likeCount, 0);
        QCOMPARE(liked.size(), 2); // taking a like back is not an action that counts

        // Comments come a page at a time, oldest first.
        QSignalSpy loaded(&discussion, &DiscussionService::commentsLoaded);
        discussion.loadComments(id);
        QVERIFY(loaded.wait());
        auto page = loaded.last().at(1).value<QList<protocol::Comment>>();
        QCOMPARE(page.size(), DiscussionService::CommentPage);
        QCOMPARE(page.first().body, u"Comment 1"_s);
        QVERIFY(loaded.last().at(2).toBool());
        QVERIFY(loaded.last().at(3).toBool());
        discussion.loadComments(id, page.last().id);
        QVERIFY(loaded.wait());
        page = loaded.last().at(1).value<QList<protocol::Comment>>();
        QCOMPARE(page.size(), 1);
        QCOMPARE(page.first().body, u"Comment %1"_s.arg(DiscussionService::CommentPage + 1));
        QVERIFY(!loaded.last().at(2).toBool());
        QVERIFY(!loaded.last().at(3).toBool());

        // Writing one: it comes back with its id, and the article's count moves in the cache too.
        QSignalSpy posted(&discussion, &DiscussionService::commentPosted);
        QSignalSpy failed(&discussion, &DiscussionService::commentFailed);
        discussion.postComment(id, u"Mine, with `code`"_s);
        QVERIFY(posted.wait());
        QCOMPARE(posted.last().at(0).value<protocol::Comment>().articleId, id);
        QVERIFY(changed.wait());
        QCOMPARE(changed.last().at(0).value<protocol::Article>().commentCount, DiscussionService::CommentPage + 2);
        QCOMPARE(cached()->commentCount, DiscussionService::CommentPage + 2);

        // Blank and oversized comments are refused at once; unknown articles with the server's message.
        discussion.postComment(id, u"  \n "_s);
        QCOMPARE(failed.size(), 1);
        discussion.postComment(id, QString(protocol::limits::CommentMax + 1, u'x'));
        QCOMPARE(failed.size(), 2);
        QSignalSpy likeFailed(&discussion, &DiscussionService::likeFailed);
        discussion.setLiked(999999, true);
        QVERIFY(likeFailed.wait());
        QVERIFY(!likeFailed.last().at(1).toString().isEmpty());
        QSignalSpy loadFailed(&discussion, &DiscussionService::commentsFailed);
        discussion.loadComments(999999);
        QVERIFY(loadFailed.wait());
        QCOMPARE(author.get(comments + u"?limit=100"_s).json[u"comments"_s].toArray().size(),
                 DiscussionService::CommentPage + 2);

        // Offline: the like shows at once and the comment as sending; both wait in the outbox (what
        // happens when the server is back is tst_writeoutbox's).
        server.stop();
        QSignalSpy queued(&discussion, &DiscussionService::commentQueued);
        discussion.setLiked(id, true);
        QTRY_COMPARE(cached()->likeCount, 1);
        QVERIFY(cached()->likedByMe);
        discussion.postComment(id, u"Lost?"_s);
        QVERIFY(queued.wait());
        QCOMPARE(queued.last().at(1).value<PendingWrite>().request().value(u"body"_s).toString(), u"Lost?"_s);
        QTRY_COMPARE(member.writes.writes().size(), 2);
        QCOMPARE(failed.size(), 2);
        QCOMPARE(likeFailed.size(), 1);
    }

    void lostAnswer_sentAgain_isNotDoneTwice()
    {
        TestServer server;
        QVERIFY(server.start());
        test::LossyProxy proxy(quint16(server.baseUrl().port()));
        test::HttpClient author = test::HttpClient::signedIn(server.baseUrl(), u"author"_s);
        const qint64 id = publish(author, u"Retry me"_s);
        const auto serverComments = [&] {
            return author.get(endpoints::ListComments.url(id)).json[u"comments"_s].toArray().size();
        };
        Member member;
        QVERIFY(signInMember(member, proxy.url(), u"lost.sqlite"_s));
        DiscussionService discussion(member.api, member.cache, member.writes);
        QSignalSpy posted(&discussion, &DiscussionService::commentPosted);
        QSignalSpy failed(&discussion, &DiscussionService::commentFailed);

        // The answer is lost once: Qt's network stack sends the POST again by itself on a new connection,
        // and the key makes that second delivery harmless.
        proxy.dropAnswers(1);
        discussion.postComment(id, u"Only once, please"_s);
        QVERIFY(posted.wait(30000));
        QCOMPARE(proxy.dropped(), 1);
        QCOMPARE(serverComments(), 1);

        // Lost again and again: the comment waits in the outbox and goes again with the same key (the
        // server wrote it at the first attempt), until an answer comes through.
        proxy.dropAnswers(4);
        discussion.postComment(id, u"And this one once too"_s);
        QVERIFY(posted.wait(60000));
        QVERIFY(proxy.dropped() >= 2);
        QCOMPARE(serverComments(), 2);
        QCOMPARE(posted.last().at(0).value<protocol::Comment>().body, u"And this one once too"_s);

        // Saying the same thing again on purpose, after an answer came, is a new comment.
        discussion.postComment(id, u"And this one once too"_s);
        QVERIFY(posted.wait());
        QCOMPARE(serverComments(), 3);
        QCOMPARE(failed.size(), 0);
    }

    void wrongPassword_reportsMessage_andStaysSignedOut()
    {
        TestServer server;
        QVERIFY(server.start());
        ApiClient api;
        MemorySecretStore secrets;
        Session session(api, secrets);
        QSignalSpy failed(&session, &Session::signInFailed);
        session.signIn(server.baseUrl(), u"member"_s, u"nope-nope"_s);
        QVERIFY(failed.wait(15000));
        QVERIFY(!failed.at(0).at(0).toString().isEmpty());
        QCOMPARE(failed.at(0).at(1).toBool(), false);
        QCOMPARE(session.state(), Session::State::SignedOut);
    }

    void resume_usesStoredRefreshToken()
    {
        TestServer server;
        QVERIFY(server.start());
        MemorySecretStore secrets;
        {
            ApiClient api;
            Session session(api, secrets);
            QVERIFY(test::signIn(session, server.baseUrl(), u"author"_s, u"guild-demo"_s));
        }
        ApiClient api;
        Session session(api, secrets);
        QSignalSpy signedIn(&session, &Session::signedIn);
        session.resume(server.baseUrl(), u"author"_s);
        QVERIFY(signedIn.wait(15000));
        QCOMPARE(session.user().username, u"author"_s);
        QCOMPARE(session.user().role, protocol::Role::Author);
    }

    void untrustedTls_isRefused_withMessage()
    {
        QTemporaryDir dir;
        QProcess openssl;
        openssl.start(u"openssl"_s, {u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-days"_s, u"1"_s,
                                     u"-subj"_s, u"/CN=127.0.0.1"_s, u"-addext"_s, u"subjectAltName=IP:127.0.0.1"_s,
                                     u"-keyout"_s, dir.filePath(u"k.pem"_s), u"-out"_s, dir.filePath(u"c.pem"_s)});
        QVERIFY(openssl.waitForFinished(60000));
        TestServer server(TestServer::Options{
            true, {u"--tls-cert"_s, dir.filePath(u"c.pem"_s), u"--tls-key"_s, dir.filePath(u"k.pem"_s)}});
        QVERIFY(server.start());
        {
            ApiClient api;
            MemorySecretStore secrets;
            Session session(api, secrets);
            QSignalSpy failed(&session, &Session::signInFailed);
            session.signIn(server.baseUrl(), u"member"_s, u"guild-demo"_s);
            QVERIFY(failed.wait(15000));
            QVERIFY(failed.at(0).at(0).toString().contains(u"certificate"_s));
        }
        ApiClient api;
        QString error;
        QVERIFY(api.addCaFile(dir.filePath(u"c.pem"_s), &error));
        MemorySecretStore secrets;
        Session session(api, secrets);
        QVERIFY(test::signIn(session, server.baseUrl(), u"member"_s, u"guild-demo"_s));
    }
};

QTEST_GUILESS_MAIN(TestClientFlow)
#include "tst_clientflow.moc"
