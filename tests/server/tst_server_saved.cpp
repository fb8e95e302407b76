#include "protocol/endpoints.h"
#include "support/httpclient.h"
#include "support/testserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace guild::test;
using guild::protocol::SavedItems;
namespace endpoints = guild::protocol::endpoints;

// Bookmarks and highlights: saved only on what the member may read, each with the server's title;
// every write idempotent (the client's outbox may send one twice); bad keys and bodies refused with a
// clear error and nothing changed; one member never sees another's.
class TestServerSaved : public QObject
{
    Q_OBJECT
    std::unique_ptr<TestServer> m_server;

    HttpClient as(const QString &user) { return HttpClient::signedIn(m_server->baseUrl(), user); }

    static SavedItems saved(HttpClient &c)
    {
        return SavedItems::fromJson(c.get(endpoints::MySaved.url()).json).value_or(SavedItems{});
    }

    static HttpResponse put(HttpClient &c, const QString &path, const QByteArray &body = "{}")
    {
        return c.send("PUT", path, body);
    }

    /// The first article for `tier` in the feed, read as an admin.
    qint64 articleFor(const QString &tier)
    {
        HttpClient admin = as(u"admin"_s);
        for (const QJsonValue &a :
             admin.get(endpoints::ListArticles.url() + u"?limit=100"_s).json[u"articles"_s].toArray()) {
            if (a[u"requiredTier"_s].toString() == tier) {
                return a[u"id"_s].toInteger();
            }
        }
        return 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<TestServer>(TestServer::Options{true, {}, nullptr, true});
        QVERIFY(m_server->start());
    }

    void cleanupTestCase() { QVERIFY2(m_server->stop(), qPrintable(m_server->errorOutput().right(4000))); }

    void bookmarks_onWhatTheMemberReads_idempotent_withTheServersTitles()
    {
        HttpClient member = as(u"member"_s);
        const qint64 open = articleFor(u"member"_s);
        const qint64 premium = articleFor(u"premium"_s);
        QVERIFY(open > 0 && premium > 0);
        const QString title = member.get(endpoints::GetArticle.url(open)).json[u"article"_s][u"title"_s].toString();

        const QString key = u"article-%1"_s.arg(open);
        const HttpResponse first = put(member, endpoints::PutBookmark.url(key));
        QCOMPARE(first.status, 200);
        QCOMPARE(first.json[u"bookmark"_s][u"title"_s].toString(), title);
        const QString createdAt = first.json[u"bookmark"_s][u"createdAt"_s].toString();
        const HttpResponse again = put(member, endpoints::PutBookmark.url(key)); // the outbox sent it twice
        QCOMPARE(again.status, 200);
        QCOMPARE(again.json[u"bookmark"_s][u"createdAt"_s].toString(), createdAt); // kept the first time's
        QCOMPARE(saved(member).bookmarks.size(), 1);

        // A message in a channel the member reads, and an answer: titled by their text and question.
        const QJsonArray channels = member.get(endpoints::ListChannels.url()).json[u"channels"_s].toArray();
        qint64 messageId = 0;
        for (const QJsonValue &c : channels) {
            const QJsonArray messages =
                member.get(endpoints::ChannelHistory.url(c[u"id"_s].toInteger()) + u"?limit=5"_s)
                    .json[u"messages"_s]
                    .toArray();
            if (!messages.isEmpty()) {
                messageId = messages.first()[u"id"_s].toInteger();
                break;
            }
        }
        QVERIFY(messageId > 0);
        QCOMPARE(put(member, endpoints::PutBookmark.url(u"message-%1"_s.arg(messageId))).status, 200);
        const SavedItems items = saved(member);
        QCOMPARE(items.bookmarks.size(), 2);
        QCOMPARE(items.bookmarks.first().kind, guild::protocol::SavedKind::Message); // newest first
        QVERIFY(items.bookmarks.first().title.contains(u": "_s));

        // What the member may not read cannot be saved, and what is not there is not found.
        QCOMPARE(put(member, endpoints::PutBookmark.url(u"article-%1"_s.arg(premium))).status, 403);
        QCOMPARE(put(member, endpoints::PutBookmark.url(u"article-999999999"_s)).status, 404);
        QCOMPARE(put(member, endpoints::PutBookmark.url(u"lesson-999999999"_s)).status, 404);
        for (const QString &bad : {u"article"_s, u"article-0"_s, u"poem-3"_s, u"article--3"_s, u"article-1x"_s,
                                   u"article-99999999999999999999"_s}) {
            const HttpResponse refused = put(member, endpoints::PutBookmark.url(bad));
            QVERIFY2(refused.status == 400, qPrintable(bad));
            QCOMPARE(refused.json[u"error"_s][u"code"_s].toString(), u"invalid_field"_s);
        }
        QCOMPARE(saved(member).bookmarks.size(), 2);

        // Removing is idempotent too; another member sees none of it.
        QCOMPARE(member.del(endpoints::DeleteBookmark.url(key)).status, 204);
        QCOMPARE(member.del(endpoints::DeleteBookmark.url(key)).status, 204);
        QCOMPARE(saved(member).bookmarks.size(), 1);
        HttpClient other = as(u"premium"_s);
        QCOMPARE(saved(other).bookmarks.size(), 0);
    }

