// The whole life of a new community against a real server without --demo, on SQLite and PostgreSQL:
// the first admin from the command line; tiers in a currency of the owner's choosing, a channel, a
// course with a section, a text lesson, a quiz and a video uploaded in pieces (cut off halfway,
// resumed, checked by hash); a member who signs up, buys a tier, reads, learns and chats; a spammer
// reported, banned with their content hidden, their live socket closed at once; and the audit log
// holding every step. Everything goes through the API the desktop client uses.

#include "protocol/chat.h"
#include "protocol/endpoints.h"
#include "protocol/errorcodes.h"
#include "support/httpclient.h"
#include "support/testserver.h"
#include "support/wsclient.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace guild;
using namespace guild::protocol;
namespace endpoints = guild::protocol::endpoints;
using test::HttpClient;
using test::HttpResponse;
using test::TestServer;
using test::WsClient;

namespace {

constexpr qint64 Piece = 1024 * 1024;

/// Bytes that look like an MP4 file to the server: an "ftyp" box, then noise.
QByteArray fakeMp4(qint64 size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator generator(20261130);
    generator.fillRange(reinterpret_cast<quint32 *>(bytes.data()), size / 4);
    const QByteArray header = QByteArray::fromHex("00000018") + "ftypisom" + QByteArray(12, '\0');
    bytes.replace(0, header.size(), header);
    return bytes;
}

QString sha256(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QByteArray contentRange(qint64 first, qint64 size, qint64 total)
{
    return "bytes " + QByteArray::number(first) + '-' + QByteArray::number(first + size - 1) + '/' +
           QByteArray::number(total);
}

} // namespace

class TestServerStory : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestServer> m_server;

    /// `guild-server admin ARGS` on `server`'s database (the story's by default).
    int admin(QStringList args, const QString &input = {}, const TestServer *server = nullptr)
    {
        server = server ? server : m_server.get();
        args.prepend(u"admin"_s);
        args += server->isPostgres() ? QStringList{u"--database"_s, server->postgresUrl()}
                                     : QStringList{u"--data"_s, QFileInfo(server->sqlitePath()).path()};
        QProcess process;
        process.start(QStringLiteral(GUILD_SERVER_BINARY), args);
        if (!process.waitForStarted(10000)) {
            return -1;
        }
        process.write(input.toUtf8());
        process.closeWriteChannel();
        return process.waitForFinished(60000) ? process.exitCode() : -1;
    }

    HttpResponse upload(HttpClient &client, const QString &id, const QByteArray &file, qint64 first, qint64 size)
    {
        return client.send("PUT", endpoints::UploadPiece.url(id), file.mid(first, size), "application/octet-stream",
                           {{"Content-Range", contentRange(first, size, file.size())}});
    }

    /// Sends the head of a piece and half of its bytes, then drops the connection: a network loss.
    void cutOff(const QString &token, const QString &id, const QByteArray &file, qint64 first)
    {
        QTcpSocket socket;
        socket.connectToHost(u"127.0.0.1"_s, m_server->port());
        QVERIFY(socket.waitForConnected(10000));
        const QByteArray head =
            "PUT " + endpoints::UploadPiece.url(id).toUtf8() +
            " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + token.toUtf8() +
            "\r\nContent-Type: application/octet-stream\r\nContent-Range: " + contentRange(first, Piece, file.size()) +
            "\r\nContent-Length: " + QByteArray::number(Piece) + "\r\n\r\n";
        socket.write(head + file.mid(first, Piece / 2));
        while (socket.bytesToWrite() > 0) {
            QVERIFY(socket.waitForBytesWritten(10000));
        }
        socket.abort();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<TestServer>(TestServer::Options{false, {u"--demo-payments"_s}, nullptr});
        QVERIFY(m_server->start());
    }

