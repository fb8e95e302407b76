// The search box's service against a real server: the cache answers first, then the server's results
// are merged in without duplicates, what only the server found marked online; signed out (or offline)
// the cache alone answers; and the merge on its own (messages by their place, the period, the caps).

#include "net/apiclient.h"
#include "protocol/endpoints.h"
#include "secrets/secretstore.h"
#include "services/searchservice.h"
#include "session.h"
#include "storage/articlecache.h"
#include "support/cachewait.h"
#include "support/httpclient.h"
#include "support/signin.h"
#include "support/testserver.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace guild;
using namespace guild::app;
using models::SearchHit;
using models::SearchResults;
using test::TestServer;
namespace endpoints = protocol::endpoints;

namespace {

struct Member
{
    ApiClient api;
    MemorySecretStore secrets;
    Session session{api, secrets};
};

QStringList described(const QList<SearchHit> &hits)
{
    QStringList out;
    for (const SearchHit &h : hits) {
        out.append(u"%1%2"_s.arg(h.id).arg(h.online ? u" online"_s : QString()));
    }
    return out;
}

protocol::SearchResult result(protocol::SearchKind kind, qint64 id, qint64 parent = 0, qint64 seq = 0)
{
    protocol::SearchResult r;
    r.kind = kind;
    r.id = id;
    r.parentId = parent;
    r.seq = seq;
    r.title = u"t%1"_s.arg(id);
    r.createdAt = QDateTime::currentDateTimeUtc();
    return r;
}

} // namespace

