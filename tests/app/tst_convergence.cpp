// A client that was away while the community changed converges to the server's state when it comes
// back: articles edited, deleted, added and made paid while it was away, the member's tier lowered,
// then their membership run out. After each, what the client has is exactly what the server would
// give that member now — the same articles, titles, locks and bodies, and nothing else.

#include "net/apiclient.h"
#include "protocol/api/articles.h"
#include "protocol/api/membership.h"
#include "protocol/endpoints.h"
#include "secrets/secretstore.h"
#include "services/downloadservice.h"
#include "services/leaseguard.h"
#include "services/syncservice.h"
#include "session.h"
#include "storage/localcache.h"
#include "support/cachewait.h"
#include "support/httpclient.h"
#include "support/signin.h"
#include "support/testserver.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using namespace guild;
using namespace guild::app;
using namespace guild::protocol;
using guild::test::TestServer;
namespace endpoints = guild::protocol::endpoints;

namespace {

/// What a member has of one article.
struct Held
{
    QString title;
    bool locked = false;
    QString body;
    bool operator==(const Held &) const = default;
};
using Holding = QMap<qint64, Held>;

char *toString(const Held &h)
{
    return qstrdup(qPrintable(u"%1 locked=%2 body=%3"_s.arg(h.title).arg(h.locked).arg(h.body.left(40))));
}

/// What the server gives `member` now: its whole change feed, from the start.
Holding serverView(test::HttpClient &member)
{
    Holding view;
    QString since;
    for (int page = 0; page < 100; ++page) {
        const auto sync = SyncPage::fromJson(
            member.get(endpoints::Sync.url() + u"?"_s + SyncRequest{since, 500}.toQuery().toString(QUrl::FullyEncoded))
                .json);
        if (!sync) {
            return {};
        }
        for (const Article &a : sync->upserts) {
            view.insert(a.id, {a.title, a.locked, a.hasBody ? a.body : QString()});
        }
        for (qint64 id : sync->deletedArticleIds) {
            view.remove(id);
        }
        if (!sync->hasMore) {
            break;
        }
        since = sync->nextToken;
    }
    return view;
}

struct Client
{
    ApiClient api;
    MemorySecretStore secrets;
    Session session{api, secrets};
    LocalCache cache;
    SyncService sync{api, cache};
    DownloadService downloads{api, cache};
    LeaseGuard leases{api, cache, downloads};

    bool synced()
    {
        QSignalSpy finished(&sync, &SyncService::finished);
        sync.start();
        return finished.wait(30000);
    }
    bool judged()
    {
        QSignalSpy judged(&leases, &LeaseGuard::judged);
        leases.refresh();
        return judged.wait(10000);
    }
    Holding held()
    {
        return test::runOnCache<Holding>(
                   cache,
                   [](QSqlDatabase &db) {
                       Holding view;
                       QSqlQuery q(db);
                       q.exec(u"SELECT id, title, locked, COALESCE(body, '') FROM articles"_s);
                       while (q.next()) {
                           view.insert(q.value(0).toLongLong(),
                                       {q.value(1).toString(), q.value(2).toBool(), q.value(3).toString()});
                       }
                       return view;
                   })
            .value_or(Holding{});
    }
};

} // namespace

