// Forgotten passwords against a real server and a real SMTP server (Python's smtpd debugging sink,
// from Debian's python3): the code arrives by mail, sets a new password once and ends every session;
// asking never reveals whether an account exists; wrong codes are refused and slowed; an admin's code
// (API or command line) works where there is no mail; without mail the route says so.

#include "protocol/endpoints.h"
#include "protocol/errorcodes.h"
#include "support/httpclient.h"
#include "support/testserver.h"

#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace guild;
using namespace guild::protocol;
namespace endpoints = guild::protocol::endpoints;
using test::HttpClient;
using test::TestServer;

class TestServerRecovery : public QObject
{
    Q_OBJECT

    QProcess m_sink;
    quint16 m_sinkPort = 0;
    std::unique_ptr<TestServer> m_server;

    /// Every mail the sink printed so far.
    QString mails() { return m_sinkOutput += QString::fromUtf8(m_sink.readAllStandardOutput()); }
    QString m_sinkOutput;

    static QString codeIn(const QString &text, qsizetype from)
    {
        static const QRegularExpression code(u"Your one-time code: ([A-Z0-9-]{19})"_s);
        const auto match = code.match(text, from);
        return match.hasMatch() ? match.captured(1) : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        {
            QTcpServer probe; // a free port for the sink
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            m_sinkPort = probe.serverPort();
        }
        m_sink.start(u"python3"_s, {u"-u"_s, u"-W"_s, u"ignore"_s, u"-m"_s, u"smtpd"_s, u"-n"_s, u"-c"_s,
                                    u"DebuggingServer"_s, u"127.0.0.1:%1"_s.arg(m_sinkPort)});
        QVERIFY2(m_sink.waitForStarted(10000), "python3 is needed for the SMTP sink");
        QTRY_VERIFY_WITH_TIMEOUT(
            [this] {
                QTcpSocket probe;
                probe.connectToHost(u"127.0.0.1"_s, m_sinkPort);
                return probe.waitForConnected(200);
            }(),
            10000);
        m_server = std::make_unique<TestServer>(TestServer::Options{
            true, {u"--smtp-url"_s, u"smtp://127.0.0.1:%1?from=guild%40example.org"_s.arg(m_sinkPort)}, nullptr});
        QVERIFY(m_server->start());
    }

    void cleanupTestCase()
    {
        m_sink.kill();
        m_sink.waitForFinished(5000);
    }

    void codeByMail_setsANewPasswordOnce_andEndsEverySession()
    {
        HttpClient anyone(m_server->baseUrl());
        HttpClient laptop(m_server->baseUrl());
        QCOMPARE(anyone
                     .post(endpoints::Register.url(), {{u"username"_s, u"forgetful"_s},
                                                       {u"email"_s, u"forgetful@example.org"_s},
                                                       {u"password"_s, u"old-password-1"_s}})
                     .status,
                 201);
        QCOMPARE(laptop.login(u"forgetful"_s, u"old-password-1"_s).status, 200);

        const qsizetype before = mails().size();
        // By email address, in any case; the same answer as for nobody at all.
        QCOMPARE(anyone.post(endpoints::ForgotPassword.url(), {{u"login"_s, u"Forgetful@Example.org"_s}}).status, 204);
        QCOMPARE(anyone.post(endpoints::ForgotPassword.url(), {{u"login"_s, u"nobody-here"_s}}).status, 204);
        QTRY_VERIFY_WITH_TIMEOUT(!codeIn(mails(), before).isEmpty(), 10000);
        const QString mail = mails().mid(before);
        QVERIFY(mail.contains(u"To: forgetful@example.org"_s));
        QVERIFY(mail.contains(u"From: guild@example.org"_s));
        QCOMPARE(mail.count(u"Your one-time code"_s), 1); // nothing went out for the unknown account
        const QString code = codeIn(mail, 0);

        // Wrong codes and weak passwords change nothing.
        QCOMPARE(anyone
                     .post(endpoints::ResetPassword.url(),
                           {{u"code"_s, u"AAAA-BBBB-CCCC-DDDD"_s}, {u"newPassword"_s, u"new-password-1"_s}})
                     .errorCode(),
                 QString(errors::InvalidCode));
        QCOMPARE(
            anyone.post(endpoints::ResetPassword.url(), {{u"code"_s, code}, {u"newPassword"_s, u"short"_s}}).status,
            400);
        QCOMPARE(anyone.post(endpoints::ResetPassword.url(), {{u"code"_s, 12}}).status, 400);
        QCOMPARE(HttpClient(m_server->baseUrl()).login(u"forgetful"_s, u"old-password-1"_s).status, 200);

        // The code, typed in lower case without dashes: the new password works, the old sessions end.
        QString typed = code.toLower();
        typed.remove(u'-');
        QCOMPARE(
            anyone.post(endpoints::ResetPassword.url(), {{u"code"_s, typed}, {u"newPassword"_s, u"new-password-1"_s}})
                .status,
            204);
        QCOMPARE(laptop.get(endpoints::Me.url()).status, 401);
        QCOMPARE(HttpClient(m_server->baseUrl()).login(u"forgetful"_s, u"old-password-1"_s).status, 401);
        QCOMPARE(HttpClient(m_server->baseUrl()).login(u"forgetful"_s, u"new-password-1"_s).status, 200);
        // Once only.
        QCOMPARE(
            anyone.post(endpoints::ResetPassword.url(), {{u"code"_s, code}, {u"newPassword"_s, u"third-password-1"_s}})
                .errorCode(),
            QString(errors::InvalidCode));
    }