    void aCommunity_fromNothing_toPayingMembers_andASpammerGone()
    {
        // 1. The first admin, from the command line.
        QCOMPARE(admin({u"create-user"_s, u"owner"_s, u"--role"_s, u"admin"_s, u"--display-name"_s, u"Owner"_s,
                        u"--password-stdin"_s},
                       u"owner-password-1\n"_s),
                 0);
        HttpClient owner(m_server->baseUrl());
        QCOMPARE(owner.login(u"owner"_s, u"owner-password-1"_s).status, 200);

        // 2. Tiers in euros.
        const QJsonObject supporter{{u"name"_s, u"Supporter"_s},
                                    {u"description"_s, u"Every article, the supporters' channel and the courses."_s},
                                    {u"benefits"_s, QJsonArray{u"Member articles"_s, u"Courses"_s}},
                                    {u"monthlyPriceCents"_s, 900},
                                    {u"yearlyPriceCents"_s, 9000},
                                    {u"currency"_s, u"EUR"_s},
                                    {u"trialDays"_s, 0},
                                    {u"features"_s, QJsonArray{u"qa"_s}}};
        HttpResponse r = owner.send("PUT", endpoints::UpdateTier.url(u"member"_s),
                                    QJsonDocument(supporter).toJson(QJsonDocument::Compact));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json[u"tier"_s][u"currency"_s].toString(), u"EUR"_s);
        QJsonObject patron = supporter;
        patron[u"name"_s] = u"Patron"_s;
        patron[u"monthlyPriceCents"_s] = 2900;
        patron[u"yearlyPriceCents"_s] = 29000;
        patron[u"features"_s] = QJsonArray{u"events"_s};
        QCOMPARE(owner
                     .send("PUT", endpoints::UpdateTier.url(u"premium"_s),
                           QJsonDocument(patron).toJson(QJsonDocument::Compact))
                     .status,
                 200);
        for (const QJsonValue &tier :
             HttpClient(m_server->baseUrl()).get(endpoints::ListTiers.url()).json[u"tiers"_s].toArray()) {
            QCOMPARE(tier[u"currency"_s].toString(), u"EUR"_s);
        }

        // 3. Channels: one for everyone, one for supporters.
        r = owner.post(endpoints::CreateChannel.url(), {{u"name"_s, u"general"_s}, {u"topic"_s, u"Say hello"_s}});
        QCOMPARE(r.status, 201);
        const qint64 general = r.json[u"channel"_s][u"id"_s].toInteger();
        r = owner.post(endpoints::CreateChannel.url(),
                       {{u"name"_s, u"supporters"_s}, {u"requiredTier"_s, u"member"_s}});
        QCOMPARE(r.status, 201);
        const qint64 supporters = r.json[u"channel"_s][u"id"_s].toInteger();

        // 4. A course, drafted: a section, a text lesson, a quiz and a video lesson.
        r = owner.post(endpoints::CreateCourse.url(), {{u"title"_s, u"Qt from scratch"_s},
                                                       {u"description"_s, u"Widgets, models, signals."_s},
                                                       {u"requiredTier"_s, u"member"_s}});
        QCOMPARE(r.status, 201);
        const qint64 course = r.json[u"course"_s][u"id"_s].toInteger();
        QCOMPARE(r.json[u"course"_s][u"published"_s].toBool(), false);
        r = owner.post(endpoints::AddSection.url(course), {{u"title"_s, u"Getting started"_s}});
        QCOMPARE(r.status, 201);
        const qint64 section = r.json[u"course"_s][u"sections"_s][0][u"id"_s].toInteger();
        r = owner.post(endpoints::AddLesson.url(course), {{u"sectionId"_s, section},
                                                          {u"title"_s, u"Why Qt"_s},
                                                          {u"kind"_s, u"text"_s},
                                                          {u"body"_s, u"# Why Qt\n\nNative, fast, **everywhere**."_s}});
        QCOMPARE(r.status, 201);
        const qint64 textLesson = r.json[u"lesson"_s][u"id"_s].toInteger();
        const QJsonArray questions{QJsonObject{{u"prompt"_s, u"Which class owns its children?"_s},
                                               {u"options"_s, QJsonArray{u"QObject"_s, u"QString"_s, u"QVariant"_s}},
                                               {u"answer"_s, QJsonArray{0}},
                                               {u"explanation"_s, u"Parent ownership is QObject's."_s}},
                                   QJsonObject{{u"prompt"_s, u"Which are containers?"_s},
                                               {u"options"_s, QJsonArray{u"QList"_s, u"QHash"_s, u"QTimer"_s}},
                                               {u"answer"_s, QJsonArray{0, 1}}}};
        r = owner.post(endpoints::AddLesson.url(course), {{u"sectionId"_s, section},
                                                          {u"title"_s, u"Check yourself"_s},
                                                          {u"kind"_s, u"quiz"_s},
                                                          {u"questions"_s, questions}});
        QCOMPARE(r.status, 201);
        const qint64 quizLesson = r.json[u"lesson"_s][u"id"_s].toInteger();
        r = owner.post(endpoints::AddLesson.url(course),
                       {{u"sectionId"_s, section}, {u"title"_s, u"First window"_s}, {u"kind"_s, u"video"_s}});
        QCOMPARE(r.status, 201);
        const qint64 videoLesson = r.json[u"lesson"_s][u"id"_s].toInteger();