class TestSearchService : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestServer> m_server;
    QTemporaryDir m_dir;

    qint64 publish(const QString &title, const QString &body)
    {
        test::HttpClient author(m_server->baseUrl());
        author.login(u"author"_s);
        return author
            .post(endpoints::CreateArticle.url(),
                  {{u"title"_s, title}, {u"body"_s, body}, {u"requiredTier"_s, u"free"_s}})
            .json[u"article"_s][u"id"_s]
            .toInteger();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<TestServer>();
        QVERIFY(m_server->start());
    }

    void cacheFirst_thenTheServersResultsMergedIn()
    {
        const qint64 cachedId = publish(u"蝾螈笔记"_s, u"关于蝾螈的缓存文章。"_s);
        const qint64 remoteId = publish(u"更多蝾螈"_s, u"只在服务器上的蝾螈文章。"_s);
        test::HttpClient member(m_server->baseUrl());
        member.login(u"member"_s);
        const qint64 question =
            member.post(endpoints::AskQuestion.url(), {{u"title"_s, u"蝾螈怎么养？"_s}, {u"body"_s, u"求教。"_s}})
                .json[u"question"_s][u"id"_s]
                .toInteger();
        QVERIFY(cachedId && remoteId && question);

        Member m;
        QVERIFY(test::signIn(m.session, m_server->baseUrl(), u"member"_s));
        LocalCache cache;
        QVERIFY(test::openCache(cache, m_dir.filePath(u"merge.sqlite"_s)).isEmpty());
        // The cache holds one of the two articles, as a sync would have left it.
        protocol::Article cached;
        cached.id = cachedId;
        cached.title = u"蝾螈笔记"_s;
        cached.summary = u"关于蝾螈的缓存文章。"_s;
        cached.body = cached.summary;
        cached.hasBody = true;
        cached.publishedAt = QDateTime::currentDateTimeUtc();
        QCOMPARE(test::runOnCache<bool>(cache, [cached](QSqlDatabase &db) { return ArticleCache(db).store(cached); }),
                 std::optional(true));

        SearchService search(m.api, cache);
        QSignalSpy ready(&search, &SearchService::resultsReady);
        search.search(u"蝾螈"_s);
        QVERIFY(ready.wait());
        const auto first = ready.takeFirst().at(1).value<SearchResults>();
        QCOMPARE(described(first.articles), QStringList{QString::number(cachedId)});
        QVERIFY(first.serverPending);
        QVERIFY(first.community.isEmpty());
        QVERIFY(ready.wait());
        const auto merged = ready.takeFirst().at(1).value<SearchResults>();
        QVERIFY(!merged.serverPending);
        QVERIFY(merged.serverAnswered);
        // The cached article once, then the one only the server has; the question in its own group.
        QCOMPARE(described(merged.articles),
                 (QStringList{QString::number(cachedId), QString::number(remoteId) + u" online"_s}));
        QCOMPARE(described(merged.community), QStringList{QString::number(question) + u" online"_s});
        QCOMPARE(merged.community.first().kind, SearchHit::Kind::Question);
        QVERIFY(merged.articles.last().snippet.contains(QChar(models::SnippetOpen)));

        // Narrowed as typed: what the author wrote (the server knows who wrote the question: not them).
        search.search(u"蝾螈 from:李老师"_s);
        QTRY_VERIFY(!ready.isEmpty() && ready.last().at(1).value<SearchResults>().serverAnswered);
        const auto byAuthor = ready.last().at(1).value<SearchResults>();
        QCOMPARE(ready.last().at(0).toString(), u"蝾螈 from:李老师"_s);
        QVERIFY(byAuthor.community.isEmpty());
        QCOMPARE(described(byAuthor.articles).size(), 2);
        ready.clear();

        // A newer search drops the older one's server answer.
        search.search(u"蝾"_s);
        search.search(u"蝾螈笔记"_s);
        QVERIFY(ready.wait());
        QTRY_VERIFY(!ready.isEmpty() && ready.last().at(1).value<SearchResults>().serverAnswered);
        for (const QList<QVariant> &answer : std::as_const(ready)) {
            QCOMPARE(answer.at(0).toString(), u"蝾螈笔记"_s);
        }
    }

    void signedOut_theCacheAlone()
    {
        Member m; // never signed in: no server to ask
        LocalCache cache;
        QVERIFY(test::openCache(cache, m_dir.filePath(u"alone.sqlite"_s)).isEmpty());
        SearchService search(m.api, cache);
        QSignalSpy ready(&search, &SearchService::resultsReady);
        search.search(u"蝾螈"_s);
        QVERIFY(ready.wait());
        const auto only = ready.takeFirst().at(1).value<SearchResults>();
        QVERIFY(only.isEmpty());
        QVERIFY(!only.serverPending && !only.serverAnswered);
        QVERIFY(!ready.wait(SearchService::ServerDelayMs * 3));
    }

    void merge_keepsTheCachesHits_andTheLimits()
    {
        SearchResults results;
        SearchHit message;
        message.kind = SearchHit::Kind::Message;
        message.id = 7; // seq 7 in channel 3
        message.containerId = 3;
        results.messages = {message};
        protocol::SearchPage page;
        // The same message as the server knows it (id 500, seq 7), and another one.
        page.results = {result(protocol::SearchKind::Message, 500, 3, 7),
                        result(protocol::SearchKind::Message, 501, 3, 8)};
        protocol::SearchResult old = result(protocol::SearchKind::Article, 40);
        old.createdAt = QDateTime::currentDateTimeUtc().addYears(-2);
        page.results.append(old);
        protocol::SearchResult marked = result(protocol::SearchKind::Answer, 41, 9);
        marked.title.clear();
        marked.parentTitle = u"How?"_s;
        marked.snippet = u"ab 线程 cd"_s;
        marked.highlights = {{3, 2}};
        page.results.append(marked);
        for (int i = 0; i < 5; ++i) {
            page.results.append(result(protocol::SearchKind::Event, 100 + i));
        }
        protocol::SearchResult member = result(protocol::SearchKind::Member, 7);
        member.title = u"Mei Member"_s;
        member.parentTitle = u"member"_s;
        page.results.append(member);
        models::SearchFilter lastYear;
        lastYear.since = QDateTime::currentDateTimeUtc().addYears(-1);
        SearchService::merge(results, page, lastYear, 4);
        QCOMPARE(described(results.messages), (QStringList{u"7"_s, u"8 online"_s}));
        QCOMPARE(results.messages.last().title, u"#"_s); // the channel's name, none given here
        QVERIFY(results.articles.isEmpty());             // older than the period
        QCOMPARE(results.community.size(), 4);
        QCOMPARE(results.community.first().kind, SearchHit::Kind::Answer);
        QCOMPARE(results.community.first().containerId, 9);
        QCOMPARE(results.community.first().title, u"How?"_s);
        QCOMPARE(results.community.first().snippet, u"ab \x02线程\x03 cd"_s);
        // A member in their own group, with the username to write to.
        QCOMPARE(results.members.size(), 1);
        QCOMPARE(results.members.first().kind, SearchHit::Kind::Member);
        QCOMPARE(results.members.first().title, u"Mei Member"_s);
        QCOMPARE(results.members.first().key, u"member"_s);
    }
};

QTEST_GUILESS_MAIN(TestSearchService)
#include "tst_searchservice.moc"
