#pragma once

#include "scratchdatabase.h"

#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

namespace guild::test {

/// A real guild-server process on 127.0.0.1 with a free port, on a fresh SQLite file or, when
/// GUILD_TEST_DATABASE=postgres, a fresh database in the PostgreSQL cluster named by GUILD_TEST_PG_URL.
class TestServer
{
public:
    struct Options
    {
        bool demo = true;
        QStringList extraArgs;
        /// Run against the same database as this (running) server: several processes, one store.
        const TestServer *sameDatabaseAs = nullptr;
        /// The demo's chat, Q&A, events, comments and homework too (most tests count their own).
        bool demoLife = false;
    };
    TestServer();
    explicit TestServer(Options options);
    ~TestServer();
    Q_DISABLE_COPY_MOVE(TestServer)

    /// Starts the process and waits for its "listening on" line. Returns false (and says why) on failure.
    bool start();
    /// Stops the process (SIGTERM, so it shuts down cleanly); start() again reuses the same database.
    /// False when the server did not exit cleanly: a crash, or a sanitizer report at exit.
    bool stop();
    bool isRunning() const;
    /// SIGKILL: no shutdown at all, as a crash or a power cut would leave it.
    void kill();
    /// SIGTERM without waiting: the graceful shutdown runs while the test watches (then stop()).
    void terminate();
    QUrl baseUrl() const { return m_baseUrl; }
    quint16 port() const { return m_port; }
    QString errorOutput() const { return m_stderr; }
    bool isPostgres() const { return !m_pgUrl.isEmpty(); }
    /// The SQLite database file (when not on PostgreSQL).
    QString sqlitePath() const { return m_dir.filePath(QStringLiteral("guild.sqlite")); }
    /// The PostgreSQL database's URL (when on PostgreSQL).
    QString postgresUrl() const { return m_pgUrl; }
    /// Extra arguments for the next start().
    void setExtraArgs(const QStringList &args) { m_options.extraArgs = args; }

    static bool usePostgres();

private:
    Options m_options;
    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_process;
    QUrl m_baseUrl;
    quint16 m_port = 0;
    QString m_stderr;
    QString m_pgUrl;
    /// The database this server made (on PostgreSQL); it goes when the server does.
    std::unique_ptr<ScratchDatabase> m_scratch;
};

} // namespace guild::test
