#include "protocol/endpoints.h"
#include "support/httpclient.h"
#include "support/testserver.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace guild::test;
namespace endpoints = guild::protocol::endpoints;

// The feed, the reader and the paywall, and authoring, against a real guild-server with demo data.
class TestServerArticles : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<TestServer> m_server;

    HttpClient as(const QString &user) { return HttpClient::signedIn(m_server->baseUrl(), user); }

    static QJsonObject firstWithTier(const QJsonArray &articles, const QString &tier)
    {
        for (const QJsonValue &v : articles) {
            if (v[u"requiredTier"_s].toString() == tier) {
                return v.toObject();
            }
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<TestServer>();
        QVERIFY(m_server->start());
    }

    void cleanupTestCase() { QVERIFY2(m_server->stop(), qPrintable(m_server->errorOutput().right(4000))); }

    void feed_pagesThroughAllArticles_withoutRepeats()
    {
        HttpClient c = as(u"member"_s);
        QSet<qint64> seen;
        QString cursor;
        int pages = 0;
        QDateTime previous;
        do {
            const HttpResponse r = c.get(endpoints::ListArticles.url() + u"?limit=50"_s +
                                         (cursor.isEmpty() ? QString() : u"&cursor="_s + cursor));
            QCOMPARE(r.status, 200);
            for (const QJsonValue &v : r.json[u"articles"_s].toArray()) {
                QVERIFY(!seen.contains(v[u"id"_s].toInteger()));
                seen.insert(v[u"id"_s].toInteger());
                QVERIFY(!v.toObject().contains(u"body"_s));
                const QDateTime published = QDateTime::fromString(v[u"publishedAt"_s].toString(), Qt::ISODateWithMs);
                QVERIFY(!previous.isValid() || published <= previous);
                previous = published;
            }
            cursor = r.json[u"nextCursor"_s].toString();
            ++pages;
        } while (!cursor.isEmpty() && pages < 10);
        QCOMPARE(seen.size(), 200);
        QCOMPARE(pages, 4);
    }

    void feed_tagFilter_onlyTagged()
    {
        HttpClient c = as(u"member"_s);
        const HttpResponse r = c.get(endpoints::ListArticles.url() + u"?tag=rust&limit=100"_s);
        QCOMPARE(r.status, 200);
        const QJsonArray articles = r.json[u"articles"_s].toArray();
        QVERIFY(!articles.isEmpty());
        for (const QJsonValue &v : articles) {
            QVERIFY(v[u"tags"_s].toArray().contains(u"rust"_s));
        }
        const HttpResponse chinese = c.get(endpoints::ListArticles.url() + u"?tag=%E6%80%A7%E8%83%BD"_s); // 性能
        QVERIFY(!chinese.json[u"articles"_s].toArray().isEmpty());
    }

    void paywall_freeMember_seesLockedSummaryAnd403()
    {
        HttpClient c = as(u"free"_s);
        const QJsonArray articles = c.get(endpoints::ListArticles.url() + u"?limit=30"_s).json[u"articles"_s].toArray();
        const QJsonObject paid = firstWithTier(articles, u"member"_s);
        const QJsonObject free = firstWithTier(articles, u"free"_s);
        QVERIFY(!paid.isEmpty() && !free.isEmpty());
        QVERIFY(paid[u"locked"_s].toBool());
        QVERIFY(!paid[u"summary"_s].toString().isEmpty());
        QVERIFY(!free[u"locked"_s].toBool());

        const HttpResponse denied = c.get(endpoints::GetArticle.url(paid[u"id"_s].toInteger()));
        QCOMPARE(denied.status, 403);
        QCOMPARE(denied.errorCode(), u"membership_required"_s);
        QVERIFY(!denied.body.contains("```"));
        QCOMPARE(c.post(endpoints::LikeArticle.url(paid[u"id"_s].toInteger()), {}).status, 403);
        QCOMPARE(c.get(endpoints::ListComments.url(paid[u"id"_s].toInteger())).status, 403);

        const HttpResponse allowed = c.get(endpoints::GetArticle.url(free[u"id"_s].toInteger()));
        QCOMPARE(allowed.status, 200);
        QVERIFY(!allowed.json[u"article"_s][u"body"_s].toString().isEmpty());
    }

    void paywall_memberVsPremium()
    {
        HttpClient member = as(u"member"_s);
        HttpClient premium = as(u"premium"_s);
        const QJsonArray articles =
            member.get(endpoints::ListArticles.url() + u"?limit=30"_s).json[u"articles"_s].toArray();
        const qint64 premiumId = firstWithTier(articles, u"premium"_s)[u"id"_s].toInteger();
        const qint64 memberId = firstWithTier(articles, u"member"_s)[u"id"_s].toInteger();
        QCOMPARE(member.get(endpoints::GetArticle.url(memberId)).status, 200);
        QCOMPARE(member.get(endpoints::GetArticle.url(premiumId)).status, 403);
        QCOMPARE(premium.get(endpoints::GetArticle.url(premiumId)).status, 200);
    }

    void feed_withoutLogin_returns401()
    {
        HttpClient c(m_server->baseUrl());
        QCOMPARE(c.get(endpoints::ListArticles.url()).status, 401);
        QCOMPARE(c.get(endpoints::GetArticle.url(1)).status, 401);
    }

    void article_unknownId_returns404()
    {
        HttpClient c = as(u"premium"_s);
        QCOMPARE(c.get(endpoints::GetArticle.url(999999)).status, 404);
        QCOMPARE(c.get(endpoints::GetArticle.url(999999)).errorCode(), u"not_found"_s);
        QCOMPARE(c.get(endpoints::ListArticles.url() + u"/notanumber"_s).status, 404);
    }

    void create_byAuthor_returns201_andAppearsFirst()
    {
        HttpClient author = as(u"author"_s);
        const HttpResponse r =
            author.post(endpoints::CreateArticle.url(), {{u"title"_s, u"Fresh: coroutines in Qt"_s},
                                                         {u"body"_s, u"## Hi\n\n```cpp\nco_await x;\n```"_s},
                                                         {u"tags"_s, QJsonArray{u"cpp"_s, u"coroutines"_s}},
                                                         {u"requiredTier"_s, u"member"_s}});
        QCOMPARE(r.status, 201);
        const QJsonObject article = r.json[u"article"_s].toObject();
        QCOMPARE(article[u"title"_s].toString(), u"Fresh: coroutines in Qt"_s);
        QCOMPARE(article[u"requiredTier"_s].toString(), u"member"_s);
        QVERIFY(!article[u"summary"_s].toString().isEmpty());

        HttpClient free = as(u"free"_s);
        const QJsonObject first =
            free.get(endpoints::ListArticles.url() + u"?limit=1"_s).json[u"articles"_s].toArray().first().toObject();
        QCOMPARE(first[u"id"_s].toInteger(), article[u"id"_s].toInteger());
        QVERIFY(first[u"locked"_s].toBool());
    }

    void create_byMember_returns403()
    {
        HttpClient member = as(u"member"_s);
        const HttpResponse r = member.post(endpoints::CreateArticle.url(), {{u"title"_s, u"x"_s}, {u"body"_s, u"y"_s}});
        QCOMPARE(r.status, 403);
        QCOMPARE(r.errorCode(), u"forbidden"_s);
    }

    void edit_byAuthorAndNotByOthers()
    {
        HttpClient author = as(u"author"_s);
        const qint64 id =
            author.post(endpoints::CreateArticle.url(), {{u"title"_s, u"Draft"_s}, {u"body"_s, u"text"_s}})
                .json[u"article"_s][u"id"_s]
                .toInteger();
        const HttpResponse edited = author.patch(endpoints::EditArticle.url(id), {{u"title"_s, u"Final"_s}});
        QCOMPARE(edited.status, 200);
        QCOMPARE(edited.json[u"article"_s][u"title"_s].toString(), u"Final"_s);
        QCOMPARE(edited.json[u"article"_s][u"body"_s].toString(), u"text"_s);

        HttpClient premium = as(u"premium"_s);
        QCOMPARE(premium.patch(endpoints::EditArticle.url(id), {{u"title"_s, u"Hijack"_s}}).status, 403);
        QCOMPARE(premium.del(endpoints::DeleteArticle.url(id)).status, 403);
        QCOMPARE(premium.get(endpoints::GetArticle.url(id)).json[u"article"_s][u"title"_s].toString(), u"Final"_s);

        HttpClient admin = as(u"admin"_s);
        QCOMPARE(admin.del(endpoints::DeleteArticle.url(id)).status, 204);
        QCOMPARE(premium.get(endpoints::GetArticle.url(id)).status, 404);
    }

    void like_isIdempotent_andUnlikeReverts()
    {
        HttpClient c = as(u"premium"_s);
        const QJsonObject a =
            c.get(endpoints::ListArticles.url() + u"?limit=1"_s).json[u"articles"_s].toArray().first().toObject();
        const int before = a[u"likes"_s].toInt();
        const QString path = endpoints::LikeArticle.url(a[u"id"_s].toInteger());
        QCOMPARE(c.post(path, {}).json[u"article"_s][u"likes"_s].toInt(), before + 1);
        const HttpResponse again = c.post(path, {});
        QCOMPARE(again.json[u"article"_s][u"likes"_s].toInt(), before + 1);
        QVERIFY(again.json[u"article"_s][u"likedByMe"_s].toBool());
        QCOMPARE(c.del(path).json[u"article"_s][u"likes"_s].toInt(), before);
    }

    // Feed pages and articles are kept in memory per process: a like, an edit, a new tag, a comment and
    // a deletion made through another process on the same database show on this one's very next
    // answer, kept or not.
    void keptPagesAndArticles_showChangesMadeThroughAnotherProcess()
    {
        TestServer::Options options;
        options.sameDatabaseAs = m_server.get();
        TestServer other(options);
        QVERIFY(other.start());
        HttpClient here = as(u"premium"_s);
        HttpClient there = HttpClient::signedIn(other.baseUrl(), u"author"_s);
        const QString page = endpoints::ListArticles.url() + u"?limit=5"_s;
        const auto first = [&] { return here.get(page).json[u"articles"_s].toArray().first().toObject(); };
        const QJsonObject before = first();
        QCOMPARE(first(), before); // asked twice: the second is the kept page
        const qint64 id = before[u"id"_s].toInteger();

        QCOMPARE(there.post(endpoints::LikeArticle.url(id), {}).status, 200);
        QCOMPARE(first()[u"likes"_s].toInt(), before[u"likes"_s].toInt() + 1);
        QCOMPARE(there.post(endpoints::ListComments.url(id), {{u"body"_s, u"kept pages are dropped"_s}}).status, 201);
        QCOMPARE(first()[u"comments"_s].toInt(), before[u"comments"_s].toInt() + 1);

        const qint64 mine =
            there.post(endpoints::CreateArticle.url(), {{u"title"_s, u"Written elsewhere"_s}, {u"body"_s, u"text"_s}})
                .json[u"article"_s][u"id"_s]
                .toInteger();
        QCOMPARE(first()[u"id"_s].toInteger(), mine);
        const auto read = [&] { return here.get(endpoints::GetArticle.url(mine)); };
        QCOMPARE(read().json[u"article"_s][u"body"_s].toString(), u"text"_s); // kept from here on
        const QJsonObject change{
            {u"title"_s, u"Renamed elsewhere"_s}, {u"body"_s, u"new text"_s}, {u"tags"_s, QJsonArray{u"kept"_s}}};
        QCOMPARE(there.patch(endpoints::EditArticle.url(mine), change).status, 200);
        const QJsonObject edited = first();
        QCOMPARE(edited[u"title"_s].toString(), u"Renamed elsewhere"_s);
        QCOMPARE(edited[u"tags"_s].toArray(), QJsonArray{u"kept"_s});
        const QJsonObject reread = read().json[u"article"_s].toObject();
        QCOMPARE(reread[u"title"_s].toString(), u"Renamed elsewhere"_s);
        QCOMPARE(reread[u"body"_s].toString(), u"new text"_s);
        QCOMPARE(there.post(endpoints::LikeArticle.url(mine), {}).status, 200);
        QCOMPARE(read().json[u"article"_s][u"likes"_s].toInt(), 1);
        QCOMPARE(there.del(endpoints::DeleteArticle.url(mine)).status, 204);
        QCOMPARE(read().status, 404);
        QCOMPARE(first()[u"id"_s].toInteger(), id);
        QCOMPARE(there.del(endpoints::LikeArticle.url(id)).status, 200);
        QVERIFY(other.stop());
    }

    void comments_addAndList()
    {
        HttpClient c = as(u"member"_s);
        const qint64 id = c.get(endpoints::ListArticles.url() + u"?limit=1"_s)
                              .json[u"articles"_s]
                              .toArray()
                              .first()[u"id"_s]
                              .toInteger();
        // the newest article may be locked for members; pick a free one instead
        const QJsonArray list = c.get(endpoints::ListArticles.url() + u"?limit=10"_s).json[u"articles"_s].toArray();
        qint64 target = id;
        for (const QJsonValue &v : list) {
            if (!v[u"locked"_s].toBool()) {
                target = v[u"id"_s].toInteger();
                break;
            }
        }
        const QString path = endpoints::ListComments.url(target);
        const HttpResponse added = c.post(path, {{u"body"_s, u"很有帮助，谢谢！"_s}});
        QCOMPARE(added.status, 201);
        const QJsonArray comments = c.get(path).json[u"comments"_s].toArray();
        QCOMPARE(comments.last()[u"body"_s].toString(), u"很有帮助，谢谢！"_s);
        QCOMPARE(comments.last()[u"author"_s].toString(), u"Mei Member"_s);
        QCOMPARE(c.post(path, {{u"body"_s, u"   "_s}}).status, 400);
    }
};

QTEST_GUILESS_MAIN(TestServerArticles)
#include "tst_server_articles.moc"
