// The owner's maintenance, on real databases: `guild-server migrate` moves the demo community from
// SQLite to PostgreSQL and the same API answers come back; it refuses a target with members and every
// usage mistake. `guild-server backup` copies SQLite while the server runs and a server on the copy
// answers the same; pg_dump and pg_restore do the same for PostgreSQL.

#include "protocol/endpoints.h"
#include "support/httpclient.h"
#include "support/scratchdatabase.h"
#include "support/testserver.h"

#include <QFileInfo>
#include <QJsonArray>
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

Run server(const QStringList &args)
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
        const Run moved = server({u"migrate"_s, u"--from"_s, from, u"--to"_s, target.url()});
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
        const Run again = server({u"migrate"_s, u"--from"_s, from, u"--to"_s, target.url()});
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains(u"has members already"_s), qPrintable(again.err));
    }

    void migrate_usageMistakes_exit2_andMissingSource_exits1()
    {
        QTemporaryDir dir;
        const QString nowhere = u"sqlite:"_s + dir.filePath(u"none.sqlite"_s);
        QCOMPARE(server({u"migrate"_s, u"--from"_s, nowhere}).exitCode, 2);
        QCOMPARE(server({u"migrate"_s, u"--from"_s, nowhere, u"--to"_s, nowhere}).exitCode, 2);
        QCOMPARE(server({u"migrate"_s, u"--from"_s, u"sqlite:"_s, u"--to"_s, u"postgresql://h/db"_s}).exitCode, 2);
        QCOMPARE(server({u"migrate"_s, u"--from"_s, nowhere, u"--to"_s, u"mysql://h/db"_s}).exitCode, 2);
        QCOMPARE(server({u"migrate"_s, u"--bogus"_s}).exitCode, 2);
        const Run missing =
            server({u"migrate"_s, u"--from"_s, nowhere, u"--to"_s, u"sqlite:"_s + dir.filePath(u"new.sqlite"_s)});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(!QFileInfo::exists(dir.filePath(u"none.sqlite"_s))); // looking did not make one
        QCOMPARE(server({u"migrate"_s, u"--help"_s}).exitCode, 0);
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
        const Run backup = server({u"backup"_s, copy, u"--data"_s, data});
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
        QCOMPARE(server({u"backup"_s, copy, u"--data"_s, data}).exitCode, 0);
        QVERIFY(restored.start());
        QVERIFY(titlesOf(answersOf(restored)[u"feed"_s].toObject()).contains(u"After the backup"_s));

        // Mistakes: nothing to copy, the database itself, PostgreSQL (pg_dump's job), no file named.
        QCOMPARE(server({u"backup"_s, dir.filePath(u"x.sqlite"_s), u"--data"_s, dir.filePath(u"empty"_s)}).exitCode, 1);
        QCOMPARE(server({u"backup"_s, demo.sqlitePath(), u"--data"_s, data}).exitCode, 2);
        const Run postgres =
            server({u"backup"_s, dir.filePath(u"p.sqlite"_s), u"--database"_s, u"postgresql://h/db"_s});
        QCOMPARE(postgres.exitCode, 1);
        QVERIFY(postgres.err.contains(u"pg_dump"_s));
        QCOMPARE(server({u"backup"_s}).exitCode, 2);
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
};

QTEST_GUILESS_MAIN(TestServerOperations)
#include "tst_server_operations.moc"
