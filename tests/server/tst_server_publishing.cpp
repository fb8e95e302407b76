#include "protocol/endpoints.h"
#include "support/httpclient.h"
#include "support/testserver.h"

#include <QDateTime>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace guild::test;
namespace endpoints = guild::protocol::endpoints;

// Scheduled publishing and polls against a real guild-server whose clock the test moves: a scheduled
// article stays hidden until its time, then reaches the feed and /sync once; polls count one vote per
// member, take changed votes, refuse votes after closing and refuse bad choices without counting them.
class TestServerPublishing : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<TestServer> m_server;

    HttpClient as(const QString &user) { return HttpClient::signedIn(m_server->baseUrl(), user); }

    void setClock(const QDateTime &when) { QVERIFY(HttpClient::moveServerClock(m_server->baseUrl(), when)); }

    static QString iso(const QDateTime &t) { return t.toUTC().toString(Qt::ISODateWithMs); }

    /// Every article id /sync hands out after `token`, and the token to carry on from.
    static std::pair<QSet<qint64>, QString> syncAfter(HttpClient &c, const QString &token)
    {
        QSet<qint64> ids;
        QString next = token;
        for (int guard = 0; guard < 100; ++guard) {
            const HttpResponse r = c.get(endpoints::Sync.url() + u"?limit=100&since="_s + next);
            for (const QJsonValue &a : r.json[u"articles"_s].toArray()) {
                ids.insert(a[u"id"_s].toInteger());
            }
            next = r.json[u"nextToken"_s].toString();
            if (!r.json[u"hasMore"_s].toBool()) {
                break;
            }
        }
        return {ids, next};
    }

    static bool feedHas(HttpClient &c, qint64 id)
    {
        for (const QJsonValue &a :
             c.get(endpoints::ListArticles.url() + u"?limit=100"_s).json[u"articles"_s].toArray()) {
            if (a[u"id"_s].toInteger() == id) {
                return true;
            }
        }
        return false;
    }

    qint64 postWithPoll(HttpClient &author, const QJsonObject &poll)
    {
        const HttpResponse r =
            author.post(endpoints::CreateArticle.url(),
                        {{u"title"_s, u"Which build system?"_s}, {u"body"_s, u"Vote below."_s}, {u"poll"_s, poll}});
        return r.status == 201 ? r.json[u"article"_s][u"id"_s].toInteger() : 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<TestServer>(TestServer::Options{true, {u"--test-clock"_s}});
        QVERIFY(m_server->start());
    }

    void cleanup() { setClock(QDateTime::currentDateTimeUtc()); }

    void cleanupTestCase() { QVERIFY2(m_server->stop(), qPrintable(m_server->errorOutput().right(4000))); }

    void scheduledArticle_staysHidden_thenGoesOutOnce()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        HttpClient author = as(u"author"_s);
        HttpClient member = as(u"member"_s);
        const QString token = syncAfter(member, QString()).second;

        // Bad times are refused and create nothing.
        const qsizetype scheduledBefore =
            author.get(endpoints::MyScheduledArticles.url()).json[u"articles"_s].toArray().size();
        for (const QJsonValue &bad : {QJsonValue(iso(now.addSecs(-60))), QJsonValue(u"tomorrow"_s),
                                      QJsonValue(iso(now.addYears(2))), QJsonValue(42)}) {
            QCOMPARE(author
                         .post(endpoints::CreateArticle.url(),
                               {{u"title"_s, u"Later"_s}, {u"body"_s, u"b"_s}, {u"publishAt"_s, bad}})
                         .status,
                     400);
        }
        QCOMPARE(author.get(endpoints::MyScheduledArticles.url()).json[u"articles"_s].toArray().size(),
                 scheduledBefore);

        const HttpResponse created =
            author.post(endpoints::CreateArticle.url(), {{u"title"_s, u"C++26 反射预告"_s},
                                                         {u"body"_s, u"Out at nine."_s},
                                                         {u"publishAt"_s, iso(now.addSecs(3600))}});
        QCOMPARE(created.status, 201);
        const qint64 id = created.json[u"article"_s][u"id"_s].toInteger();
        QVERIFY(created.json[u"article"_s][u"scheduled"_s].toBool());

        // Before its time: the author and admins see it, nobody else does, anywhere.
        QCOMPARE(member.get(endpoints::GetArticle.url(id)).status, 404);
        QCOMPARE(member.post(endpoints::LikeArticle.url(id), QJsonObject{}).status, 404);
        QVERIFY(!feedHas(member, id));
        QVERIFY(!feedHas(author, id));
        QVERIFY(!syncAfter(member, token).first.contains(id));
        QCOMPARE(author.get(endpoints::GetArticle.url(id)).status, 200);
        QCOMPARE(as(u"admin"_s).get(endpoints::GetArticle.url(id)).status, 200);
        const QJsonArray mine = author.get(endpoints::MyScheduledArticles.url()).json[u"articles"_s].toArray();
        QCOMPARE(mine.last()[u"id"_s].toInteger(), id);
        QCOMPARE(member.get(endpoints::MyScheduledArticles.url()).status, 403);

        // Rescheduled to later; the clock passes the first time and it is still hidden.
        QCOMPARE(author.patch(endpoints::EditArticle.url(id), {{u"publishAt"_s, iso(now.addSecs(7200))}}).status, 200);
        setClock(now.addSecs(5400));
        member.login(u"member"_s); // tokens from before may have expired at the new time
        author.login(u"author"_s);
        QCOMPARE(member.get(endpoints::GetArticle.url(id)).status, 404);

        // Its time comes: in the feed, readable, and announced by /sync exactly once.
        setClock(now.addSecs(7300));
        member.login(u"member"_s);
        author.login(u"author"_s);
        const auto [firstSync, nextToken] = syncAfter(member, token);
        QVERIFY(firstSync.contains(id));
        QVERIFY(!syncAfter(member, nextToken).first.contains(id));
        QVERIFY(feedHas(member, id));
        const HttpResponse read = member.get(endpoints::GetArticle.url(id));
        QCOMPARE(read.status, 200);
        QVERIFY(!read.json[u"article"_s][u"scheduled"_s].toBool());
        QCOMPARE(read.json[u"article"_s][u"publishedAt"_s].toString().left(16), iso(now.addSecs(7200)).left(16));
        // Gone out: it cannot be rescheduled.
        QCOMPARE(author.patch(endpoints::EditArticle.url(id), {{u"publishAt"_s, iso(now.addSecs(90000))}}).status, 409);
    }

    void poll_countsOneVotePerMember_changesAndCloses()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        HttpClient author = as(u"author"_s);
        HttpClient member = as(u"member"_s);
        HttpClient premium = as(u"premium"_s);

        // Bad polls: refused, no article made.
        const qsizetype feedBefore =
            member.get(endpoints::ListArticles.url() + u"?limit=100"_s).json[u"articles"_s].toArray().size();
        for (const QJsonObject &bad :
             {QJsonObject{{u"question"_s, u"Only one?"_s}, {u"options"_s, QJsonArray{u"a"_s}}},
              QJsonObject{{u"question"_s, u"Twins?"_s}, {u"options"_s, QJsonArray{u"a"_s, u"a"_s}}},
              QJsonObject{{u"question"_s, u""_s}, {u"options"_s, QJsonArray{u"a"_s, u"b"_s}}},
              QJsonObject{{u"question"_s, u"Q"_s}, {u"options"_s, QJsonArray{u"a"_s, 2}}},
              QJsonObject{{u"question"_s, u"Q"_s}, {u"options"_s, QJsonArray{u"a"_s, u"b"_s}}, {u"multiple"_s, 1}},
              QJsonObject{{u"question"_s, u"Q"_s},
                          {u"options"_s, QJsonArray{u"a"_s, u"b"_s}},
                          {u"closesAt"_s, iso(now.addSecs(-5))}}}) {
            QCOMPARE(postWithPoll(author, bad), 0);
        }
        QCOMPARE(
            author.post(endpoints::CreateArticle.url(), {{u"title"_s, u"t"_s}, {u"body"_s, u"b"_s}, {u"poll"_s, 3}})
                .status,
            400);
        QCOMPARE(member.get(endpoints::ListArticles.url() + u"?limit=100"_s).json[u"articles"_s].toArray().size(),
                 feedBefore);

        const qint64 id = postWithPoll(author, {{u"question"_s, u"CMake or Meson?"_s},
                                                {u"options"_s, QJsonArray{u"CMake"_s, u"Meson"_s, u"Bazel"_s}},
                                                {u"closesAt"_s, iso(now.addSecs(3600))}});
        QVERIFY(id > 0);
        QVERIFY(member.get(endpoints::GetArticle.url(id)).json[u"article"_s][u"hasPoll"_s].toBool());
        const QString votes = endpoints::VotePoll.url(id);

        // One vote each; voting again replaces it.
        QCOMPARE(member.post(votes, {{u"choices"_s, QJsonArray{0}}}).json[u"poll"_s][u"voters"_s].toInt(), 1);
        QJsonObject poll = premium.post(votes, {{u"choices"_s, QJsonArray{0}}}).json[u"poll"_s].toObject();
        QCOMPARE(poll[u"options"_s][0][u"votes"_s].toInt(), 2);
        poll = member.post(votes, {{u"choices"_s, QJsonArray{2}}}).json[u"poll"_s].toObject();
        QCOMPARE(poll[u"voters"_s].toInt(), 2);
        QCOMPARE(poll[u"options"_s][0][u"votes"_s].toInt(), 1);
        QCOMPARE(poll[u"options"_s][2][u"votes"_s].toInt(), 1);
        QCOMPARE(poll[u"myChoices"_s].toArray(), QJsonArray{2});

        // Bad choices: refused, counts unchanged.
        for (const QJsonValue &bad :
             {QJsonValue(QJsonArray{0, 1}), QJsonValue(QJsonArray{3}), QJsonValue(QJsonArray{-1}),
              QJsonValue(QJsonArray{u"0"_s}), QJsonValue(1), QJsonValue(QJsonArray{0.5})}) {
            QCOMPARE(member.post(votes, {{u"choices"_s, bad}}).status, 400);
        }
        QCOMPARE(member.post(endpoints::VotePoll.url(987654), {{u"choices"_s, QJsonArray{0}}}).status, 404);
        const qint64 plain = author.post(endpoints::CreateArticle.url(), {{u"title"_s, u"t"_s}, {u"body"_s, u"b"_s}})
                                 .json[u"article"_s][u"id"_s]
                                 .toInteger();
        QCOMPARE(member.get(endpoints::GetPoll.url(plain)).status, 404);
        poll = member.get(endpoints::GetPoll.url(id)).json[u"poll"_s].toObject();
        QCOMPARE(poll[u"voters"_s].toInt(), 2);
        QVERIFY(!poll[u"closed"_s].toBool());

        // A second poll on the same article is refused; a poll added to a plain article is fine.
        QCOMPARE(author
                     .patch(endpoints::EditArticle.url(id),
                            {{u"poll"_s,
                              QJsonObject{{u"question"_s, u"Again?"_s}, {u"options"_s, QJsonArray{u"y"_s, u"n"_s}}}}})
                     .status,
                 409);
        QCOMPARE(author
                     .patch(endpoints::EditArticle.url(plain),
                            {{u"poll"_s, QJsonObject{{u"question"_s, u"Useful?"_s},
                                                     {u"options"_s, QJsonArray{u"y"_s, u"n"_s}},
                                                     {u"multiple"_s, true}}}})
                     .status,
                 200);
        QCOMPARE(member.post(endpoints::VotePoll.url(plain), {{u"choices"_s, QJsonArray{0, 1}}})
                     .json[u"poll"_s][u"options"_s][1][u"votes"_s]
                     .toInt(),
                 1);

        // Closed: the results stay readable, votes are refused.
        setClock(now.addSecs(7200));
        premium.login(u"premium"_s);
        const HttpResponse late = premium.post(votes, {{u"choices"_s, QJsonArray{1}}});
        QCOMPARE(late.status, 409);
        QCOMPARE(late.errorCode(), u"poll_closed"_s);
        poll = premium.get(endpoints::GetPoll.url(id)).json[u"poll"_s].toObject();
        QVERIFY(poll[u"closed"_s].toBool());
        QCOMPARE(poll[u"myChoices"_s].toArray(), QJsonArray{0});
    }

    void poll_onAPaidArticle_isForMembersOnly()
    {
        HttpClient author = as(u"author"_s);
        const HttpResponse r = author.post(
            endpoints::CreateArticle.url(),
            {{u"title"_s, u"Members' poll"_s},
             {u"body"_s, u"b"_s},
             {u"requiredTier"_s, u"member"_s},
             {u"poll"_s, QJsonObject{{u"question"_s, u"Q?"_s}, {u"options"_s, QJsonArray{u"y"_s, u"n"_s}}}}});
        const qint64 id = r.json[u"article"_s][u"id"_s].toInteger();
        HttpClient free = as(u"free"_s);
        const HttpResponse refused = free.post(endpoints::VotePoll.url(id), {{u"choices"_s, QJsonArray{0}}});
        QCOMPARE(refused.status, 403);
        QCOMPARE(refused.errorCode(), u"membership_required"_s);
        QCOMPARE(as(u"member"_s).post(endpoints::VotePoll.url(id), {{u"choices"_s, QJsonArray{1}}}).status, 200);
    }
};

QTEST_GUILESS_MAIN(TestServerPublishing)
#include "tst_server_publishing.moc"
