#include "protocol/endpoints.h"
#include "support/httpclient.h"
#include "support/testserver.h"
#include "support/wsclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace guild::test;
namespace endpoints = guild::protocol::endpoints;

// The server killed with SIGKILL again and again while members write, as a power cut would: every
// message it acknowledged and every POST it answered is stored exactly once, what was in flight is
// stored once when the client sends it again (the same clientId, the same Idempotency-Key), channels
// keep their sequence without holes, and the database passes its integrity check. GUILD_FAULT_KILLS
// sets how often (scripts/soak.sh: 100; the test script a few).
class TestServerFaults : public QObject
{
    Q_OBJECT
private:
    struct Post
    {
        QByteArray key;
        QString body;
        bool answered = false;
        QNetworkReply *reply = nullptr;
    };

    static int kills()
    {
        return qEnvironmentVariableIsSet("GUILD_FAULT_KILLS") ? qEnvironmentVariableIntValue("GUILD_FAULT_KILLS") : 30;
    }

    static QNetworkReply *postComment(QNetworkAccessManager &nam, const QUrl &base, const QString &token,
                                      qint64 article, const Post &post)
    {
        QUrl url = base;
        url.setPath(endpoints::ListComments.url(article));
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
        request.setRawHeader("Idempotency-Key", post.key);
        request.setTransferTimeout(10000);
        return nam.post(request, QJsonDocument(QJsonObject{{u"body"_s, post.body}}).toJson(QJsonDocument::Compact));
    }

private Q_SLOTS:
    void killedAgainAndAgain_keepsEveryAcknowledgedWrite_exactlyOnce()
    {
        TestServer server(TestServer::Options{true, {u"--chat-rate"_s, u"100000:100000"_s}});
        QVERIFY(server.start());
        HttpClient member = HttpClient::signedIn(server.baseUrl(), u"member"_s);
        const QString chatToken = HttpClient(server.baseUrl()).login(u"member"_s).json[u"accessToken"_s].toString();
        const QString restToken = HttpClient(server.baseUrl()).login(u"free"_s).json[u"accessToken"_s].toString();
        qint64 general = 0;
        for (const QJsonValue &c : member.get(endpoints::ListChannels.url()).json[u"channels"_s].toArray()) {
            general = c[u"requiredTier"_s] == u"free"_s ? c[u"id"_s].toInteger() : general;
        }
        qint64 article = 0;
        for (const QJsonValue &a :
             member.get(endpoints::ListArticles.url() + u"?limit=20"_s).json[u"articles"_s].toArray()) {
            article = a[u"requiredTier"_s] == u"free"_s ? a[u"id"_s].toInteger() : article;
        }
        QVERIFY(general > 0 && article > 0);

        QStringList sent;          // every clientId (and body) ever sent, in order
        QSet<QString> acked;       // what the server acknowledged
        QList<Post> posts;         // every comment ever posted
        QNetworkAccessManager nam; // the REST writer
        auto *random = QRandomGenerator::global();
        WsClient ws(server.baseUrl());
        const auto collectAcks = [&] {
            for (const QJsonObject &f : ws.framesOfType(u"ack"_s)) {
                acked.insert(f[u"clientId"_s].toString());
            }
        };
        const auto collectAnswers = [&] {
            for (Post &p : posts) {
                if (p.reply && p.reply->isFinished()) {
                    const int status = p.reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                    p.answered = p.answered || status == 201;
                    p.reply->deleteLater();
                    p.reply = nullptr;
                }
            }
        };

        // Connected again: what the last kill cut off goes again, as the client's outboxes would send it.
        const auto reconnectAndResend = [&] {
            ws.reset();
            if (ws.openAndAuth(chatToken).isEmpty()) {
                return false;
            }
            for (const QString &id : std::as_const(sent)) {
                if (!acked.contains(id)) {
                    ws.send(general, id, id);
                }
            }
            return true;
        };

        int killed = 0;
        for (int round = 0; round < kills(); ++round) {
            if (!server.isRunning()) {
                QVERIFY(server.start());
            }
            QVERIFY(reconnectAndResend());
            for (Post &p : posts) {
                if (!p.answered && !p.reply) {
                    p.reply = postComment(nam, server.baseUrl(), restToken, article, p);
                }
            }
            // A steady load: a burst of new messages and comments, and the kill comes while it is in flight.
            const qsizetype ackedBefore = acked.size();
            for (int i = 0; i < 40; ++i) {
                const QString id = u"fault-%1-%2"_s.arg(round).arg(i);
                sent.append(id);
                ws.send(general, id, id);
                if (i % 4 == 0) {
                    posts.append({u"k-%1-%2-%3"_s.arg(round).arg(i).arg(random->generate()).toLatin1(),
                                  u"fault comment %1-%2"_s.arg(round).arg(i), false, nullptr});
                    posts.last().reply = postComment(nam, server.baseUrl(), restToken, article, posts.last());
                }
            }
            const qsizetype wanted = ackedBefore + 1 + random->bounded(30);
            QTRY_VERIFY_WITH_TIMEOUT((collectAcks(), acked.size() >= wanted), 20000);
            server.kill();
            ++killed;
            collectAcks();
            QTRY_VERIFY_WITH_TIMEOUT(std::all_of(posts.cbegin(), posts.cend(),
                                                 [](const Post &p) { return !p.reply || p.reply->isFinished(); }),
                                     20000);
            collectAnswers();
        }

        // Back for good: everything outstanding is sent once more and arrives.
        QVERIFY(server.start());
        QVERIFY(reconnectAndResend());
        QTRY_VERIFY_WITH_TIMEOUT((collectAcks(), acked.size() == sent.size()), 30000);
        for (Post &p : posts) {
            if (!p.answered) {
                p.reply = postComment(nam, server.baseUrl(), restToken, article, p);
            }
        }
        QTRY_VERIFY_WITH_TIMEOUT(
            std::all_of(posts.cbegin(), posts.cend(), [](const Post &p) { return !p.reply || p.reply->isFinished(); }),
            30000);
        collectAnswers();
        QVERIFY(std::all_of(posts.cbegin(), posts.cend(), [](const Post &p) { return p.answered; }));

        // Exactly once, and no holes.
        HttpClient reader = HttpClient::signedIn(server.baseUrl(), u"member"_s);
        QStringList bodies;
        QList<qint64> seqs;
        for (const QJsonObject &m : reader.channelMessages(general)) {
            bodies.append(m[u"body"_s].toString());
            seqs.append(m[u"seq"_s].toInteger());
        }
        for (const QString &id : std::as_const(sent)) {
            QVERIFY2(bodies.count(id) == 1, qPrintable(u"%1 stored %2 times"_s.arg(id).arg(bodies.count(id))));
        }
        for (qsizetype i = 0; i < seqs.size(); ++i) {
            QCOMPARE(seqs[i], qint64(i + 1));
        }
        QStringList comments;
        for (qint64 after = 0;;) {
            const QJsonArray list =
                reader.get(endpoints::ListComments.url(article) + u"?after=%1&limit=100"_s.arg(after))
                    .json[u"comments"_s]
                    .toArray();
            for (const QJsonValue &c : list) {
                comments.append(c[u"body"_s].toString());
                after = c[u"id"_s].toInteger();
            }
            if (list.size() < 100) {
                break;
            }
        }
        for (const Post &p : std::as_const(posts)) {
            QVERIFY2(comments.count(p.body) == 1,
                     qPrintable(u"'%1' stored %2 times"_s.arg(p.body).arg(comments.count(p.body))));
        }
        qInfo("%d kills: %d messages and %d comments, each stored once", killed, int(sent.size()), int(posts.size()));

        QVERIFY(server.stop());
        if (!server.isPostgres()) {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"integrity"_s);
            db.setDatabaseName(server.sqlitePath());
            QVERIFY(db.open());
            QSqlQuery check(db);
            QVERIFY(check.exec(u"PRAGMA integrity_check"_s) && check.next());
            QCOMPARE(check.value(0).toString(), u"ok"_s);
        }
    }
};

QTEST_GUILESS_MAIN(TestServerFaults)
#include "tst_server_faults.moc"