    void highlights_keyedByTheClient_editable_andBadInputChangesNothing()
    {
        HttpClient member = as(u"member"_s);
        const qint64 open = articleFor(u"free"_s);
        const QString key = u"0f8c2a7e-highlight"_s;
        const QJsonObject body{{u"kind"_s, u"article"_s},
                               {u"subjectId"_s, open},
                               {u"quote"_s, u"信号与槽 connect queued"_s},
                               {u"note"_s, u"跨线程"_s},
                               {u"start"_s, 12}};
        const auto json = [](const QJsonObject &o) { return QJsonDocument(o).toJson(QJsonDocument::Compact); };
        const HttpResponse made = put(member, endpoints::PutHighlight.url(key), json(body));
        QCOMPARE(made.status, 200);
        QCOMPARE(made.json[u"highlight"_s][u"quote"_s].toString(), u"信号与槽 connect queued"_s);
        QVERIFY(!made.json[u"highlight"_s][u"title"_s].toString().isEmpty());

        QJsonObject edited = body;
        edited[u"note"_s] = u"Queued connections copy the arguments."_s;
        QCOMPARE(put(member, endpoints::PutHighlight.url(key), json(edited)).status, 200);
        QCOMPARE(put(member, endpoints::PutHighlight.url(key), json(edited)).status, 200);
        SavedItems items = saved(member);
        QCOMPARE(items.highlights.size(), 1);
        QCOMPARE(items.highlights.first().note, u"Queued connections copy the arguments."_s);
        QCOMPARE(items.highlights.first().start, 12);

        const QList<std::pair<QString, QByteArray>> refused{
            {key, QByteArray("{")},
            {key, QByteArray("[]")},
            {key, json({{u"kind"_s, u"message"_s}, {u"subjectId"_s, open}, {u"quote"_s, u"x"_s}})},
            {key, json({{u"kind"_s, u"article"_s}, {u"subjectId"_s, u"7"_s}, {u"quote"_s, u"x"_s}})},
            {key, json({{u"kind"_s, u"article"_s}, {u"subjectId"_s, open}, {u"quote"_s, u"   "_s}})},
            {key, json({{u"kind"_s, u"article"_s}, {u"subjectId"_s, open}, {u"quote"_s, QString(2001, u'x')}})},
            {key, json({{u"kind"_s, u"article"_s}, {u"subjectId"_s, open}, {u"quote"_s, u"a\u0000b"_s}})},
            {key, QByteArray("{\"kind\":\"article\",\"subjectId\":1,\"quote\":\"\xff\xfe\"}")},
            {u"short"_s, json(body)},
            {u"has space here"_s, json(body)},
        };
        for (const auto &[badKey, badBody] : refused) {
            const HttpResponse r = put(member, endpoints::PutHighlight.url(badKey), badBody);
            QVERIFY2(r.status == 400, badBody.constData());
        }
        items = saved(member);
        QCOMPARE(items.highlights.size(), 1);
        QCOMPARE(items.highlights.first().note, u"Queued connections copy the arguments."_s);

        QCOMPARE(member.del(endpoints::DeleteHighlight.url(key)).status, 204);
        QCOMPARE(member.del(endpoints::DeleteHighlight.url(key)).status, 204);
        QCOMPARE(saved(member).highlights.size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestServerSaved)
#include "tst_server_saved.moc"
