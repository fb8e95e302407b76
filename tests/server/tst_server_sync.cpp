#include "protocol/endpoints.h"
#include "support/httpclient.h"
#include "support/testserver.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace guild::test;
namespace endpoints = guild::protocol::endpoints;

// GET /sync: the change feed behind the client's offline cache.
class TestServerSync : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<TestServer> m_server;

    struct Pulled
    {
        QHash<qint64, QJsonObject> articles;
        QSet<qint64> deleted;
        QString token;
        bool reset = false;
    };

    static Pulled pull(HttpClient &c, const QString &since, int limit = 50)
    {
        Pulled out;
        out.token = since;
        for (int guard = 0; guard < 100; ++guard) {
            const HttpResponse r = c.get(endpoints::Sync.url() + u"?limit=%1&since=%2"_s.arg(limit).arg(out.token));
            if (r.status != 200) {
                qWarning() << r.body;
                return out;
            }
            out.reset = out.reset || r.json[u"reset"_s].toBool();
            for (const QJsonValue &v : r.json[u"articles"_s].toArray()) {
                out.articles.insert(v[u"id"_s].toInteger(), v.toObject());
            }
            for (const QJsonValue &v : r.json[u"deletedArticles"_s].toArray()) {
                out.deleted.insert(v.toInteger());
            }
            out.token = r.json[u"nextToken"_s].toString();
            if (!r.json[u"hasMore"_s].toBool()) {
                break;
            }
        }
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<TestServer>();
        QVERIFY(m_server->start());
    }

    void cleanupTestCase() { QVERIFY2(m_server->stop(), qPrintable(m_server->errorOutput().right(4000))); }

    void fullSync_deliversEveryArticle_bodiesOnlyWhereEntitled()
    {
        HttpClient c(m_server->baseUrl());
        QCOMPARE(c.login(u"member"_s).status, 200);
        const Pulled all = pull(c, QString());
        QCOMPARE(all.articles.size(), 200);
        QVERIFY(all.deleted.isEmpty());
        int locked = 0;
        for (const QJsonObject &a : all.articles) {
            const bool isPremium = a[u"requiredTier"_s].toString() == u"premium"_s;
            QCOMPARE(a[u"locked"_s].toBool(), isPremium);
            QCOMPARE(a.contains(u"body"_s), !isPremium);
            locked += isPremium ? 1 : 0;
        }
        QCOMPARE(locked, 40); // every fifth demo article is premium

        // Each page says about how much follows, for the client's estimate; the last says nothing.
        const HttpResponse first = c.get(endpoints::Sync.url() + u"?limit=50"_s);
        QVERIFY(first.json[u"hasMore"_s].toBool());
        QCOMPARE(first.json[u"remaining"_s].toInteger(), 150);
        const HttpResponse last = c.get(endpoints::Sync.url() + u"?limit=500"_s);
        QVERIFY(!last.json[u"hasMore"_s].toBool());
        QCOMPARE(last.json[u"remaining"_s].toInteger(), 0);
    }

    void incrementalSync_returnsOnlyChanges_andDeletions()
    {
        HttpClient member(m_server->baseUrl());
        member.login(u"member"_s);
        const Pulled first = pull(member, QString());
        QCOMPARE(pull(member, first.token).articles.size(), 0);

        HttpClient author(m_server->baseUrl());
        author.login(u"author"_s);
        const qint64 created =
            author.post(endpoints::CreateArticle.url(), {{u"title"_s, u"New"_s}, {u"body"_s, u"b"_s}})
                .json[u"article"_s][u"id"_s]
                .toInteger();
        const qint64 edited = first.articles.begin().key();
        HttpClient admin(m_server->baseUrl());
        admin.login(u"admin"_s);
        QCOMPARE(admin.patch(endpoints::EditArticle.url(edited), {{u"title"_s, u"Edited title"_s}}).status, 200);

        const Pulled second = pull(member, first.token);
        QCOMPARE(second.articles.size(), 2);
        QVERIFY(second.articles.contains(created));
        QCOMPARE(second.articles.value(edited)[u"title"_s].toString(), u"Edited title"_s);

        QCOMPARE(admin.del(endpoints::DeleteArticle.url(created)).status, 204);
        const Pulled third = pull(member, second.token);
        QCOMPARE(third.articles.size(), 0);
        QCOMPARE(third.deleted, QSet<qint64>{created});
    }

    void tokenForAnotherTier_answersReset()
    {
        HttpClient member(m_server->baseUrl());
        member.login(u"member"_s);
        const HttpResponse r = member.get(endpoints::Sync.url() + u"?since=1.5.2&limit=10"_s);
        QCOMPARE(r.status, 200);
        QVERIFY(r.json[u"reset"_s].toBool());
    }

    void malformedToken_returns400()
    {
        HttpClient member(m_server->baseUrl());
        member.login(u"member"_s);
        for (const QString &bad : {u"abc"_s, u"1.-1.0"_s, u"1.5.0;DROP"_s, u"1.99999999999999999999.1"_s}) {
            const HttpResponse r =
                member.get(endpoints::Sync.url() + u"?since="_s + QString::fromLatin1(QUrl::toPercentEncoding(bad)));
            QCOMPARE(r.status, 400);
            QCOMPARE(r.errorCode(), u"invalid_cursor"_s);
        }
        QCOMPARE(member.get(endpoints::Sync.url() + u"?limit=0"_s).status, 400);
        QCOMPARE(member.get(endpoints::Sync.url() + u"?limit=100000"_s).status, 400);
    }
};

QTEST_GUILESS_MAIN(TestServerSync)
#include "tst_server_sync.moc"