    void adminCode_fromThePanelOrTheCommandLine()
    {
        HttpClient admin = HttpClient::signedIn(m_server->baseUrl(), u"admin"_s);
        HttpClient member = HttpClient::signedIn(m_server->baseUrl(), u"member"_s);
        qint64 freeId = 0;
        for (const QJsonValue &m :
             admin.get(endpoints::ListMembers.url() + u"?q=free"_s).json[u"members"_s].toArray()) {
            freeId = m[u"username"_s] == u"free"_s ? m[u"id"_s].toInteger() : freeId;
        }
        QCOMPARE(member.post(endpoints::IssueResetCode.url(freeId), {}).status, 403);
        QCOMPARE(admin.post(endpoints::IssueResetCode.url(987654), {}).status, 404);
        const test::HttpResponse issued = admin.post(endpoints::IssueResetCode.url(freeId), {});
        QCOMPARE(issued.status, 201);
        const QString code = issued.json[u"reset"_s][u"code"_s].toString();
        QCOMPARE(code.size(), 19);
        QVERIFY(QDateTime::fromString(issued.json[u"reset"_s][u"expiresAt"_s].toString(), Qt::ISODate) >
                QDateTime::currentDateTimeUtc().addSecs(23 * 3600));
        QCOMPARE(admin.get(endpoints::AuditLog.url()).json[u"entries"_s][0][u"action"_s].toString(), u"reset-code"_s);
        HttpClient anyone(m_server->baseUrl());
        QCOMPARE(anyone.post(endpoints::ResetPassword.url(), {{u"code"_s, code}, {u"newPassword"_s, u"free-again-1"_s}})
                     .status,
                 204);
        QCOMPARE(anyone.login(u"free"_s, u"free-again-1"_s).status, 200);

        // The command line, for the owner at the server's console.
        QProcess cli;
        QStringList args{u"admin"_s, u"reset-code"_s, u"premium"_s};
        args += m_server->isPostgres() ? QStringList{u"--database"_s, m_server->postgresUrl()}
                                       : QStringList{u"--data"_s, QFileInfo(m_server->sqlitePath()).path()};
        cli.start(QStringLiteral(GUILD_SERVER_BINARY), args);
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitCode(), 0);
        const QString out = QString::fromUtf8(cli.readAllStandardOutput());
        static const QRegularExpression printed(u"reset code for premium: ([A-Z0-9-]{19})"_s);
        const auto match = printed.match(out);
        QVERIFY2(match.hasMatch(), qPrintable(out));
        QCOMPARE(anyone
                     .post(endpoints::ResetPassword.url(),
                           {{u"code"_s, match.captured(1)}, {u"newPassword"_s, u"premium-again-1"_s}})
                     .status,
                 204);
        QCOMPARE(anyone.login(u"premium"_s, u"premium-again-1"_s).status, 200);
    }

    void withoutMail_theRouteSaysSo()
    {
        TestServer plain;
        QVERIFY(plain.start());
        HttpClient anyone(plain.baseUrl());
        const test::HttpResponse r = anyone.post(endpoints::ForgotPassword.url(), {{u"login"_s, u"member"_s}});
        QCOMPARE(r.status, 503);
        QCOMPARE(r.errorCode(), QString(errors::MailUnavailable));
        QCOMPARE(anyone.post(endpoints::ForgotPassword.url(), {{u"login"_s, 5}}).status, 400);
    }
};

QTEST_GUILESS_MAIN(TestServerRecovery)
#include "tst_server_recovery.moc"
