#include "admincommand.h"
#include "configfile.h"
#include "maintenancecommand.h"
#include "observe/jsonlog.h"
#include "serverapp.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSocketNotifier>
#include <QSslKey>
#include <QStandardPaths>
#include <QTextStream>

#include <csignal>
#include <cstdio>
#include <functional>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace guild::server;

namespace {

[[noreturn]] void fail(const QString &message)
{
    std::fprintf(stderr, "guild-server: %s\n", qPrintable(message));
    std::exit(2);
}

std::optional<QSslConfiguration> loadTls(const QString &certPath, const QString &keyPath)
{
    if (certPath.isEmpty() && keyPath.isEmpty()) {
        return std::nullopt;
    }
    QFile certFile(certPath);
    QFile keyFile(keyPath);
    if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly)) {
        fail(u"--tls-cert and --tls-key must both name readable PEM files"_s);
    }
    const auto chain = QSslCertificate::fromData(certFile.readAll(), QSsl::Pem);
    const QByteArray keyPem = keyFile.readAll();
    QSslKey key(keyPem, QSsl::Rsa, QSsl::Pem);
    if (key.isNull()) {
        key = QSslKey(keyPem, QSsl::Ec, QSsl::Pem);
    }
    if (chain.isEmpty() || key.isNull()) {
        fail(u"cannot read the TLS certificate or key"_s);
    }
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificateChain(chain);
    config.setPrivateKey(key);
    config.setProtocol(QSsl::TlsV1_2OrLater);
    config.setPeerVerifyMode(QSslSocket::VerifyNone); // clients authenticate with tokens, not certificates
    return config;
}

int g_signalPipe[2] = {-1, -1};

void onTerminationSignal(int)
{
    const char byte = 1;
    (void)!::write(g_signalPipe[0], &byte, 1); // async-signal-safe; the event loop does the rest
}

// SIGTERM and SIGINT start a graceful shutdown (`stop`), which ends the event loop when done, so the
// destructors run and sanitizers get to check the exit. A second signal ends it at once.
void onTerminationSignals(QCoreApplication &app, std::function<void()> stop)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) != 0) {
        return;
    }
    auto *notifier = new QSocketNotifier(g_signalPipe[1], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app,
                     [&app, stop = std::move(stop), asked = false]() mutable {
                         char byte = 0;
                         (void)!::read(g_signalPipe[1], &byte, 1);
                         if (asked) {
                             app.quit();
                             return;
                         }
                         asked = true;
                         stop();
                     });
    struct sigaction action = {};
    action.sa_handler = onTerminationSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGINT, &action, nullptr);
}

} // namespace

