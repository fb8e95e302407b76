// The owner's maintenance, on real databases: `guild-server migrate` moves the demo community from
// SQLite to PostgreSQL and the same API answers come back; it refuses a target with members and every
// usage mistake. `guild-server backup` copies SQLite while the server runs and a server on the copy
// answers the same; pg_dump and pg_restore do the same for PostgreSQL.

#include "protocol/chat.h"
#include "protocol/endpoints.h"
#include "support/httpclient.h"
#include "support/prometheustext.h"
#include "support/scratchdatabase.h"
#include "support/testserver.h"
#include "support/wsclient.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace guild;
namespace endpoints = guild::protocol::endpoints;
using test::HttpClient;
using test::ScratchDatabase;
using test::TestServer;
using test::WsClient;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run run(const QString &program, const QStringList &args)
{
    QProcess process;
    process.start(program, args);
    if (!process.waitForStarted(10000) || !process.waitForFinished(120000)) {
        process.kill();
        return {};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

Run runServer(const QStringList &args)
{
    return run(QStringLiteral(GUILD_SERVER_BINARY), args);
}

/// What members see: the same community answers these the same, field for field.
QJsonObject answersOf(const TestServer &server)
{
    HttpClient premium = HttpClient::signedIn(server.baseUrl(), u"premium"_s);
    QJsonObject answers;
    const QJsonObject feed = premium.get(endpoints::ListArticles.url() + u"?limit=50"_s).json;
    answers.insert(u"feed"_s, feed);
    const qint64 first = feed[u"articles"_s][0][u"id"_s].toInteger();
    answers.insert(u"article"_s, premium.get(endpoints::GetArticle.url(first)).json);
    answers.insert(u"courses"_s, premium.get(endpoints::ListCourses.url()).json);
    answers.insert(u"membership"_s, premium.get(endpoints::MyMembership.url()).json);
    answers.insert(u"questions"_s, premium.get(endpoints::ListQuestions.url()).json);
    answers.insert(u"events"_s, premium.get(endpoints::ListEvents.url()).json);
    const QJsonObject channels = premium.get(endpoints::ListChannels.url()).json;
    answers.insert(u"channels"_s, channels);
    QJsonArray messages;
    for (const QJsonObject &m : premium.channelMessages(channels[u"channels"_s][0][u"id"_s].toInteger())) {
        messages.append(m);
    }
    answers.insert(u"messages"_s, messages);
    return answers;
}

QStringList titlesOf(const QJsonObject &feed)
{
    QStringList titles;
    for (const QJsonValue &a : feed[u"articles"_s].toArray()) {
        titles.append(a[u"title"_s].toString());
    }
    return titles;
}

void compareAnswers(const QJsonObject &moved, const QJsonObject &original)
{
    QVERIFY(original[u"feed"_s][u"articles"_s].toArray().size() > 10);
    QVERIFY(!original[u"messages"_s].toArray().isEmpty());
    for (const QString &key : original.keys()) {
        QVERIFY2(moved.value(key) == original.value(key), qPrintable(key));
    }
}

} // namespace

class TestServerOperations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void migrate_movesTheDemo_toPostgres_andTheAnswersMatch()
    {
        if (qEnvironmentVariableIsEmpty("GUILD_TEST_PG_URL")) {
            QSKIP("no PostgreSQL cluster to move to (./scripts/test.sh starts one)");
        }
        TestServer demo(TestServer::Options{true, {}, nullptr, true});
        QVERIFY(demo.start());
        const QJsonObject before = answersOf(demo);
        QVERIFY(demo.stop()); // the owner stops the server so nothing is written after the copy

        ScratchDatabase target;
        QVERIFY(target.create());
        const QString from = u"sqlite:"_s + demo.sqlitePath();
        const Run moved = runServer({u"migrate"_s, u"--from"_s, from, u"--to"_s, target.url()});
        QVERIFY2(moved.exitCode == 0, qPrintable(moved.err));
        QVERIFY(moved.out.contains(u"every table matches"_s));
        QVERIFY(moved.out.contains(u"usage_events"_s));
        QVERIFY(!moved.out.contains(u"DIFFERS"_s));

        // The same community, now on PostgreSQL, answers members the same.
        TestServer onPostgres(TestServer::Options{false, {u"--database"_s, target.url()}, nullptr});
        QVERIFY(onPostgres.start());
        compareAnswers(answersOf(onPostgres), before);
        QVERIFY(onPostgres.stop());

        // Never over a community: a second run finds members and copies nothing.
        const Run again = runServer({u"migrate"_s, u"--from"_s, from, u"--to"_s, target.url()});
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains(u"has members already"_s), qPrintable(again.err));
    }

    void migrate_usageMistakes_exit2_andMissingSource_exits1()
    {
        QTemporaryDir dir;
        const QString nowhere = u"sqlite:"_s + dir.filePath(u"none.sqlite"_s);
        QCOMPARE(runServer({u"migrate"_s, u"--from"_s, nowhere}).exitCode, 2);
        QCOMPARE(runServer({u"migrate"_s, u"--from"_s, nowhere, u"--to"_s, nowhere}).exitCode, 2);
        QCOMPARE(runServer({u"migrate"_s, u"--from"_s, u"sqlite:"_s, u"--to"_s, u"postgresql://h/db"_s}).exitCode, 2);
        QCOMPARE(runServer({u"migrate"_s, u"--from"_s, nowhere, u"--to"_s, u"mysql://h/db"_s}).exitCode, 2);
        QCOMPARE(runServer({u"migrate"_s, u"--bogus"_s}).exitCode, 2);
        const Run missing =
            runServer({u"migrate"_s, u"--from"_s, nowhere, u"--to"_s, u"sqlite:"_s + dir.filePath(u"new.sqlite"_s)});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(!QFileInfo::exists(dir.filePath(u"none.sqlite"_s))); // looking did not make one
        QCOMPARE(runServer({u"migrate"_s, u"--help"_s}).exitCode, 0);
    }

    void backup_whileTheServerRuns_servesTheSameCommunity()
    {
        TestServer demo(TestServer::Options{true, {}, nullptr, true});
        QVERIFY(demo.start());
        QVERIFY(!demo.isPostgres());
        // Writes keep coming while the copy is taken.
        HttpClient author = HttpClient::signedIn(demo.baseUrl(), u"author"_s);
        QCOMPARE(
            author.post(endpoints::CreateArticle.url(), {{u"title"_s, u"Before the backup"_s}, {u"body"_s, u"x"_s}})
                .status,
            201);
        QTemporaryDir dir;
        const QString copy = dir.filePath(u"restored/guild.sqlite"_s);
        QVERIFY(QDir().mkpath(dir.filePath(u"restored"_s)));
        const QString data = QFileInfo(demo.sqlitePath()).path();
        const Run backup = runServer({u"backup"_s, copy, u"--data"_s, data});
        QVERIFY2(backup.exitCode == 0, qPrintable(backup.err));
        QCOMPARE(QFileInfo(copy).permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
        QVERIFY(!QFileInfo::exists(copy + u".partial"_s));
        const QJsonObject before = answersOf(demo);
        QCOMPARE(author.post(endpoints::CreateArticle.url(), {{u"title"_s, u"After the backup"_s}, {u"body"_s, u"y"_s}})
                     .status,
                 201);

        // Restored: a server on the copy has what was there at the copy, not what came after.
        TestServer restored(TestServer::Options{false, {u"--data"_s, dir.filePath(u"restored"_s)}, nullptr});
        QVERIFY(restored.start());
        compareAnswers(answersOf(restored), before);
        QVERIFY(titlesOf(before[u"feed"_s].toObject()).contains(u"Before the backup"_s));
        QVERIFY(!titlesOf(answersOf(restored)[u"feed"_s].toObject()).contains(u"After the backup"_s));

        // A second backup over the first replaces it whole.
        QVERIFY(restored.stop());
        QCOMPARE(runServer({u"backup"_s, copy, u"--data"_s, data}).exitCode, 0);
        QVERIFY(restored.start());
        QVERIFY(titlesOf(answersOf(restored)[u"feed"_s].toObject()).contains(u"After the backup"_s));

        // Mistakes: nothing to copy, the database itself, PostgreSQL (pg_dump's job), no file named.
        QCOMPARE(runServer({u"backup"_s, dir.filePath(u"x.sqlite"_s), u"--data"_s, dir.filePath(u"empty"_s)}).exitCode,
                 1);
        QCOMPARE(runServer({u"backup"_s, demo.sqlitePath(), u"--data"_s, data}).exitCode, 2);
        const Run postgres =
            runServer({u"backup"_s, dir.filePath(u"p.sqlite"_s), u"--database"_s, u"postgresql://h/db"_s});
        QCOMPARE(postgres.exitCode, 1);
        QVERIFY(postgres.err.contains(u"pg_dump"_s));
        QCOMPARE(runServer({u"backup"_s}).exitCode, 2);
    }

    void pgDump_andRestore_serveTheSameCommunity()
    {
        if (qEnvironmentVariableIsEmpty("GUILD_TEST_PG_URL")) {
            QSKIP("no PostgreSQL cluster (./scripts/test.sh starts one)");
        }
        const QString pgDump = QStandardPaths::findExecutable(u"pg_dump"_s);
        const QString pgRestore = QStandardPaths::findExecutable(u"pg_restore"_s);
        QVERIFY2(!pgDump.isEmpty() && !pgRestore.isEmpty(), "pg_dump and pg_restore come with postgresql");
        ScratchDatabase original;
        QVERIFY(original.create());
        TestServer demo(TestServer::Options{true, {u"--database"_s, original.url()}, nullptr, true});
        QVERIFY(demo.start());
        const QJsonObject before = answersOf(demo);

        // As docs/deploy.md says, while the server runs.
        QTemporaryDir dir;
        const QString dump = dir.filePath(u"guild.dump"_s);
        const Run dumped = run(pgDump, {u"--format=custom"_s, u"--file"_s, dump, original.url()});
        QVERIFY2(dumped.exitCode == 0, qPrintable(dumped.err));
        ScratchDatabase copy;
        QVERIFY(copy.create());
        const Run restoredRun = run(pgRestore, {u"--no-owner"_s, u"--dbname"_s, copy.url(), dump});
        QVERIFY2(restoredRun.exitCode == 0, qPrintable(restoredRun.err));

        TestServer restored(TestServer::Options{false, {u"--database"_s, copy.url()}, nullptr});
        QVERIFY(restored.start());
        compareAnswers(answersOf(restored), before);
        // Sequences came along: new rows carry on after the restored ones.
        QCOMPARE(HttpClient::signedIn(restored.baseUrl(), u"author"_s)
                     .post(endpoints::CreateArticle.url(), {{u"title"_s, u"After the restore"_s}, {u"body"_s, u"z"_s}})
                     .status,
                 201);
    }

    void metrics_parseAsPrometheusText_andCountWhatHappened()
    {
        TestServer server(TestServer::Options{true, {u"--metrics-token"_s, u"scraper-token-0123456789"_s}, nullptr});
        QVERIFY(server.start());
        HttpClient premium(server.baseUrl());
        const QString token = premium.login(u"premium"_s).json[u"accessToken"_s].toString();
        QCOMPARE(premium.get(endpoints::ListArticles.url()).status, 200);
        QCOMPARE(premium.get(endpoints::GetArticle.url(999999)).status, 404);
        QCOMPARE(premium.get(u"/no/such/thing"_s).status, 404);
        QCOMPARE(premium.get(endpoints::Sync.url()).status, 200);
        WsClient socket(server.baseUrl());
        QVERIFY(!socket.openAndAuth(token).isEmpty());

        const test::HttpResponse scraped = HttpClient(server.baseUrl()).get(u"/metrics"_s);
        QCOMPARE(scraped.status, 200);
        QVERIFY(scraped.headers.value("content-type").startsWith("text/plain; version=0.0.4"));
        const QString text = QString::fromUtf8(scraped.body);
        const QString why = test::prometheusProblems(text);
        QVERIFY2(why.isEmpty(), qPrintable(why));
        const auto value = [&text](const QString &series) { return test::prometheusValue(text, series); };
        QCOMPARE(value(u"guild_http_requests_total{method=\"GET\",route=\"%1\",status=\"200\"}"_s.arg(
                     QString(endpoints::ListArticles.path))),
                 1.0);
        QCOMPARE(value(u"guild_http_requests_total{method=\"GET\",route=\"%1\",status=\"404\"}"_s.arg(
                     QString(endpoints::GetArticle.path))),
                 1.0);
        QCOMPARE(value(u"guild_http_requests_total{method=\"GET\",route=\"unmatched\",status=\"404\"}"_s), 1.0);
        QCOMPARE(value(u"guild_sync_pages_total"_s), 1.0);
        QCOMPARE(value(u"guild_websockets_open"_s), 1.0);
        QVERIFY(value(u"guild_database_statements_total"_s) > 10);
        QVERIFY(!text.contains(u"/no/such/thing"_s)); // what clients send never becomes a series
        QVERIFY(!text.contains(u"999999"_s));

        // Elsewhere than loopback only with the token; a wrong one is refused like none.
        QCOMPARE(HttpClient(server.baseUrl())
                     .send("GET", u"/metrics"_s, {}, {}, {{"X-Forwarded-For", "203.0.113.9"}})
                     .status,
                 200);
        TestServer proxied(TestServer::Options{
            false,
            {u"--trusted-proxy"_s, u"127.0.0.1"_s, u"--metrics-token"_s, u"scraper-token-0123456789"_s},
            &server});
        QVERIFY(proxied.start());
        const auto fromAfar = [&](const QByteArray &authorization) {
            QList<std::pair<QByteArray, QByteArray>> headers{{"X-Forwarded-For", "203.0.113.9"}};
            if (!authorization.isEmpty()) {
                headers.append({"Authorization", authorization});
            }
            return HttpClient(proxied.baseUrl()).send("GET", u"/metrics"_s, {}, {}, headers).status;
        };
        QCOMPARE(fromAfar({}), 403);
        QCOMPARE(fromAfar("Bearer scraper-token-wrong-guess"), 403);
        QCOMPARE(fromAfar("Bearer scraper-token-0123456789"), 200);
        QCOMPARE(runServer({u"--metrics-token"_s, u"short"_s, u"--list-routes"_s}).exitCode, 2);
    }

    void accessLog_isJson_withTheRequestId_theClientSees_andNoSecrets()
    {
        TestServer server(TestServer::Options{true, {u"--log-format"_s, u"json"_s}, nullptr});
        QVERIFY(server.start());
        HttpClient premium(server.baseUrl());
        const QString token = premium.login(u"premium"_s).json[u"accessToken"_s].toString();
        const test::HttpResponse feed = premium.get(endpoints::ListArticles.url());
        const QByteArray id = feed.headers.value("x-request-id");
        QCOMPARE(id.size(), 32);
        // A proxy's id is kept (nginx's $request_id), a malformed one replaced.
        QCOMPARE(
            premium.send("GET", endpoints::ListArticles.url(), {}, {}, {{"X-Request-Id", "nginx-0123456789abcdef"}})
                .headers.value("x-request-id"),
            QByteArray("nginx-0123456789abcdef"));
        QVERIFY(premium.send("GET", endpoints::ListArticles.url(), {}, {}, {{"X-Request-Id", "bad id, {evil}"}})
                    .headers.value("x-request-id") != "bad id, {evil}");
        QVERIFY(server.stop());

        QJsonObject line;
        int lines = 0;
        for (const QString &text : server.errorOutput().split(u'\n', Qt::SkipEmptyParts)) {
            QJsonParseError error;
            const QJsonObject object = QJsonDocument::fromJson(text.toUtf8(), &error).object();
            QVERIFY2(error.error == QJsonParseError::NoError && !object.isEmpty(), qPrintable(text));
            ++lines;
            if (object[u"requestId"_s].toString() == QString::fromLatin1(id)) {
                line = object;
            }
        }
        QVERIFY(lines > 3);
        QCOMPARE(line[u"route"_s].toString(), QString(endpoints::ListArticles.path));
        QCOMPARE(line[u"status"_s].toInt(), 200);
        QCOMPARE(line[u"level"_s].toString(), u"info"_s);
        QVERIFY(line[u"member"_s].toInteger() > 0);
        QVERIFY(line.contains(u"ms"_s) && line.contains(u"time"_s));
        QVERIFY(!server.errorOutput().contains(token));
        QVERIFY(!server.errorOutput().contains(u"guild-demo"_s)); // the demo password
    }

    void shutdown_answersRequestsInFlight_andTellsChatItIsRestarting()
    {
        TestServer server;
        QVERIFY(server.start());
        WsClient socket(server.baseUrl());
        HttpClient premium(server.baseUrl());
        QVERIFY(!socket.openAndAuth(premium.login(u"premium"_s).json[u"accessToken"_s].toString()).isEmpty());

        // A sign-in (a slow password hash) on an open connection, then the signal.
        QNetworkAccessManager nam;
        QNetworkRequest warm(server.baseUrl().resolved(QUrl(endpoints::Health.url())));
        QNetworkReply *first = nam.get(warm);
        QTRY_VERIFY(first->isFinished());
        QNetworkRequest login(server.baseUrl().resolved(QUrl(endpoints::Login.url())));
        login.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        QNetworkReply *inFlight = nam.post(login, R"({"username":"member","password":"guild-demo"})");
        server.terminate();
        QTRY_VERIFY_WITH_TIMEOUT(inFlight->isFinished(), 15000);
        QCOMPARE(inFlight->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QTRY_COMPARE_WITH_TIMEOUT(socket.socket()->state(), QAbstractSocket::UnconnectedState, 15000);
        QCOMPARE(static_cast<int>(socket.socket()->closeCode()), protocol::chat::closecodes::ServerRestarting);
        QTRY_VERIFY_WITH_TIMEOUT(!server.isRunning(), 15000);
        QVERIFY(server.stop()); // exited 0
        QVERIFY(server.errorOutput().contains(u"shutting down"_s));
        delete first;
        delete inFlight;
    }
};

QTEST_GUILESS_MAIN(TestServerOperations)
#include "tst_server_operations.moc"