class TestConvergence : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    static void compare(const Holding &held, const Holding &server)
    {
        QVERIFY(!server.isEmpty());
        QCOMPARE(held.keys(), server.keys());
        for (auto it = server.cbegin(); it != server.cend(); ++it) {
            QCOMPARE(held.value(it.key()), it.value());
        }
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void awayThroughEditsDeletionsADowngradeAndAnExpiry_convergesToTheServer()
    {
        TestServer server(TestServer::Options{true, {u"--test-clock"_s}});
        QVERIFY(server.start());
        test::HttpClient author = test::HttpClient::signedIn(server.baseUrl(), u"author"_s);
        test::HttpClient admin = test::HttpClient::signedIn(server.baseUrl(), u"admin"_s);
        Client client;
        QVERIFY(test::signIn(client.session, server.baseUrl(), u"premium"_s));
        QVERIFY(test::openCache(client.cache, m_dir.filePath(u"away.sqlite"_s)).isEmpty());
        QVERIFY(client.synced());
        QVERIFY(client.judged());
        test::HttpClient premium = test::HttpClient::signedIn(server.baseUrl(), u"premium"_s);
        compare(client.held(), serverView(premium));
        QVERIFY(!QTest::currentTestFailed());
        const Holding before = client.held();

        // Away: the author edits one premium article, deletes another, makes a free one paid and
        // publishes a new premium one.
        QList<qint64> premiumIds;
        qint64 freeId = 0;
        for (auto it = before.cbegin(); it != before.cend(); ++it) {
            const auto a = ArticleReply::fromJson(premium.get(endpoints::GetArticle.url(it.key())).json);
            if (a && a->value.requiredTier == Tier::Premium && premiumIds.size() < 2) {
                premiumIds.append(it.key());
            } else if (a && a->value.requiredTier == Tier::Free && !freeId) {
                freeId = it.key();
            }
        }
        QVERIFY(premiumIds.size() == 2 && freeId > 0);
        ArticleInput edit;
        edit.title = u"Edited while you were away"_s;
        edit.body = u"The body changed too."_s;
        QCOMPARE(author.patch(endpoints::EditArticle.url(premiumIds[0]), edit.toJson()).status, 200);
        QCOMPARE(author.del(endpoints::DeleteArticle.url(premiumIds[1])).status, 204);
        ArticleInput paid;
        paid.requiredTier = Tier::Member;
        QCOMPARE(author.patch(endpoints::EditArticle.url(freeId), paid.toJson()).status, 200);
        ArticleInput fresh;
        fresh.title = u"New for premium members"_s;
        fresh.body = u"Written while you were away."_s;
        fresh.requiredTier = Tier::Premium;
        QCOMPARE(author.post(endpoints::CreateArticle.url(), fresh.toJson()).status, 201);
        // And an admin lowers the member's tier to member, for a month.
        const qint64 premiumId = client.session.user().id;
        QCOMPARE(admin.post(endpoints::SetMemberTier.url(premiumId), TierRequest{u"member"_s, 30}.toJson()).status,
                 200);

        // Back: the lease follows the new tier, and the sync brings exactly what a member-tier member reads.
        QVERIFY(test::signIn(client.session, server.baseUrl(), u"premium"_s));
        QVERIFY(client.judged());
        QCOMPARE(client.leases.openTier(), Tier::Member);
        QVERIFY(client.synced());
        test::HttpClient asMember = test::HttpClient::signedIn(server.baseUrl(), u"premium"_s);
        const Holding member = serverView(asMember);
        compare(client.held(), member);
        QVERIFY(!QTest::currentTestFailed());
        QCOMPARE(member.value(premiumIds[0]).title, u"Edited while you were away"_s);
        QVERIFY(member.value(premiumIds[0]).locked); // premium, and the member reads member now
        QVERIFY(!member.contains(premiumIds[1]));
        QVERIFY(!member.value(freeId).locked); // made paid, for members: still theirs
        QVERIFY(!member.value(freeId).body.isEmpty());

        // Away again while the month runs out (grace included): back, nothing paid is left.
        const qint64 until = client.leases.validUntil().toMSecsSinceEpoch();
        QVERIFY(test::HttpClient::moveServerClock(server.baseUrl(),
                                                  QDateTime::fromMSecsSinceEpoch(until + 60 * 1000, Qt::UTC)));
        QVERIFY(test::signIn(client.session, server.baseUrl(), u"premium"_s));
        QVERIFY(client.judged());
        QCOMPARE(client.leases.openTier(), Tier::Free);
        QVERIFY(client.synced());
        test::HttpClient lapsed = test::HttpClient::signedIn(server.baseUrl(), u"premium"_s);
        const Holding free = serverView(lapsed);
        compare(client.held(), free);
        QVERIFY(!QTest::currentTestFailed());
        QVERIFY(free.value(freeId).locked);
        QVERIFY(free.value(freeId).body.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestConvergence)
#include "tst_convergence.moc"