int main(int argc, char *argv[])
{
    // Qt's own event dispatcher, not GLib's: with thousands of chat sockets GLib's per-iteration work
    // over every source made fan-out to 5,000 clients take seconds instead of milliseconds
    // (docs/performance.md). The server has no use for GLib's main loop.
    if (!qEnvironmentVariableIsSet("QT_NO_GLIB")) {
        qputenv("QT_NO_GLIB", "1");
    }
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"guild-server"_s);
    QCoreApplication::setOrganizationName(u"Guild"_s);
    if (const QStringList args = QCoreApplication::arguments(); args.size() > 1 && args.at(1) == u"admin"_s) {
        QFile in;
        (void)in.open(stdin, QIODevice::ReadOnly);
        QTextStream out(stdout);
        QTextStream err(stderr);
        return AdminCommand::run(args.mid(2), in, out, err);
    }
    if (const QStringList args = QCoreApplication::arguments();
        args.size() > 1 && (args.at(1) == u"migrate"_s || args.at(1) == u"backup"_s)) {
        QTextStream out(stdout);
        QTextStream err(stderr);
        return args.at(1) == u"migrate"_s ? MaintenanceCommand::migrate(args.mid(2), out, err)
                                          : MaintenanceCommand::backup(args.mid(2), out, err);
    }
    qSetMessagePattern(
        u"%{time yyyy-MM-ddTHH:mm:ss.zzz} %{if-warning}W %{endif}%{if-critical}E %{endif}%{category} %{message}"_s);

    QCoreApplication::setApplicationVersion(ServerApp::version());
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Guild community server"_s);
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {u"config"_s,
         u"Read settings from this file first: the same keys as these options, `key = value` per line "
         "(what the command line says wins)."_s,
         u"file"_s},
        {u"demo"_s, u"Seed an empty database with the demo community (loopback use only)."_s},
        {u"demo-quiet"_s, u"With --demo: no chat, Q&A, events, comments or homework yet (tests count their own)."_s},
        {u"demo-payments"_s,
         u"Complete checkouts on a local page instead of a payment provider, to try a community out "
         "(loopback use only; implied by --demo)."_s},
        {u"listen"_s, u"Address and port to listen on; port 0 picks a free one."_s, u"host:port"_s,
         u"127.0.0.1:8443"_s},
        {u"data"_s, u"Directory for the SQLite database."_s, u"dir"_s},
        {u"media"_s, u"Directory of lesson videos (default: media/ in the data directory)."_s, u"dir"_s},
        {u"smtp-url"_s,
         u"Mail password reset codes through this server: smtps:// or smtp+starttls://[user:password@]host[:port]"
         "?from=address (or set GUILD_SMTP_URL, which keeps the password out of the process list)."_s,
         u"url"_s},
        {u"checkout-url"_s, u"The payment provider's checkout page, with {session} for the session id."_s, u"url"_s},
        {u"test-clock"_s, u"Tests only: allow moving the server's clock (loopback only)."_s},
        {u"database"_s, u"PostgreSQL URL instead of SQLite: postgresql://user:password@host:port/db"_s, u"url"_s},
        {u"tls-cert"_s, u"PEM certificate chain; serves HTTPS/WSS with --tls-key."_s, u"file"_s},
        {u"tls-key"_s, u"PEM private key for --tls-cert."_s, u"file"_s},
        {u"access-token-ttl"_s, u"Access token lifetime in seconds (1-900)."_s, u"seconds"_s, u"900"_s},
        {u"chat-rate"_s, u"Chat messages a member may send: burst and sustained per second."_s, u"burst:perSecond"_s,
         u"10:2"_s},
        {u"list-routes"_s, u"Print every route this server would answer (METHOD /path per line) and exit."_s},
        {u"log-format"_s, u"text (for people) or json (one object per line, for log collectors)."_s, u"format"_s,
         u"text"_s},
        {u"metrics-token"_s,
         u"GET /metrics answers loopback, and callers presenting this bearer token (put it in --config)."_s,
         u"token"_s},
        {u"trusted-proxy"_s,
         u"A reverse proxy (address or CIDR subnet) whose X-Forwarded-For names the client; repeatable."_s, u"cidr"_s},
    });
    // The configuration file's settings go in front of the command line's, so those win (a repeated
    // option's last value is the one read).
    QStringList arguments = QCoreApplication::arguments();
    QCommandLineParser configOnly;
    configOnly.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    const QCommandLineOption configOption(u"config"_s, {}, u"file"_s);
    configOnly.addOption(configOption);
    (void)configOnly.parse(arguments); // only to find --config: the real parse below reports every error
    if (const QString config = configOnly.value(configOption); !config.isEmpty()) {
        QString error;
        const auto fromFile = ConfigFile::arguments(config, &error);
        if (!fromFile) {
            fail(error);
        }
        if (ConfigFile::readableByOthers(config)) {
            std::fprintf(stderr,
                         "guild-server: %s can be read by every user of this machine; it may hold secrets "
                         "(chmod o-r)\n",
                         qPrintable(config));
        }
        arguments = arguments.mid(0, 1) + *fromFile + arguments.mid(1);
    }
    parser.process(arguments);

    ServerOptions options;
    options.demo = parser.isSet(u"demo"_s);
    options.demoQuiet = parser.isSet(u"demo-quiet"_s);
    const QString listen = parser.value(u"listen"_s);
    const qsizetype colon = listen.lastIndexOf(u':');
    bool portOk = false;
    const uint port = listen.mid(colon + 1).toUInt(&portOk);
    options.address = QHostAddress(listen.left(colon).remove(u'[').remove(u']'));
    if (colon <= 0 || !portOk || port > 65535 || options.address.isNull()) {
        fail(u"--listen expects host:port, for example 127.0.0.1:8443"_s);
    }
    options.port = static_cast<quint16>(port);
    if (options.demo && !options.address.isLoopback()) {
        fail(u"--demo serves well-known passwords and binds to loopback only"_s);
    }
    options.payments.demo = parser.isSet(u"demo-payments"_s);
    if (options.payments.demo && !options.address.isLoopback()) {
        fail(u"--demo-payments gives memberships away and binds to loopback only"_s);
    }
    bool ttlOk = false;
    options.auth.accessTtlSeconds = parser.value(u"access-token-ttl"_s).toInt(&ttlOk);
    if (!ttlOk || options.auth.accessTtlSeconds < 1 || options.auth.accessTtlSeconds > 900) {
        fail(u"--access-token-ttl must be 1 to 900 seconds"_s);
    }
    const QStringList rate = parser.value(u"chat-rate"_s).split(u':');
    bool burstOk = false;
    bool perSecondOk = false;
    if (rate.size() == 2) {
        options.chat.burst = rate[0].toInt(&burstOk);
        options.chat.perSecond = rate[1].toDouble(&perSecondOk);
    }
    if (!burstOk || !perSecondOk || options.chat.burst < 1 || options.chat.perSecond <= 0) {
        fail(u"--chat-rate expects burst:perSecond, for example 10:2"_s);
    }
    options.tls = loadTls(parser.value(u"tls-cert"_s), parser.value(u"tls-key"_s));
    QString proxyError;
    const auto proxies = TrustedProxies::parse(parser.values(u"trusted-proxy"_s), &proxyError);
    if (!proxies) {
        fail(u"--trusted-proxy: "_s + proxyError);
    }
    options.trustedProxies = *proxies;

    QString dataDir = parser.value(u"data"_s);
    if (dataDir.isEmpty()) {
        dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    }
    QString databaseError;
    const auto database = ServerOptions::databaseFor(parser.value(u"database"_s), dataDir, &databaseError);
    if (!database) {
        fail(databaseError);
    }
    options.database = *database;
    // The webhook secret comes from the environment, not the command line (which other users can read).
    options.payments.webhookSecret = qgetenv("GUILD_PAYMENT_SECRET");
    options.payments.checkoutUrlTemplate = parser.value(u"checkout-url"_s);
    const QString smtp =
        parser.isSet(u"smtp-url"_s) ? parser.value(u"smtp-url"_s) : qEnvironmentVariable("GUILD_SMTP_URL");
    if (!smtp.isEmpty()) {
        QString why;
        options.mail = SmtpConfig::parse(smtp, &why);
        if (!options.mail) {
            fail(why);
        }
    }
    if (const QString format = parser.value(u"log-format"_s); format == u"json"_s) {
        installJsonLog();
    } else if (format != u"text"_s) {
        fail(u"--log-format is text or json"_s);
    }
    options.testClock = parser.isSet(u"test-clock"_s);
    options.metricsToken = parser.value(u"metrics-token"_s).toUtf8();
    if (!options.metricsToken.isEmpty() && options.metricsToken.size() < 16) {
        fail(u"--metrics-token must be at least 16 characters"_s);
    }
    if (options.testClock && !options.address.isLoopback()) {
        fail(u"--test-clock moves the server's clock and binds to loopback only"_s);
    }
    options.mediaDir = parser.isSet(u"media"_s) ? parser.value(u"media"_s) : QDir(dataDir).filePath(u"media"_s);

    if (parser.isSet(u"list-routes"_s)) {
        // The authorization matrix test walks this list: a route it has no row for fails it.
        const ServerApp server(options);
        for (const auto &route : server.routes()) {
            std::printf("%s %s\n", route.method.constData(), qPrintable(route.path));
        }
        return 0;
    }
    ServerApp server(options);
    onTerminationSignals(app, [&server, &app] { server.shutdown([&app] { app.quit(); }); });
    QString error;
    const quint16 bound = server.start(&error);
    if (bound == 0) {
        // Returned, not exited: `server` must stop its worker threads (one may be inside libpq) before
        // the libraries' static destructors run, or Kerberos's mutexes abort the process.
        std::fprintf(stderr, "guild-server: %s\n", qPrintable(error));
        return 2;
    }
    const QString host = options.address.protocol() == QAbstractSocket::IPv6Protocol
                             ? u'[' + options.address.toString() + u']'
                             : options.address.toString();
    // The first line on stdout is a contract: scripts and tests read the port from it.
    std::printf("listening on %s:%u\n", qPrintable(host), bound);
    std::fflush(stdout);
    qInfo().noquote() << u"guild-server %1: %2, %3%4"_s.arg(ServerApp::version(), options.database.describe(),
                                                            options.tls ? u"https"_s : u"http"_s,
                                                            options.demo ? u", demo community"_s : QString());
    return app.exec();
}
