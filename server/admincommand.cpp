#include "admincommand.h"

#include "domain/accountadmin.h"
#include "domain/accountevents.h"
#include "domain/authservice.h"
#include "domain/clock.h"
#include "domain/loginthrottle.h"
#include "domain/passwordhasher.h"
#include "domain/passwordrecovery.h"
#include "serverapp.h"
#include "storage/auditrepository.h"
#include "storage/communitydump.h"
#include "storage/database.h"
#include "storage/migrator.h"
#include "ws/pgfanout.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QIODevice>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace guild::server {

namespace {

const QString Help = uR"(Usage: guild-server admin SUBCOMMAND [ARGUMENTS] [--data DIR | --database URL]

Runs on the server's database, whether the server is running or not.

  create-user USERNAME --role admin|author|member [--display-name NAME] [--email ADDRESS] --password-stdin
                               a new account (the password on standard input, the same rules as sign-up)
  set-role USERNAME admin|author|member
  reset-password USERNAME --password-stdin
                               a new password; every session of the account ends
  sessions USERNAME            the account's signed-in devices
  revoke-sessions USERNAME     signs the account out everywhere
  ban USERNAME [--reason TEXT] [--until YYYY-MM-DD[THH:MM]] [--days N]
                               refuses sign-in (for good unless --until or --days) and ends every session
  unban USERNAME
  audit [--limit N]            the audit log, newest first
  reset-code USERNAME          a one-time code (24 hours) for the member to set a new password in the client
  export FILE.json             the whole community in one file (readable by its owner only: it holds
                               password hashes); lesson videos stay in the media directory
  import FILE.json             a community exported before, into a new database without members

Exit codes: 0 done, 1 refused (no such account, name taken, ...), 2 usage, 3 database.
)"_s;

struct Context
{
    QTextStream &out;
    QTextStream &err;
    QIODevice &input;
    QCommandLineParser &parser;
    QStringList args; // after the subcommand
};

int usage(QTextStream &err, const QString &message)
{
    err << "guild-server admin: " << message << "\nRun 'guild-server admin --help' for the subcommands.\n";
    return AdminCommand::Usage;
}

int exportCommunity(Database &database, const QString &path, QTextStream &out, QTextStream &err)
{
    const QByteArray json = QJsonDocument(CommunityDump::exportAll(database)).toJson(QJsonDocument::Compact);
    QSaveFile file(path);
    // Password hashes and emails: for the owner's eyes only, from the first byte on disk.
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
        file.write(json) != json.size() || !file.commit()) {
        err << "guild-server admin: cannot write " << path << ": " << file.errorString() << '\n';
        return AdminCommand::Refused;
    }
    const auto counts = CommunityDump::counts(database);
    out << "exported " << CommunityDump::total(counts) << " rows (" << counts.value(u"users"_s) << " members, "
        << counts.value(u"articles"_s) << " articles, " << counts.value(u"messages"_s) << " messages) to " << path
        << "\nlesson videos are not in it: copy the media directory too\n";
    return AdminCommand::Done;
}

int importCommunity(Database &database, const QString &path, QTextStream &out, QTextStream &err)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        err << "guild-server admin: cannot read " << path << ": " << file.errorString() << '\n';
        return AdminCommand::Refused;
    }
    QJsonParseError parsed;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parsed);
    if (!doc.isObject()) {
        err << "guild-server admin: " << path << " is not JSON: " << parsed.errorString() << '\n';
        return AdminCommand::Refused;
    }
    if (const QString failed = CommunityDump::importAll(database, doc.object()); !failed.isEmpty()) {
        err << "guild-server admin: nothing imported: " << failed << '\n';
        return AdminCommand::Refused;
    }
    const auto counts = CommunityDump::counts(database);
    out << "imported " << CommunityDump::total(counts) << " rows (" << counts.value(u"users"_s) << " members) from "
        << path << "\nmembers sign in again; copy the lesson videos into this server's media directory\n";
    return AdminCommand::Done;
}

template <typename T>
bool refused(const Result<T> &result, QTextStream &err)
{
    if (result.ok()) {
        return false;
    }
    err << "guild-server admin: " << result.error().message << '\n';
    return true;
}

std::optional<protocol::Role> roleArg(const QString &text)
{
    const auto role = protocol::roleFromCode(text.trimmed().toLower());
    return role;
}

std::optional<QString> readPassword(Context &c)
{
    if (!c.parser.isSet(u"password-stdin"_s)) {
        return std::nullopt;
    }
    QString password = QString::fromUtf8(c.input.readAll());
    while (password.endsWith(u'\n') || password.endsWith(u'\r')) {
        password.chop(1);
    }
    return password;
}

