#include "support/httpclient.h"
#include "support/testserver.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace guild::test;

// guild-server's configuration file (the same keys as its options, so secrets stay out of the process
// list) and --version: what the file says is used, the command line wins over it, a bad file is refused
// with where it is wrong, and a file others can read is warned about.
class TestServerConfig : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &text, QFile::Permissions permissions)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size()) {
            return {};
        }
        file.close();
        file.setPermissions(permissions);
        return path;
    }

    static std::pair<int, QString> run(const QStringList &args)
    {
        QProcess process;
        process.start(QStringLiteral(GUILD_SERVER_BINARY), args);
        if (!process.waitForFinished(30000)) {
            return {-1, {}};
        }
        return {process.exitCode(),
                QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError())};
    }

    static int tokenLifetime(const TestServer &server)
    {
        HttpClient c(server.baseUrl());
        return c.login(u"member"_s).json[u"expiresIn"_s].toInt();
    }

private Q_SLOTS:
    void version_saysWhichBuild()
    {
        const auto [code, output] = run({u"--version"_s});
        QCOMPARE(code, 0);
        QVERIFY2(output.startsWith(u"guild-server 0."_s), qPrintable(output));
    }

    void settings_fromTheFile_theCommandLineWins()
    {
        const auto ownerOnly = QFile::ReadOwner | QFile::WriteOwner;
        const QString config =
            write(u"server.conf"_s, "# Guild's server\n\naccess-token-ttl = 60\nchat-rate = 50:20\n", ownerOnly);
        QVERIFY(!config.isEmpty());
        TestServer fromFile(TestServer::Options{true, {u"--config"_s, config}});
        QVERIFY(fromFile.start());
        QCOMPARE(tokenLifetime(fromFile), 60);
        QVERIFY2(!fromFile.errorOutput().contains(u"can be read by every user"_s), qPrintable(fromFile.errorOutput()));
        QVERIFY(fromFile.stop());

        TestServer overridden(TestServer::Options{true, {u"--config"_s, config, u"--access-token-ttl"_s, u"120"_s}});
        QVERIFY(overridden.start());
        QCOMPARE(tokenLifetime(overridden), 120);
        QVERIFY(overridden.stop());
    }

    void aBadFile_isRefused_sayingWhere_andOneOthersCanRead_isWarnedAbout()
    {
        const auto ownerOnly = QFile::ReadOwner | QFile::WriteOwner;
        const QString broken = write(u"broken.conf"_s, "listen = 127.0.0.1:0\nthis is not a setting\n", ownerOnly);
        auto [code, output] = run({u"--config"_s, broken, u"--list-routes"_s});
        QCOMPARE(code, 2);
        QVERIFY2(output.contains(u"broken.conf:2"_s), qPrintable(output));
        const QString unknown = write(u"unknown.conf"_s, "no-such-setting = 1\n", ownerOnly);
        std::tie(code, output) = run({u"--config"_s, unknown, u"--list-routes"_s});
        QVERIFY(code != 0);
        QVERIFY2(output.contains(u"no-such-setting"_s), qPrintable(output));
        std::tie(code, output) = run({u"--config"_s, m_dir.filePath(u"missing.conf"_s), u"--list-routes"_s});
        QCOMPARE(code, 2);
        QVERIFY2(output.contains(u"missing.conf"_s), qPrintable(output));

        // The configuration the package ships reads as it is (its data directory overridden here).
        std::tie(code, output) = run({u"--config"_s, QStringLiteral(GUILD_SOURCE_DIR "/deploy/config/server.conf"),
                                      u"--data"_s, m_dir.path(), u"--list-routes"_s});
        QVERIFY2(code == 0, qPrintable(output));
        QVERIFY(output.contains(u"GET /healthz"_s));

        const QString open = write(u"open.conf"_s, "chat-rate = 10:2\n", ownerOnly | QFile::ReadOther);
        std::tie(code, output) = run({u"--config"_s, open, u"--list-routes"_s});
        QCOMPARE(code, 0);
        QVERIFY2(output.contains(u"can be read by every user"_s), qPrintable(output));
    }
};

QTEST_GUILESS_MAIN(TestServerConfig)
#include "tst_server_config.moc"
