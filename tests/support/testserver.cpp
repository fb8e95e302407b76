#include "testserver.h"

#include <QDeadlineTimer>
#include <QTest>

using namespace Qt::StringLiterals;

namespace guild::test {

bool TestServer::usePostgres()
{
    return ScratchDatabase::wanted();
}

TestServer::TestServer()
    : TestServer(Options{})
{}

TestServer::TestServer(Options options)
    : m_options(std::move(options))
{}

TestServer::~TestServer()
{
    stop();
}

bool TestServer::start()
{
    if (const TestServer *other = m_options.sameDatabaseAs) {
        m_pgUrl = other->m_pgUrl; // the other server owns the database
    } else if (usePostgres()) {
        if (!m_scratch) {
            m_scratch = std::make_unique<ScratchDatabase>();
        }
        if (!m_scratch->create()) {
            return false;
        }
        m_pgUrl = m_scratch->url();
    }
    QStringList args{u"--listen"_s, m_port ? u"127.0.0.1:%1"_s.arg(m_port) : u"127.0.0.1:0"_s};
    if (m_options.demo) {
        args << u"--demo"_s;
        if (!m_options.demoLife) {
            args << u"--demo-quiet"_s;
        }
    }
    if (isPostgres()) {
        args << u"--database"_s << m_pgUrl;
    } else {
        args << u"--data"_s << (m_options.sameDatabaseAs ? m_options.sameDatabaseAs->m_dir.path() : m_dir.path());
    }
    // One media directory per test process: the demo video is made once, not for every server.
    static QTemporaryDir media;
    args << u"--media"_s << media.path();
    args << m_options.extraArgs;
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    // Read as it comes (a busy server's log would otherwise fill the pipe and stall it); the tail is kept.
    QObject::connect(m_process.get(), &QProcess::readyReadStandardError, m_process.get(),
                     [this, process = m_process.get()] {
                         m_stderr += QString::fromUtf8(process->readAllStandardError());
                         if (m_stderr.size() > 256 * 1024) {
                             m_stderr = m_stderr.right(128 * 1024);
                         }
                     });
    m_process->start(QStringLiteral(GUILD_SERVER_BINARY), args);
    if (!m_process->waitForStarted(10000)) {
        qWarning() << "guild-server did not start:" << m_process->errorString();
        return false;
    }
    // Block on the process's output (not a sleep): the first stdout line carries the port.
    QDeadlineTimer deadline(60000);
    QByteArray line;
    while (!m_process->canReadLine() && m_process->state() == QProcess::Running && !deadline.hasExpired()) {
        m_process->waitForReadyRead(static_cast<int>(qMax<qint64>(1, deadline.remainingTime())));
    }
    line = m_process->readLine().trimmed();
    m_stderr += QString::fromUtf8(m_process->readAllStandardError());
    if (!line.startsWith("listening on 127.0.0.1:")) {
        qWarning().noquote() << "guild-server failed to start:" << line << m_stderr;
        return false;
    }
    m_port = static_cast<quint16>(line.mid(line.lastIndexOf(':') + 1).toUInt());
    const bool tls = m_options.extraArgs.contains(u"--tls-cert"_s);
    m_baseUrl = QUrl(u"%1://127.0.0.1:%2"_s.arg(tls ? u"https"_s : u"http"_s).arg(m_port));
    return true;
}

bool TestServer::stop()
{
    if (!m_process) {
        return true;
    }
    bool clean = true;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(30000)) {
            m_process->kill();
            m_process->waitForFinished(5000);
            clean = false;
        }
    }
    clean = clean && m_process->exitStatus() == QProcess::NormalExit && m_process->exitCode() == 0;
    m_stderr += QString::fromUtf8(m_process->readAllStandardError());
    if (!clean) {
        qWarning().noquote() << "guild-server did not exit cleanly; its stderr:\n" << m_stderr.right(8000);
    }
    m_process.reset();
    return clean;
}

void TestServer::kill()
{
    if (m_process) {
        m_process->kill();
        m_process->waitForFinished(10000);
        m_process.reset();
    }
}

void TestServer::terminate()
{
    if (m_process) {
        m_process->terminate();
    }
}

bool TestServer::isRunning() const
{
    return m_process && m_process->state() == QProcess::Running;
}

} // namespace guild::test
