// `guild-server admin` on a real server's database, SQLite and PostgreSQL: the first admin of an
// empty community, roles, passwords, sessions, bans (sign-in refused with the reason, the live chat
// socket closed with 4003) and the audit log; usage mistakes exit 2, refusals 1.

#include "protocol/endpoints.h"
#include "protocol/errorcodes.h"
#include "support/httpclient.h"
#include "support/testserver.h"
#include "support/wsclient.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>

using namespace Qt::StringLiterals;
using namespace guild;
using namespace guild::protocol;
namespace endpoints = guild::protocol::endpoints;
using test::HttpClient;
using test::TestServer;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

class TestServerAdmin : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestServer> m_server;

    /// `guild-server admin …` on the test server's database, with `input` on standard input.
    Run admin(QStringList args, const QString &input = {})
    {
        args.prepend(u"admin"_s);
        args += m_server->isPostgres() ? QStringList{u"--database"_s, m_server->postgresUrl()}
                                       : QStringList{u"--data"_s, QFileInfo(m_server->sqlitePath()).path()};
        QProcess process;
        process.start(QStringLiteral(GUILD_SERVER_BINARY), args);
        if (!process.waitForStarted(10000)) {
            return {};
        }
        process.write(input.toUtf8());
        process.closeWriteChannel();
        if (!process.waitForFinished(60000)) {
            process.kill();
            return {};
        }
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
    }

    Run makeUser(const QString &name, const QString &role, const QString &password)
    {
        return admin({u"create-user"_s, name, u"--role"_s, role, u"--password-stdin"_s}, password + u"\n"_s);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<TestServer>(TestServer::Options{false, {}, nullptr});
        QVERIFY(m_server->start());
    }

    void emptyCommunity_saysHowToMakeTheFirstAdmin()
    {
        QTRY_VERIFY(m_server->errorOutput().contains(u"no admin yet"_s));
        QVERIFY(m_server->errorOutput().contains(u"guild-server admin create-user"_s));
    }

    void firstAdmin_fromTheCommandLine_signsIn_andAdministers()
    {
        const Run made = makeUser(u"Owner"_s, u"admin"_s, u"owner-password-1"_s);
        QCOMPARE(made.exitCode, 0);
        QVERIFY2(made.out.contains(u"created admin 'owner'"_s), qPrintable(made.out + made.err));
        HttpClient owner(m_server->baseUrl());
        QCOMPARE(owner.login(u"owner"_s, u"owner-password-1"_s).status, 200);
        QCOMPARE(owner.get(endpoints::ListMembers.url()).status, 200);

        // Restarted, the server no longer asks for an admin.
        QVERIFY(m_server->stop());
        QVERIFY(m_server->start());
        QCOMPARE(owner.login(u"owner"_s, u"owner-password-1"_s).status, 200);
        // The server says what it serves after the hint would have come: two starts, one hint.
        QTRY_COMPARE(m_server->errorOutput().count(u", http"_s), 2);
        QCOMPARE(m_server->errorOutput().count(u"no admin yet"_s), 1);
    }

    void mistakes_exitWithTheirCode_andChangeNothing()
    {
        QCOMPARE(makeUser(u"owner"_s, u"member"_s, u"another-password"_s).exitCode, 1); // taken
        QCOMPARE(makeUser(u"weak"_s, u"member"_s, u"short"_s).exitCode, 1);             // password rules
        QCOMPARE(makeUser(u"bad name!"_s, u"member"_s, u"long-enough-1"_s).exitCode, 1);
        QCOMPARE(makeUser(u"someone"_s, u"emperor"_s, u"long-enough-1"_s).exitCode, 2);          // no such role
        QCOMPARE(admin({u"create-user"_s, u"someone"_s, u"--role"_s, u"member"_s}).exitCode, 2); // no password
        QCOMPARE(admin({u"frobnicate"_s}).exitCode, 2);
        QCOMPARE(admin({u"set-role"_s, u"owner"_s}).exitCode, 2);
        QCOMPARE(admin({u"set-role"_s, u"nobody"_s, u"author"_s}).exitCode, 1);
        QCOMPARE(admin({u"ban"_s, u"nobody"_s, u"--until"_s, u"yesterday"_s}).exitCode, 2);
        const Run help = admin({u"--help"_s});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains(u"revoke-sessions"_s));
        HttpClient c(m_server->baseUrl());
        QCOMPARE(c.login(u"weak"_s, u"short"_s).status, 401);
        QCOMPARE(c.login(u"someone"_s, u"long-enough-1"_s).status, 401);
    }

    void rolesPasswordsAndSessions()
    {
        QCOMPARE(makeUser(u"mei"_s, u"member"_s, u"mei-password-1"_s).exitCode, 0);
        HttpClient laptop(m_server->baseUrl());
        HttpClient phone(m_server->baseUrl());
        QCOMPARE(laptop.login(u"mei"_s, u"mei-password-1"_s).status, 200);
        QCOMPARE(phone.login(u"mei"_s, u"mei-password-1"_s).status, 200);
        const Run sessions = admin({u"sessions"_s, u"mei"_s});
        QCOMPARE(sessions.exitCode, 0);
        QCOMPARE(sessions.out.count(u"signed in"_s), 2);

        QCOMPARE(admin({u"set-role"_s, u"mei"_s, u"author"_s}).exitCode, 0);
        QCOMPARE(laptop.get(endpoints::Me.url()).json[u"user"_s][u"role"_s].toString(), u"author"_s);

        // A new password ends every session; the old password stops working.
        QCOMPARE(admin({u"reset-password"_s, u"mei"_s, u"--password-stdin"_s}, u"mei-password-2\n"_s).exitCode, 0);
        QCOMPARE(laptop.get(endpoints::Me.url()).status, 401);
        QCOMPARE(phone.get(endpoints::Me.url()).status, 401);
        QCOMPARE(laptop.login(u"mei"_s, u"mei-password-1"_s).status, 401);
        QCOMPARE(laptop.login(u"mei"_s, u"mei-password-2"_s).status, 200);

        const Run revoked = admin({u"revoke-sessions"_s, u"mei"_s});
        QCOMPARE(revoked.exitCode, 0);
        QVERIFY(revoked.out.startsWith(u"1 session(s)"_s));
        QCOMPARE(laptop.get(endpoints::Me.url()).status, 401);
        QVERIFY(admin({u"sessions"_s, u"mei"_s}).out.contains(u"no signed-in sessions"_s));
    }

    void ban_refusesSignIn_andClosesTheLiveSocket()
    {
        QCOMPARE(makeUser(u"spammer"_s, u"member"_s, u"spam-password-1"_s).exitCode, 0);
        HttpClient spammer(m_server->baseUrl());
        const auto login = spammer.login(u"spammer"_s, u"spam-password-1"_s);
        QCOMPARE(login.status, 200);
        test::WsClient socket(m_server->baseUrl());
        QVERIFY(!socket.openAndAuth(login.json[u"accessToken"_s].toString()).isEmpty());

        QCOMPARE(admin({u"ban"_s, u"spammer"_s, u"--reason"_s, u"link spam"_s, u"--days"_s, u"3"_s}).exitCode, 0);
        if (!m_server->isPostgres()) {
            // Another process changed the SQLite file: the session meets the ban at its next frame
            // that reads the database (PostgreSQL tells every server at once, see the _postgres run).
            socket.sendJson({{u"type"_s, u"resume"_s}, {u"channels"_s, QJsonArray()}});
        }
        QTRY_COMPARE_WITH_TIMEOUT(socket.isConnected(), false, 5000);
        QCOMPARE(static_cast<int>(socket.socket()->closeCode()), chat::closecodes::Banned);

        const auto refused = spammer.login(u"spammer"_s, u"spam-password-1"_s);
        QCOMPARE(refused.status, 403);
        QCOMPARE(refused.json[u"error"_s][u"code"_s].toString(), QString(errors::AccountBanned));
        QVERIFY(refused.json[u"error"_s][u"message"_s].toString().contains(u"link spam"_s));
        QCOMPARE(spammer.post(endpoints::Refresh.url(), {{u"refreshToken"_s, login.json[u"refreshToken"_s]}}).status,
                 401);

        // Admins are demoted before they can be banned.
        QCOMPARE(admin({u"ban"_s, u"owner"_s}).exitCode, 1);
        QCOMPARE(admin({u"unban"_s, u"spammer"_s}).exitCode, 0);
        QCOMPARE(spammer.login(u"spammer"_s, u"spam-password-1"_s).status, 200);
    }

    void ban_throughTheApi_closesTheSocketAtOnce_andIsAudited()
    {
        QCOMPARE(makeUser(u"troll"_s, u"member"_s, u"troll-password-1"_s).exitCode, 0);
        HttpClient owner(m_server->baseUrl());
        QCOMPARE(owner.login(u"owner"_s, u"owner-password-1"_s).status, 200);
        qint64 trollId = 0;
        for (const QJsonValue &m :
             owner.get(endpoints::ListMembers.url() + u"?q=troll"_s).json[u"members"_s].toArray()) {
            trollId = m[u"username"_s] == u"troll"_s ? m[u"id"_s].toInteger() : trollId;
        }
        QVERIFY(trollId > 0);
        HttpClient troll(m_server->baseUrl());
        const auto login = troll.login(u"troll"_s, u"troll-password-1"_s);
        test::WsClient socket(m_server->baseUrl());
        QVERIFY(!socket.openAndAuth(login.json[u"accessToken"_s].toString()).isEmpty());

        // Bad input changes nothing.
        QCOMPARE(owner.post(endpoints::BanMember.url(trollId), {{u"days"_s, -1}}).status, 400);
        QCOMPARE(owner.post(endpoints::BanMember.url(trollId), {{u"reason"_s, QString(501, u'x')}}).status, 400);
        QCOMPARE(owner.post(endpoints::BanMember.url(trollId), {{u"days"_s, u"seven"_s}}).status, 400);
        QCOMPARE(owner.post(endpoints::BanMember.url(987654), {{u"days"_s, 1}}).status, 404);
        QCOMPARE(owner.post(endpoints::SetMemberRole.url(trollId), {{u"role"_s, u"emperor"_s}}).status, 400);
        QCOMPARE(troll.post(endpoints::BanMember.url(trollId), {{u"days"_s, 1}}).status, 403); // not an admin
        QCOMPARE(troll.get(endpoints::AuditLog.url()).status, 403);
        QVERIFY(socket.isConnected());
        QCOMPARE(troll.get(endpoints::Me.url()).status, 200);

        QElapsedTimer clock;
        clock.start();
        QCOMPARE(owner.post(endpoints::BanMember.url(trollId), {{u"days"_s, 7}, {u"reason"_s, u"trolling"_s}}).status,
                 204);
        QTRY_COMPARE_WITH_TIMEOUT(socket.isConnected(), false, 5000);
        qInfo("the banned member's socket closed %lld ms after the ban was answered", clock.elapsed());
        QCOMPARE(static_cast<int>(socket.socket()->closeCode()), chat::closecodes::Banned);
        QCOMPARE(troll.get(endpoints::Me.url()).json[u"error"_s][u"code"_s].toString(), QString(errors::AccountBanned));

        // The member list shows it; the ban can be lifted; the log has both, with the admin's name.
        const QJsonArray members = owner.get(endpoints::ListMembers.url() + u"?q=troll"_s).json[u"members"_s].toArray();
        QCOMPARE(members.first()[u"banReason"_s].toString(), u"trolling"_s);
        QVERIFY(!members.first()[u"bannedUntil"_s].toString().isEmpty());
        QCOMPARE(owner.del(endpoints::UnbanMember.url(trollId)).status, 204);
        QCOMPARE(troll.login(u"troll"_s, u"troll-password-1"_s).status, 200);
        QCOMPARE(owner.post(endpoints::SetMemberRole.url(trollId), {{u"role"_s, u"author"_s}}).status, 204);
        const QJsonArray entries = owner.get(endpoints::AuditLog.url() + u"?limit=3"_s).json[u"entries"_s].toArray();
        QCOMPARE(entries.size(), 3);
        QCOMPARE(entries[0][u"action"_s].toString(), u"set-role"_s);
        QCOMPARE(entries[1][u"action"_s].toString(), u"unban"_s);
        QCOMPARE(entries[2][u"action"_s].toString(), u"ban"_s);
        QCOMPARE(entries[2][u"actor"_s].toString(), u"owner"_s);
        QCOMPARE(entries[2][u"target"_s].toString(), u"troll"_s);
        const auto older = owner.get(endpoints::AuditLog.url() + u"?before="_s +
                                     QString::number(entries[2][u"id"_s].toInteger()) + u"&limit=1"_s);
        QVERIFY(older.json[u"entries"_s][0][u"id"_s].toInteger() < entries[2][u"id"_s].toInteger());
        const auto csv = owner.get(endpoints::ExportAuditLog.url());
        QCOMPARE(csv.status, 200);
        QVERIFY(csv.body.startsWith("id,at,actor,action,target,detail"));
        QVERIFY(csv.body.contains(",\"troll\",\"until "));

        // Admins keep the community: not banned, not self-demoted.
        qint64 ownerId = 0;
        for (const QJsonValue &m :
             owner.get(endpoints::ListMembers.url() + u"?q=owner"_s).json[u"members"_s].toArray()) {
            ownerId = m[u"username"_s] == u"owner"_s ? m[u"id"_s].toInteger() : ownerId;
        }
        QCOMPARE(owner.post(endpoints::BanMember.url(ownerId), {}).status, 403);
        QCOMPARE(owner.post(endpoints::SetMemberRole.url(ownerId), {{u"role"_s, u"member"_s}}).status, 403);
    }

    void ownAccount_passwordNameAndDevices()
    {
        QCOMPARE(makeUser(u"lin"_s, u"member"_s, u"lin-password-1"_s).exitCode, 0);
        HttpClient laptop(m_server->baseUrl());
        HttpClient phone(m_server->baseUrl());
        QCOMPARE(laptop.login(u"lin"_s, u"lin-password-1"_s).status, 200);
        QCOMPARE(phone.login(u"lin"_s, u"lin-password-1"_s).status, 200);
        QJsonArray sessions = laptop.get(endpoints::MySessions.url()).json[u"sessions"_s].toArray();
        QCOMPARE(sessions.size(), 2);
        QCOMPARE(int(sessions[0][u"current"_s].toBool()) + int(sessions[1][u"current"_s].toBool()), 1);

        // The current password first; nothing changes without it.
        const auto wrong = laptop.post(endpoints::ChangePassword.url(),
                                       {{u"currentPassword"_s, u"guess"_s}, {u"newPassword"_s, u"lin-password-2"_s}});
        QCOMPARE(wrong.status, 403);
        QCOMPARE(wrong.json[u"error"_s][u"code"_s].toString(), QString(errors::InvalidCredentials));
        QCOMPARE(laptop
                     .post(endpoints::ChangePassword.url(),
                           {{u"currentPassword"_s, u"lin-password-1"_s}, {u"newPassword"_s, u"short"_s}})
                     .status,
                 400);
        QCOMPARE(phone.get(endpoints::Me.url()).status, 200);
        QCOMPARE(laptop
                     .post(endpoints::ChangePassword.url(),
                           {{u"currentPassword"_s, u"lin-password-1"_s}, {u"newPassword"_s, u"lin-password-2"_s}})
                     .status,
                 204);
        QCOMPARE(laptop.get(endpoints::Me.url()).status, 200); // this device stays signed in
        QCOMPARE(phone.get(endpoints::Me.url()).status, 401);  // the others are signed out
        QCOMPARE(laptop.get(endpoints::MySessions.url()).json[u"sessions"_s].toArray().size(), 1);

        const auto renamed = laptop.post(endpoints::ChangeProfile.url(), {{u"displayName"_s, u"  林小雨  "_s}});
        QCOMPARE(renamed.status, 200);
        QCOMPARE(renamed.json[u"user"_s][u"displayName"_s].toString(), u"林小雨"_s);
        QCOMPARE(laptop.get(endpoints::Me.url()).json[u"user"_s][u"displayName"_s].toString(), u"林小雨"_s);
        QCOMPARE(laptop.post(endpoints::ChangeProfile.url(), {{u"displayName"_s, u"   "_s}}).status, 400);

        // One device signed out from another; someone else's device is not ours to end.
        QCOMPARE(phone.login(u"lin"_s, u"lin-password-2"_s).status, 200);
        sessions = laptop.get(endpoints::MySessions.url()).json[u"sessions"_s].toArray();
        QCOMPARE(sessions.size(), 2);
        const QString phoneId =
            sessions[0][u"current"_s].toBool() ? sessions[1][u"id"_s].toString() : sessions[0][u"id"_s].toString();
        HttpClient stranger(m_server->baseUrl());
        QCOMPARE(makeUser(u"stranger"_s, u"member"_s, u"stranger-pw-1"_s).exitCode, 0);
        QCOMPARE(stranger.login(u"stranger"_s, u"stranger-pw-1"_s).status, 200);
        QCOMPARE(stranger.del(endpoints::EndSession.url(phoneId)).status, 404);
        QCOMPARE(phone.get(endpoints::Me.url()).status, 200);
        QCOMPARE(laptop.del(endpoints::EndSession.url(phoneId)).status, 204);
        QCOMPARE(phone.get(endpoints::Me.url()).status, 401);
        QCOMPARE(laptop.del(endpoints::EndAllSessions.url()).status, 204);
        QCOMPARE(laptop.get(endpoints::Me.url()).status, 401);
        QCOMPARE(stranger.get(endpoints::Me.url()).status, 200);
    }

    void channels_madeChangedAndArchived_reachEveryoneLive()
    {
        QCOMPARE(makeUser(u"chatter"_s, u"member"_s, u"chatter-pw-1"_s).exitCode, 0);
        HttpClient owner(m_server->baseUrl());
        QCOMPARE(owner.login(u"owner"_s, u"owner-password-1"_s).status, 200);
        HttpClient chatter(m_server->baseUrl());
        const auto login = chatter.login(u"chatter"_s, u"chatter-pw-1"_s);
        test::WsClient socket(m_server->baseUrl());
        QVERIFY(!socket.openAndAuth(login.json[u"accessToken"_s].toString()).isEmpty());
        const auto channelFrame = [&](const QString &type, const QString &name) {
            return socket.next([&](const QJsonObject &f) {
                return f[u"type"_s] == type && (name.isEmpty() || f[u"channel"_s][u"name"_s] == name);
            });
        };

        const auto made =
            owner.post(endpoints::CreateChannel.url(),
                       {{u"name"_s, u"大厅"_s}, {u"topic"_s, u"Say hello"_s}, {u"requiredTier"_s, u"free"_s}});
        QCOMPARE(made.status, 201);
        const qint64 id = made.json[u"channel"_s][u"id"_s].toInteger();
        QVERIFY(!channelFrame(u"channel.new"_s, u"大厅"_s).isEmpty());

        // Bad input and other people change nothing.
        QCOMPARE(owner.post(endpoints::CreateChannel.url(), {{u"name"_s, u"two words"_s}}).status, 400);
        QCOMPARE(owner.post(endpoints::CreateChannel.url(), {{u"name"_s, u"大厅"_s}}).status, 409);
        QCOMPARE(
            owner.post(endpoints::CreateChannel.url(), {{u"name"_s, u"x"_s}, {u"requiredTier"_s, u"gold"_s}}).status,
            400);
        QCOMPARE(chatter.post(endpoints::CreateChannel.url(), {{u"name"_s, u"mine"_s}}).status, 403);
        QCOMPARE(owner.patch(endpoints::UpdateChannel.url(987654), {{u"name"_s, u"nowhere"_s}}).status, 404);

        // Renamed: announced again with the new name. Raised above the member's tier: it leaves.
        QCOMPARE(
            owner.patch(endpoints::UpdateChannel.url(id), {{u"name"_s, u"lobby"_s}, {u"topic"_s, u"Hello"_s}}).status,
            200);
        QVERIFY(!channelFrame(u"channel.new"_s, u"lobby"_s).isEmpty());
        QCOMPARE(
            owner.patch(endpoints::UpdateChannel.url(id), {{u"name"_s, u"lobby"_s}, {u"requiredTier"_s, u"premium"_s}})
                .status,
            200);
        QCOMPARE(channelFrame(u"channel.removed"_s, {})[u"channelId"_s].toInteger(), id);
        QCOMPARE(owner.patch(endpoints::UpdateChannel.url(id), {{u"name"_s, u"lobby"_s}}).status, 200);
        QVERIFY(!channelFrame(u"channel.new"_s, u"lobby"_s).isEmpty());

        // Archived: it leaves every list and takes no more messages; its name can not be reused.
        QCOMPARE(owner.del(endpoints::ArchiveChannel.url(id)).status, 204);
        QCOMPARE(channelFrame(u"channel.removed"_s, {})[u"channelId"_s].toInteger(), id);
        QCOMPARE(owner.del(endpoints::ArchiveChannel.url(id)).status, 404);
        socket.send(id, u"after-archive-1"_s, u"anyone?"_s);
        QVERIFY(!socket.next([](const QJsonObject &f) { return f[u"type"_s] == u"error"_s; }).isEmpty());
        QVERIFY(chatter.get(endpoints::ListChannels.url()).json[u"channels"_s].toArray().isEmpty());

        const QJsonArray entries = owner.get(endpoints::AuditLog.url() + u"?limit=4"_s).json[u"entries"_s].toArray();
        QCOMPARE(entries[0][u"action"_s].toString(), u"archive-channel"_s);
        QCOMPARE(entries[3][u"action"_s].toString(), u"update-channel"_s);
    }

    void auditLog_showsEveryStep()
    {
        const Run audit = admin({u"audit"_s, u"--limit"_s, u"100"_s});
        QCOMPARE(audit.exitCode, 0);
        for (const QString &step : {u"create-user  owner"_s, u"set-role  mei"_s, u"reset-password  mei"_s,
                                    u"revoke-sessions  mei"_s, u"ban  spammer"_s, u"unban  spammer"_s}) {
            QVERIFY2(audit.out.contains(step), qPrintable(step));
        }
        QVERIFY(audit.out.indexOf(u"unban  spammer"_s) < audit.out.indexOf(u"create-user  owner"_s)); // newest first
        QVERIFY(!audit.out.contains(u"weak"_s)); // refused steps leave no trace
    }
};

QTEST_GUILESS_MAIN(TestServerAdmin)
#include "tst_server_admin.moc"
