#include "protocol/endpoints.h"
#include "support/httpclient.h"
#include "support/testserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace guild::test;
namespace endpoints = guild::protocol::endpoints;

// Requests sent again with the same Idempotency-Key, against a real guild-server: a question with a
// bounty repeated after a lost answer is asked once and its points held once; repeats sent at the same
// time run once; a key reused for another request, a malformed key and failed requests are handled.
class TestServerIdempotency : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<TestServer> m_server;

    HttpClient as(const QString &user) { return HttpClient::signedIn(m_server->baseUrl(), user); }

    static HttpResponse postOnce(HttpClient &c, const QString &path, const QJsonObject &body, const QByteArray &key)
    {
        return c.send("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact), "application/json",
                      {{"Idempotency-Key", key}});
    }

    static qint64 points(HttpClient &c)
    {
        return c.get(endpoints::MyStanding.url()).json[u"standing"_s][u"points"_s].toInteger();
    }

    static int questionsTitled(HttpClient &c, const QString &title)
    {
        int n = 0;
        for (const QJsonValue &q :
             c.get(endpoints::ListQuestions.url() + u"?limit=100"_s).json[u"questions"_s].toArray()) {
            n += q[u"title"_s].toString() == title ? 1 : 0;
        }
        return n;
    }

    static int commentCount(HttpClient &c, qint64 article)
    {
        return int(c.get(endpoints::ListComments.url(article) + u"?limit=100"_s).json[u"comments"_s].toArray().size());
    }

    qint64 newArticle()
    {
        HttpClient author = as(u"author"_s);
        return author.post(endpoints::CreateArticle.url(), {{u"title"_s, u"Idempotency"_s}, {u"body"_s, u"Body"_s}})
            .json[u"article"_s][u"id"_s]
            .toInteger();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<TestServer>();
        QVERIFY(m_server->start());
    }

    void repeat_getsTheFirstAnswer_andHoldsTheBountyOnce()
    {
        HttpClient asker = as(u"premium"_s);
        (void)asker.post(endpoints::CheckIn.url(), {}); // a few points to offer, if the demo gave none
        const qint64 before = points(asker);
        QVERIFY(before >= 2);
        const QJsonObject question{
            {u"title"_s, u"Why is my build slow?"_s}, {u"body"_s, u"Ninja, two cores."_s}, {u"bounty"_s, 2}};
        const HttpResponse first = postOnce(asker, endpoints::AskQuestion.url(), question, "ask-3f9c2e7a-0001");
        QCOMPARE(first.status, 201);
        QVERIFY(!first.headers.contains("idempotent-replayed"));
        const HttpResponse again = postOnce(asker, endpoints::AskQuestion.url(), question, "ask-3f9c2e7a-0001");
        QCOMPARE(again.status, 201);
        QCOMPARE(again.headers.value("idempotent-replayed"), QByteArray("true"));
        QCOMPARE(again.json, first.json);
        QCOMPARE(questionsTitled(asker, u"Why is my build slow?"_s), 1);
        QCOMPARE(points(asker), before - 2);

        // The same key from another member is another request.
        HttpClient other = as(u"member"_s);
        const QJsonObject free{{u"title"_s, u"Why is my build slow?"_s}, {u"body"_s, u"Make, one core."_s}};
        QCOMPARE(postOnce(other, endpoints::AskQuestion.url(), free, "ask-3f9c2e7a-0001").status, 201);
        QCOMPARE(questionsTitled(asker, u"Why is my build slow?"_s), 2);
    }

    void sameKey_forAnotherRequest_isRefused_andChangesNothing()
    {
        HttpClient member = as(u"member"_s);
        const qint64 article = newArticle();
        const QString path = endpoints::ListComments.url(article);
        QCOMPARE(postOnce(member, path, {{u"body"_s, u"First"_s}}, "comment-key-0002").status, 201);
        const HttpResponse reused = postOnce(member, path, {{u"body"_s, u"Second"_s}}, "comment-key-0002");
        QCOMPARE(reused.status, 422);
        QCOMPARE(reused.errorCode(), u"idempotency_key_reused"_s);
        // Another path with the same body is another request too.
        const qint64 elsewhere = newArticle();
        QCOMPARE(postOnce(member, endpoints::AddComment.url(elsewhere), {{u"body"_s, u"First"_s}}, "comment-key-0002")
                     .errorCode(),
                 u"idempotency_key_reused"_s);
        QCOMPARE(commentCount(member, article), 1);
        QCOMPARE(commentCount(member, elsewhere), 0);
    }

    void malformedKeys_areRefused_beforeAnythingRuns()
    {
        HttpClient member = as(u"member"_s);
        const qint64 article = newArticle();
        const QString path = endpoints::ListComments.url(article);
        const QList<QByteArray> bad{"short", QByteArray(65, 'k'), "has space in it", "k\xc3\xa9y-with-accent", ""};
        for (const QByteArray &key : bad) {
            const HttpResponse r = postOnce(member, path, {{u"body"_s, u"Hello"_s}}, key);
            QCOMPARE(r.status, 400);
            QCOMPARE(r.errorCode(), u"invalid_field"_s);
        }
        QCOMPARE(commentCount(member, article), 0);
    }

    void failures_areNotKept_soTheFixedRequestRuns()
    {
        HttpClient member = as(u"member"_s);
        const qint64 article = newArticle();
        const QString path = endpoints::ListComments.url(article);
        // Refused, and refused again rather than replayed: nothing was done, nothing is remembered.
        QCOMPARE(postOnce(member, path, {{u"body"_s, u""_s}}, "fix-and-retry-0003").status, 400);
        const HttpResponse again = postOnce(member, path, {{u"body"_s, u""_s}}, "fix-and-retry-0003");
        QCOMPARE(again.status, 400);
        QVERIFY(!again.headers.contains("idempotent-replayed"));
        QCOMPARE(postOnce(member, path, {{u"body"_s, u"Now with text"_s}}, "fix-and-retry-0003").status, 201);
        QCOMPARE(postOnce(member, endpoints::AddComment.url(999999), {{u"body"_s, u"x"_s}}, "unknown-0003").status,
                 404);
        // Without a login the handler answers as always.
        HttpClient anonymous(m_server->baseUrl());
        QCOMPARE(postOnce(anonymous, path, {{u"body"_s, u"x"_s}}, "anonymous-0003").status, 401);
        QCOMPARE(commentCount(member, article), 1);
    }

    void repeatsSentTogether_runOnce()
    {
        HttpClient member = as(u"member"_s);
        const QString token = member.login(u"member"_s).json[u"accessToken"_s].toString();
        const qint64 article = newArticle();
        QUrl url = m_server->baseUrl();
        url.setPath(endpoints::ListComments.url(article));
        QNetworkAccessManager nam;
        QList<QNetworkReply *> replies;
        for (int i = 0; i < 6; ++i) {
            QNetworkRequest request(url);
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
            request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
            request.setRawHeader("Idempotency-Key", "together-0004-abcdef");
            replies.append(nam.post(request, QByteArray(R"({"body":"Once only"})")));
        }
        QVERIFY(QTest::qWaitFor(
            [&] {
                return std::all_of(replies.cbegin(), replies.cend(), [](QNetworkReply *r) { return r->isFinished(); });
            },
            30000));
        int created = 0;
        for (QNetworkReply *r : replies) {
            const int status = r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            const QJsonObject json = QJsonDocument::fromJson(r->readAll()).object();
            if (status == 201) {
                ++created;
            } else {
                // Still running when this one came: told to come back, with nothing done.
                QCOMPARE(status, 409);
                QCOMPARE(json[u"error"_s][u"code"_s].toString(), u"request_in_progress"_s);
                QCOMPARE(r->rawHeader("Retry-After"), QByteArray("1"));
            }
            r->deleteLater();
        }
        QVERIFY(created >= 1);
        QCOMPARE(commentCount(member, article), 1);
    }

    void answersWithCredentials_areNeverKept()
    {
        // A refresh sent twice with one key runs twice: its tokens are not stored, and the second use of
        // the same refresh token is caught as reuse, as without a key.
        HttpClient c(m_server->baseUrl());
        const QString refresh = c.login(u"member"_s).json[u"refreshToken"_s].toString();
        const QJsonObject body{{u"refreshToken"_s, refresh}};
        const HttpResponse first = postOnce(c, endpoints::Refresh.url(), body, "refresh-key-0005");
        QCOMPARE(first.status, 200);
        const HttpResponse again = postOnce(c, endpoints::Refresh.url(), body, "refresh-key-0005");
        QCOMPARE(again.status, 401);
        QCOMPARE(again.errorCode(), u"token_reused"_s);
    }

    void withoutKey_everyRequestRuns()
    {
        HttpClient member = as(u"member"_s);
        const qint64 article = newArticle();
        const QString path = endpoints::ListComments.url(article);
        QCOMPARE(member.post(path, {{u"body"_s, u"Same"_s}}).status, 201);
        QCOMPARE(member.post(path, {{u"body"_s, u"Same"_s}}).status, 201);
        QCOMPARE(commentCount(member, article), 2);
    }
};

QTEST_GUILESS_MAIN(TestServerIdempotency)
#include "tst_server_idempotency.moc"