QString when(const QDateTime &t)
{
    return t.toUTC().toString(u"yyyy-MM-dd HH:mm"_s) + u" UTC"_s;
}

} // namespace

int AdminCommand::run(const QStringList &arguments, QIODevice &input, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOptions({
        {u"data"_s, u"Directory of the SQLite database."_s, u"dir"_s},
        {u"database"_s, u"PostgreSQL URL instead of SQLite."_s, u"url"_s},
        {u"role"_s, u"admin, author or member."_s, u"role"_s},
        {u"display-name"_s, u"The name others see."_s, u"name"_s},
        {u"email"_s, u"The account's email address."_s, u"address"_s},
        {u"password-stdin"_s, u"Read the password from standard input."_s},
        {u"reason"_s, u"Why (shown to the member at sign-in)."_s, u"text"_s},
        {u"until"_s, u"When the ban ends (UTC)."_s, u"time"_s},
        {u"days"_s, u"How many days the ban lasts."_s, u"days"_s},
        {u"limit"_s, u"How many audit entries."_s, u"n"_s, u"50"_s},
        {{u"h"_s, u"help"_s}, u"This help."_s},
    });
    if (!parser.parse(QStringList{u"guild-server-admin"_s} + arguments)) {
        return usage(err, parser.errorText());
    }
    if (parser.isSet(u"help"_s) || parser.positionalArguments().isEmpty()) {
        (parser.isSet(u"help"_s) ? out : err) << Help;
        return parser.isSet(u"help"_s) ? Done : Usage;
    }
    const QString command = parser.positionalArguments().first();
    Context c{out, err, input, parser, parser.positionalArguments().mid(1)};
    static const QHash<QString, int> arity{{u"create-user"_s, 1}, {u"set-role"_s, 2},        {u"reset-password"_s, 1},
                                           {u"sessions"_s, 1},    {u"revoke-sessions"_s, 1}, {u"ban"_s, 1},
                                           {u"unban"_s, 1},       {u"audit"_s, 0},           {u"export"_s, 1},
                                           {u"import"_s, 1},      {u"reset-code"_s, 1}};
    if (!arity.contains(command)) {
        return usage(err, u"unknown subcommand '%1'"_s.arg(command));
    }
    if (c.args.size() != arity.value(command)) {
        return usage(err, u"'%1' takes %2 argument(s)"_s.arg(command).arg(arity.value(command)));
    }

    // The migrations a first run applies are the server's news, not the command's.
    QLoggingCategory::setFilterRules(u"guild.*.info=false"_s);
    QString why;
    const auto config = ServerOptions::databaseFor(parser.value(u"database"_s), parser.value(u"data"_s), &why);
    if (!config) {
        err << "guild-server admin: " << why << '\n';
        return DatabaseFailed;
    }
    Database database(*config);
    try {
        if (const QString failed = Migrator(database).migrate(); !failed.isEmpty()) {
            err << "guild-server admin: " << failed << '\n';
            return DatabaseFailed;
        }
    } catch (const std::exception &e) {
        err << "guild-server admin: cannot open " << config->describe() << ": " << e.what() << '\n';
        return DatabaseFailed;
    }
    PasswordHasher hasher;
    LoginThrottle throttle(database, u"login"_s);
    AccountEvents events;
    if (database.isPostgres()) {
        // Running servers on the same database hear of the change when it commits.
        const QString instance = u"cli-%1"_s.arg(QCoreApplication::applicationPid());
        events.setRemote(
            [instance](QSqlDatabase &tx, qint64 user) { PgFanout::announceAccountChange(tx, instance, user); });
    }
    AuthService auth(database, hasher, throttle, events, AuthConfig{});
    AccountAdmin admin(database, auth, hasher, events);
    const Actor actor = Actor::commandLine();

    try {
        if (command == u"create-user"_s) {
            const auto role = roleArg(parser.value(u"role"_s));
            if (!role) {
                return usage(err, u"create-user needs --role admin, author or member"_s);
            }
            const auto password = readPassword(c);
            if (!password) {
                return usage(err, u"create-user reads the password from standard input: add --password-stdin"_s);
            }
            const QString username = c.args.first().trimmed().toLower();
            const QString email = parser.isSet(u"email"_s) ? parser.value(u"email"_s) : username + u"@guild.invalid"_s;
            const auto made =
                admin.createUser(actor, {username, email, *password, parser.value(u"display-name"_s)}, *role);
            if (refused(made, err)) {
                return Refused;
            }
            out << "created " << protocol::roleCode(*role) << " '" << made.value().username << "' (id "
                << made.value().id << ")\n";
        } else if (command == u"set-role"_s) {
            const auto role = roleArg(c.args.at(1));
            if (!role) {
                return usage(err, u"the role is admin, author or member"_s);
            }
            if (refused(admin.setRole(actor, c.args.first(), *role), err)) {
                return Refused;
            }
            out << c.args.first() << " is now " << protocol::roleCode(*role) << '\n';
        } else if (command == u"reset-password"_s) {
            const auto password = readPassword(c);
            if (!password) {
                return usage(err, u"reset-password reads the password from standard input: add --password-stdin"_s);
            }
            if (refused(admin.resetPassword(actor, c.args.first(), *password), err)) {
                return Refused;
            }
            out << "password of " << c.args.first() << " changed; every session ended\n";
        } else if (command == u"sessions"_s) {
            const auto sessions = admin.sessions(c.args.first());
            if (refused(sessions, err)) {
                return Refused;
            }
            if (sessions.value().isEmpty()) {
                out << "no signed-in sessions\n";
            }
            for (const SessionInfo &s : sessions.value()) {
                out << s.id.left(12) << "  signed in " << when(s.startedAt) << ", last refreshed "
                    << when(s.refreshedAt) << ", ends " << when(s.expiresAt) << '\n';
            }
        } else if (command == u"revoke-sessions"_s) {
            const auto ended = admin.revokeSessions(actor, c.args.first());
            if (refused(ended, err)) {
                return Refused;
            }
            out << ended.value() << " session(s) of " << c.args.first() << " ended\n";
        } else if (command == u"ban"_s) {
            std::optional<QDateTime> until;
            if (parser.isSet(u"until"_s) && parser.isSet(u"days"_s)) {
                return usage(err, u"give --until or --days, not both"_s);
            }
            if (parser.isSet(u"until"_s)) {
                QDateTime t = QDateTime::fromString(parser.value(u"until"_s), Qt::ISODate);
                if (!t.isValid()) {
                    return usage(err, u"--until expects a time like 2027-01-31 or 2027-01-31T18:00"_s);
                }
                t.setTimeSpec(Qt::UTC);
                until = t;
            } else if (parser.isSet(u"days"_s)) {
                bool ok = false;
                const int days = parser.value(u"days"_s).toInt(&ok);
                if (!ok || days < 1 || days > 36500) {
                    return usage(err, u"--days expects 1 to 36500"_s);
                }
                until = QDateTime::fromMSecsSinceEpoch(nowMs() + days * 24LL * 3600 * 1000, Qt::UTC);
            }
            if (refused(admin.ban(actor, c.args.first(), until, parser.value(u"reason"_s)), err)) {
                return Refused;
            }
            out << c.args.first() << " is banned " << (until ? u"until "_s + when(*until) : u"for good"_s) << '\n';
        } else if (command == u"unban"_s) {
            if (refused(admin.unban(actor, c.args.first()), err)) {
                return Refused;
            }
            out << c.args.first() << " may sign in again\n";
        } else if (command == u"reset-code"_s) {
            LoginThrottle resetThrottle(database, u"reset"_s);
            PasswordRecovery recovery(database, hasher, resetThrottle, events, nullptr);
            const Result<protocol::ResetCode> code = recovery.issueCode(actor, c.args.first());
            if (refused(code, err)) {
                return Refused;
            }
            out << "reset code for " << c.args.first() << ": " << code.value().code << " (until "
                << when(code.value().expiresAt) << " UTC, once)\n";
        } else if (command == u"export"_s) {
            return exportCommunity(database, c.args.first(), out, err);
        } else if (command == u"import"_s) {
            return importCommunity(database, c.args.first(), out, err);
        } else if (command == u"audit"_s) {
            bool ok = false;
            const int limit = parser.value(u"limit"_s).toInt(&ok);
            if (!ok || limit < 1 || limit > 10000) {
                return usage(err, u"--limit expects 1 to 10000"_s);
            }
            for (const auto &e : AuditRepository(database.connection()).list(0, limit)) {
                out << when(QDateTime::fromMSecsSinceEpoch(e.createdAt, Qt::UTC)) << "  " << e.actor << "  " << e.action
                    << "  " << e.target << (e.detail.isEmpty() ? QString() : u"  ("_s + e.detail + u')') << '\n';
            }
        }
    } catch (const std::exception &e) {
        err << "guild-server admin: database error: " << e.what() << '\n';
        return DatabaseFailed;
    }
    return Done;
}

} // namespace guild::server