        // 5. The video, in 1 MiB pieces; the second is cut off halfway by a lost connection.
        const QByteArray video = fakeMp4(2 * Piece + 12345);
        r = owner.post(endpoints::StartUpload.url(videoLesson), {{u"bytes"_s, video.size()},
                                                                 {u"sha256"_s, sha256(video)},
                                                                 {u"contentType"_s, u"video/mp4"_s},
                                                                 {u"durationSeconds"_s, 95}});
        QCOMPARE(r.status, 201);
        const QString uploadId = r.json[u"id"_s].toString();
        QCOMPARE(upload(owner, uploadId, video, 0, Piece).json[u"received"_s].toInteger(), Piece);
        const QString ownerToken = owner.login(u"owner"_s, u"owner-password-1"_s).json[u"accessToken"_s].toString();
        cutOff(ownerToken, uploadId, video, Piece);
        // Resumed where the server says it stands: the half-sent piece counted for nothing.
        r = owner.get(endpoints::GetUpload.url(uploadId));
        QCOMPARE(r.status, 200);
        const qint64 resumeAt = r.json[u"received"_s].toInteger();
        QCOMPARE(resumeAt, Piece);
        QCOMPARE(upload(owner, uploadId, video, resumeAt, Piece).status, 200);
        r = upload(owner, uploadId, video, 2 * Piece, video.size() - 2 * Piece);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json[u"complete"_s].toBool(), true);

        // 6. Reordered (the quiz last) and published.
        r = owner.send(
            "PUT", endpoints::ReorderCourse.url(course),
            QJsonDocument(
                QJsonObject{{u"sections"_s,
                             QJsonArray{QJsonObject{{u"id"_s, section},
                                                    {u"lessons"_s, QJsonArray{textLesson, videoLesson, quizLesson}}}}}})
                .toJson(QJsonDocument::Compact));
        QCOMPARE(r.status, 200);
        const QJsonArray lessons = r.json[u"course"_s][u"sections"_s][0][u"lessons"_s].toArray();
        QCOMPARE(lessons.size(), 3);
        QCOMPARE(lessons[2][u"id"_s].toInteger(), quizLesson);
        QCOMPARE(lessons[1][u"videoBytes"_s].toInteger(), video.size());
        r = owner.patch(endpoints::UpdateCourse.url(course), {{u"title"_s, u"Qt from scratch"_s},
                                                              {u"description"_s, u"Widgets, models, signals."_s},
                                                              {u"requiredTier"_s, u"member"_s},
                                                              {u"published"_s, true}});
        QCOMPARE(r.status, 200);
        QVERIFY(r.json[u"course"_s][u"published"_s].toBool());
        QCOMPARE(owner
                     .post(endpoints::CreateArticle.url(), {{u"title"_s, u"Welcome, supporters"_s},
                                                            {u"body"_s, u"Thank you for **joining**."_s},
                                                            {u"requiredTier"_s, u"member"_s}})
                     .status,
                 201);

        // 7. A member signs up and buys the Supporter tier through the demo provider.
        HttpClient mei(m_server->baseUrl());
        QCOMPARE(mei.post(endpoints::Register.url(), {{u"username"_s, u"mei"_s},
                                                      {u"email"_s, u"mei@example.org"_s},
                                                      {u"password"_s, u"mei-password-1"_s},
                                                      {u"displayName"_s, u"Mei"_s}})
                     .status,
                 201);
        const QString meiToken = mei.login(u"mei"_s, u"mei-password-1"_s).json[u"accessToken"_s].toString();
        QCOMPARE(mei.get(endpoints::GetLesson.url(textLesson)).status, 403);
        r = mei.post(endpoints::Checkout.url(), {{u"tier"_s, u"member"_s}, {u"period"_s, u"month"_s}});
        QCOMPARE(r.status, 201);
        QCOMPARE(r.json[u"payment"_s][u"currency"_s].toString(), u"EUR"_s);
        QCOMPARE(r.json[u"payment"_s][u"amountCents"_s].toInteger(), 900);
        QVERIFY(mei.get(r.json[u"url"_s].toString()).status < 300);
        r = mei.get(endpoints::MyMembership.url());
        QCOMPARE(r.json[u"membership"_s][u"tier"_s].toString(), u"member"_s);

        // 8. Reads, learns (the video whole and identical, the quiz passed), chats.
        QCOMPARE(mei.get(endpoints::ListArticles.url()).json[u"articles"_s].toArray().size(), 1);
        QVERIFY(mei.get(endpoints::GetLesson.url(textLesson))
                    .json[u"lesson"_s][u"body"_s]
                    .toString()
                    .contains(u"everywhere"_s));
        r = mei.post(endpoints::VideoLink.url(videoLesson), {});
        QCOMPARE(r.status, 200);
        const HttpResponse media = HttpClient(m_server->baseUrl()).get(r.json[u"url"_s].toString());
        QCOMPARE(media.status, 200);
        QCOMPARE(sha256(media.body), sha256(video));
        r = mei.post(endpoints::AnswerQuiz.url(quizLesson),
                     {{u"answers"_s, QJsonArray{QJsonArray{0}, QJsonArray{0, 1}}}});
        QCOMPARE(r.status, 200);
        QVERIFY(r.json[u"result"_s][u"passed"_s].toBool());

        WsClient meiChat(m_server->baseUrl());
        const QJsonObject ready = meiChat.openAndAuth(meiToken);
        QVERIFY(!ready.isEmpty());
        QCOMPARE(ready[u"channels"_s].toArray().size(), 2); // general and supporters
        meiChat.send(supporters, u"mei-1"_s, u"Hello, supporters!"_s);
        QVERIFY(!meiChat.waitForType(u"ack"_s).isEmpty());

        // 9. A spammer: reported, the message hidden, banned with the rest of their words hidden.
        HttpClient spammer(m_server->baseUrl());
        QCOMPARE(spammer
                     .post(endpoints::Register.url(), {{u"username"_s, u"cheapwatches"_s},
                                                       {u"email"_s, u"spam@example.org"_s},
                                                       {u"password"_s, u"spam-password-1"_s}})
                     .status,
                 201);
        const QJsonObject spammerLogin = spammer.login(u"cheapwatches"_s, u"spam-password-1"_s).json;
        const qint64 spammerId = spammerLogin[u"user"_s][u"id"_s].toInteger();
        WsClient spamChat(m_server->baseUrl());
        QVERIFY(!spamChat.openAndAuth(spammerLogin[u"accessToken"_s].toString()).isEmpty());
        spamChat.send(general, u"spam-1"_s, u"CHEAP WATCHES http://spam.example"_s);
        spamChat.send(general, u"spam-2"_s, u"MORE CHEAP WATCHES"_s);
        const auto spamFrom = [&](const QString &clientId) {
            return meiChat
                .waitFor([&](const QJsonObject &f) {
                    return f[u"type"_s] == u"message.new"_s && f[u"message"_s][u"clientId"_s] == clientId;
                })[u"message"_s][u"id"_s]
                .toInteger();
        };
        const qint64 spam1 = spamFrom(u"spam-1"_s);
        const qint64 spam2 = spamFrom(u"spam-2"_s);
        QVERIFY(spam1 > 0 && spam2 > 0);

        r = mei.post(endpoints::ReportContent.url(),
                     {{u"kind"_s, u"message"_s}, {u"id"_s, spam1}, {u"reason"_s, u"Spam"_s}});
        QCOMPARE(r.status, 201);
        const qint64 report = r.json[u"report"_s][u"id"_s].toInteger();
        r = owner.get(endpoints::ModerationQueue.url());
        QCOMPARE(r.json[u"reports"_s].toArray().size(), 1);
        QCOMPARE(r.json[u"reports"_s][0][u"excerpt"_s].toString(), u"CHEAP WATCHES http://spam.example"_s);
        r = owner.post(endpoints::ResolveReport.url(report), {{u"action"_s, u"hide"_s}, {u"reason"_s, u"Spam"_s}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json[u"report"_s][u"status"_s].toString(), u"hidden"_s);
        const auto deletedLive = [&](qint64 id) {
            return !meiChat
                        .waitFor([&](const QJsonObject &f) {
                            return f[u"type"_s] == u"message.updated"_s && f[u"message"_s][u"id"_s].toInteger() == id &&
                                   f[u"message"_s][u"deleted"_s].toBool();
                        })
                        .isEmpty();
        };
        QVERIFY(deletedLive(spam1));

        QVERIFY(spamChat.isConnected());
        QElapsedTimer clock;
        clock.start();
        QCOMPARE(owner
                     .post(endpoints::BanMember.url(spammerId),
                           {{u"days"_s, 0}, {u"reason"_s, u"Spam"_s}, {u"hideContent"_s, true}})
                     .status,
                 204);
        QTRY_COMPARE_WITH_TIMEOUT(spamChat.isConnected(), false, 1000);
        qInfo("the spammer's socket closed %lld ms after the ban was answered", clock.elapsed());
        QCOMPARE(static_cast<int>(spamChat.socket()->closeCode()), chat::closecodes::Banned);
        QVERIFY(deletedLive(spam2));
        QCOMPARE(spammer.login(u"cheapwatches"_s, u"spam-password-1"_s).errorCode(), QString(errors::AccountBanned));

        // 10. The audit log: every step of the owner's, in order.
        const QJsonArray entries = owner.get(endpoints::AuditLog.url()).json[u"entries"_s].toArray();
        QStringList actions;
        for (const QJsonValue &entry : entries) {
            actions.prepend(entry[u"action"_s].toString()); // newest first in the log
        }
        const QStringList expected{u"create-user"_s,    u"update-tier"_s,   u"update-tier"_s,  u"create-channel"_s,
                                   u"create-channel"_s, u"create-course"_s, u"add-section"_s,  u"add-lesson"_s,
                                   u"add-lesson"_s,     u"add-lesson"_s,    u"upload-video"_s, u"reorder-course"_s,
                                   u"update-course"_s,  u"hide-message"_s,  u"ban"_s,          u"hide-content"_s};
        QCOMPARE(actions, expected);
        QCOMPARE(entries[0][u"actor"_s].toString(), u"owner"_s);
    }

    void theCommunity_movesToAnotherServer_byExportAndImport()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"community.json"_s);
        QCOMPARE(admin({u"export"_s, file}), 0);
        QCOMPARE(QFileInfo(file).permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
        QFile exported(file);
        QVERIFY(exported.open(QIODevice::ReadOnly));
        const QJsonObject dump = QJsonDocument::fromJson(exported.readAll()).object();
        QVERIFY(!dump.value(u"tables"_s).toObject().contains(u"refresh_tokens"_s)); // sessions stay behind

        // A new server, its database made and left without members.
        TestServer moved(TestServer::Options{false, {}, nullptr});
        QVERIFY(moved.start());
        QVERIFY(moved.stop());
        QFile broken(dir.filePath(u"broken.json"_s));
        QVERIFY(broken.open(QIODevice::WriteOnly) && broken.write("{\"format\": \"guild-community\"") > 0);
        broken.close();
        QCOMPARE(admin({u"import"_s, broken.fileName()}, {}, &moved), 1);
        QCOMPARE(admin({u"import"_s, dir.filePath(u"missing.json"_s)}, {}, &moved), 1);
        QCOMPARE(admin({u"import"_s, file}, {}, &moved), 0);
        QCOMPARE(admin({u"import"_s, file}, {}, &moved), 1); // it has members now
        QVERIFY(moved.start());

        // Everyone and everything is there: members sign in with their passwords, in euros.
        HttpClient mei(moved.baseUrl());
        QCOMPARE(mei.login(u"mei"_s, u"mei-password-1"_s).status, 200);
        QCOMPARE(mei.get(endpoints::MyMembership.url()).json[u"membership"_s][u"tier"_s].toString(), u"member"_s);
        QCOMPARE(mei.get(endpoints::ListArticles.url()).json[u"articles"_s].toArray().size(), 1);
        const QJsonArray courses = mei.get(endpoints::ListCourses.url()).json[u"courses"_s].toArray();
        QCOMPARE(courses.size(), 1);
        QCOMPARE(courses[0][u"currency"_s].toString(), u"EUR"_s);
        HttpClient owner(moved.baseUrl());
        QCOMPARE(owner.login(u"owner"_s, u"owner-password-1"_s).status, 200);
        QCOMPARE(HttpClient(moved.baseUrl()).login(u"cheapwatches"_s, u"spam-password-1"_s).errorCode(),
                 QString(errors::AccountBanned));
        QCOMPARE(owner.get(endpoints::AuditLog.url()).json[u"entries"_s].toArray().size(), 16);
        // New rows carry on after the imported ones.
        QCOMPARE(owner.post(endpoints::CreateChannel.url(), {{u"name"_s, u"after-the-move"_s}}).status, 201);
        QCOMPARE(
            owner.post(endpoints::CreateArticle.url(), {{u"title"_s, u"We moved"_s}, {u"body"_s, u"Hello."_s}}).status,
            201);
    }

    void theDemoCommunity_survivesTheMove_toTheOtherEngine_rowForRow()
    {
        // Every kind of row the demo makes (polls, Q&A, events, analytics, chat, courses) goes across,
        // and to the other engine: SQLite to PostgreSQL in the SQLite run, back in the PostgreSQL run.
        const QByteArray engine = qgetenv("GUILD_TEST_DATABASE");
        const QByteArray other = engine == "postgres" ? QByteArray("sqlite") : QByteArray("postgres");
        if (other == "postgres" && qEnvironmentVariableIsEmpty("GUILD_TEST_PG_URL")) {
            QSKIP("no PostgreSQL cluster to move to (./scripts/test.sh starts one)");
        }
        const auto onOtherEngine = [&](TestServer &server) {
            qputenv("GUILD_TEST_DATABASE", other);
            const bool started = server.start();
            qputenv("GUILD_TEST_DATABASE", engine);
            return started;
        };
        TestServer demo;
        QVERIFY(demo.start());
        QTemporaryDir dir;
        const auto exportOf = [&](const TestServer &server, const QString &name) {
            const QString path = dir.filePath(name);
            if (admin({u"export"_s, path}, {}, &server) != 0) {
                return QJsonObject();
            }
            QFile in(path);
            return in.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(in.readAll()).object() : QJsonObject();
        };
        const QJsonObject before = exportOf(demo, u"demo.json"_s);
        QVERIFY(before.value(u"tables"_s).toObject().value(u"usage_events"_s).toArray().size() > 100);
        TestServer moved(TestServer::Options{false, {}, nullptr});
        QVERIFY(onOtherEngine(moved));
        QCOMPARE(moved.isPostgres(), other == "postgres");
        QVERIFY(moved.stop());
        QCOMPARE(admin({u"import"_s, dir.filePath(u"demo.json"_s)}, {}, &moved), 0);
        const QJsonObject after = exportOf(moved, u"moved.json"_s);
        const QJsonObject a = before.value(u"tables"_s).toObject();
        const QJsonObject b = after.value(u"tables"_s).toObject();
        QCOMPARE(b.keys(), a.keys());
        for (const QString &table : a.keys()) {
            QVERIFY2(b.value(table).toArray().size() == a.value(table).toArray().size(), qPrintable(table));
        }
        QCOMPARE(b.value(u"users"_s), a.value(u"users"_s));                     // to the byte: ids, hashes, times
        QCOMPARE(b.value(u"lesson_progress"_s), a.value(u"lesson_progress"_s)); // fractions of seconds too
        QVERIFY(onOtherEngine(moved));
        QCOMPARE(HttpClient(moved.baseUrl()).login(u"premium"_s).status, 200);
    }

    void theDemo_isALivingCommunity()
    {
        // What a newcomer sees in --demo: every panel has life in it, made through the members' own paths.
        TestServer demo(TestServer::Options{true, {}, nullptr, true});
        QVERIFY(demo.start());
        HttpClient member = HttpClient::signedIn(demo.baseUrl(), u"member"_s);
        HttpClient author = HttpClient::signedIn(demo.baseUrl(), u"author"_s);
        qint64 general = 0;
        for (const QJsonValue &c : member.get(endpoints::ListChannels.url()).json[u"channels"_s].toArray()) {
            general = c[u"name"_s] == u"general"_s ? c[u"id"_s].toInteger() : general;
        }
        const QList<QJsonObject> chat = member.channelMessages(general);
        QVERIFY(chat.size() >= 5);
        QVERIFY(std::any_of(chat.cbegin(), chat.cend(), [](const QJsonObject &m) { return m.contains(u"replyTo"_s); }));
        QVERIFY(std::any_of(chat.cbegin(), chat.cend(),
                            [](const QJsonObject &m) { return !m[u"reactions"_s].toArray().isEmpty(); }));
        const QJsonArray questions = member.get(endpoints::ListQuestions.url()).json[u"questions"_s].toArray();
        QVERIFY(questions.size() >= 3);
        QVERIFY(std::any_of(questions.cbegin(), questions.cend(),
                            [](const QJsonValue &q) { return q[u"acceptedAnswerId"_s].toInteger() > 0; }));
        const QJsonArray events = member.get(endpoints::ListEvents.url()).json[u"events"_s].toArray();
        QCOMPARE(events.size(), 2);
        QVERIFY(events[0][u"attending"_s].toInt() >= 1);
        // Past ones too, with those who came.
        const QJsonArray held = member.get(endpoints::ListEvents.url() + u"?past=true"_s).json[u"events"_s].toArray();
        QCOMPARE(held.size(), 1);
        QVERIFY(held[0][u"attending"_s].toInt() >= 2);
        QVERIFY(QDateTime::fromString(held[0][u"startsAt"_s].toString(), Qt::ISODate) <
                QDateTime::currentDateTimeUtc());
        const QJsonArray articles =
            member.get(endpoints::ListArticles.url() + u"?limit=10"_s).json[u"articles"_s].toArray();
        QVERIFY(std::any_of(articles.cbegin(), articles.cend(),
                            [](const QJsonValue &a) { return a[u"comments"_s].toInt() > 0; }));
        QVERIFY(member.get(endpoints::Leaderboard.url() + u"?period=all"_s).json[u"leaders"_s].toArray().size() >= 4);
        QVERIFY(!author.get(endpoints::HomeworkToReview.url()).json[u"homework"_s].toArray().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestServerStory)
#include "tst_server_story.moc"
