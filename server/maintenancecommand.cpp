#include "maintenancecommand.h"

#include "admincommand.h"
#include "configfile.h"
#include "serverapp.h"
#include "storage/communitydump.h"
#include "storage/database.h"
#include "storage/migrator.h"
#include "storage/onlinebackup.h"
#include "storage/sql.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QTextStream>

#include <exception>

using namespace Qt::StringLiterals;

namespace guild::server {

namespace {

const QString MigrateHelp =
    uR"(Usage: guild-server migrate --from sqlite:PATH --to postgresql://USER:PASSWORD@HOST:PORT/DB

Copies a whole community into a new database (made by this version, left without members), in one
transaction, then compares every table on both sides: row counts and a SHA-256 of the rows. The source
is only read; stop the servers first so nothing is written after the copy. Lesson videos are files:
copy the media directory too. Either side may be sqlite:PATH (the guild.sqlite file) or a PostgreSQL URL.

Exit codes: 0 copied and matching, 1 refused or not matching, 2 usage, 3 database.
)"_s;

const QString BackupHelp = uR"(Usage: guild-server backup FILE [--data DIR | --config FILE]

A consistent copy of the SQLite database, safe while servers run (SQLite's online backup API), checked
and then renamed into place, readable by its owner only. Restore: stop the server, put the copy in the
data directory as guild.sqlite, start it. On PostgreSQL use pg_dump (docs/deploy.md).

Exit codes: 0 done, 1 refused, 2 usage, 3 database.
)"_s;

int usage(QTextStream &err, const QString &command, const QString &message)
{
    err << "guild-server " << command << ": " << message << "\nRun 'guild-server " << command << " --help' for how.\n";
    return AdminCommand::Usage;
}

/// `sqlite:PATH` or a PostgreSQL URL.
std::optional<DatabaseConfig> endpoint(const QString &text, QString *why)
{
    if (text.startsWith(u"sqlite:"_s)) {
        const QString path = text.mid(7);
        if (path.isEmpty()) {
            *why = u"sqlite: needs the path of the database file"_s;
            return std::nullopt;
        }
        return DatabaseConfig::sqlite(path);
    }
    return DatabaseConfig::fromUrl(text, why);
}

/// Reads `arguments`; the exit code when the command ends here (help asked for, a usage mistake).
std::optional<int> parse(QCommandLineParser &parser, const QString &command, const QStringList &arguments,
                         const QString &help, QTextStream &out, QTextStream &err)
{
    parser.addOption({{u"h"_s, u"help"_s}, u"This help."_s});
    if (!parser.parse(QStringList{command} + arguments)) {
        return usage(err, command, parser.errorText());
    }
    if (parser.isSet(u"help"_s)) {
        out << help;
        return AdminCommand::Done;
    }
    return std::nullopt;
}

} // namespace

int MaintenanceCommand::migrate(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const QString name = u"migrate"_s;
    QCommandLineParser parser;
    parser.addOptions({{u"from"_s, u"The community's database now."_s, u"source"_s},
                       {u"to"_s, u"The new, empty database."_s, u"target"_s}});
    if (const auto exit = parse(parser, name, arguments, MigrateHelp, out, err)) {
        return *exit;
    }
    if (!parser.isSet(u"from"_s) || !parser.isSet(u"to"_s) || !parser.positionalArguments().isEmpty()) {
        return usage(err, name, u"say --from and --to, and nothing else"_s);
    }
    QString why;
    const auto from = endpoint(parser.value(u"from"_s), &why);
    const auto to = from ? endpoint(parser.value(u"to"_s), &why) : std::nullopt;
    if (!from || !to) {
        return usage(err, name, why);
    }
    if (from->describe() == to->describe()) {
        return usage(err, name, u"--from and --to are the same database"_s);
    }
    if (from->engine == DatabaseConfig::Engine::Sqlite && !QFileInfo(from->sqlitePath).isFile()) {
        err << "guild-server migrate: there is no database at " << from->sqlitePath << '\n';
        return AdminCommand::Refused;
    }

    QLoggingCategory::setFilterRules(u"guild.*.info=false"_s);
    Database source(*from);
    Database target(*to);
    try {
        for (Database *database : {&source, &target}) {
            if (const QString failed = Migrator(*database).migrate(); !failed.isEmpty()) {
                err << "guild-server migrate: " << database->config().describe() << ": " << failed << '\n';
                return AdminCommand::DatabaseFailed;
            }
        }
        if (sql::scalar(target.connection(), u"SELECT COUNT(*) FROM users"_s).toLongLong() > 0) {
            err << "guild-server migrate: " << to->describe()
                << " has members already: migrate only into a new, empty database\n";
            return AdminCommand::Refused;
        }
        const QJsonObject dump = CommunityDump::exportAll(source);
        if (const QString failed = CommunityDump::importAll(target, dump); !failed.isEmpty()) {
            err << "guild-server migrate: nothing copied: " << failed << '\n';
            return AdminCommand::Refused;
        }

        // Compared from the target's own rows, read back: what landed, not what was sent.
        const auto sourceCounts = CommunityDump::counts(source);
        const auto targetCounts = CommunityDump::counts(target);
        const auto sourceSums = CommunityDump::checksums(dump);
        const auto targetSums = CommunityDump::checksums(CommunityDump::exportAll(target));
        QStringList differing;
        out << "table                          rows  sha-256 of the rows\n";
        for (const QString &table : CommunityDump::tables()) {
            const bool same = sourceCounts.value(table) == targetCounts.value(table) &&
                              sourceSums.value(table) == targetSums.value(table);
            out << table.leftJustified(26) << QString::number(targetCounts.value(table)).rightJustified(9) << "  "
                << targetSums.value(table).left(16) << (same ? "  same" : "  DIFFERS") << '\n';
            if (!same) {
                differing.append(table);
            }
        }
        if (!differing.isEmpty()) {
            err << "guild-server migrate: the copy differs in " << differing.join(u", "_s)
                << "; do not use it (drop the target and try again)\n";
            return AdminCommand::Refused;
        }
        out << "copied " << CommunityDump::total(targetCounts) << " rows (" << targetCounts.value(u"users"_s)
            << " members) from " << from->describe() << " to " << to->describe()
            << "; every table matches\nmembers sign in again; copy the lesson videos into the new server's media "
               "directory\n";
        return AdminCommand::Done;
    } catch (const std::exception &e) {
        err << "guild-server migrate: " << e.what() << '\n';
        return AdminCommand::DatabaseFailed;
    }
}

int MaintenanceCommand::backup(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const QString name = u"backup"_s;
    QCommandLineParser parser;
    parser.addOptions({{u"data"_s, u"Directory of the SQLite database."_s, u"dir"_s},
                       {u"database"_s, u"PostgreSQL URL (refused: use pg_dump)."_s, u"url"_s},
                       {u"config"_s, u"The server's configuration file, for its data directory."_s, u"file"_s}});
    if (const auto exit = parse(parser, name, arguments, BackupHelp, out, err)) {
        return *exit;
    }
    if (parser.positionalArguments().size() != 1) {
        return usage(err, name, u"name the file to write"_s);
    }
    QString data = parser.value(u"data"_s);
    QString url = parser.value(u"database"_s);
    if (parser.isSet(u"config"_s)) {
        QString why;
        const auto settings = ConfigFile::arguments(parser.value(u"config"_s), &why);
        if (!settings) {
            return usage(err, name, why);
        }
        QCommandLineParser file;
        file.addOptions({{u"data"_s, {}, u"dir"_s}, {u"database"_s, {}, u"url"_s}});
        file.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
        (void)file.parse(QStringList{name} + *settings); // other keys are the server's, not ours
        data = parser.isSet(u"data"_s) ? data : file.value(u"data"_s);
        url = parser.isSet(u"database"_s) ? url : file.value(u"database"_s);
    }
    if (!url.isEmpty()) {
        err << "guild-server backup: the community is on PostgreSQL: back it up with pg_dump --format=custom "
               "(docs/deploy.md)\n";
        return AdminCommand::Refused;
    }
    QString why;
    const auto config = ServerOptions::databaseFor({}, data, &why);
    if (!config) {
        err << "guild-server backup: " << why << '\n';
        return AdminCommand::DatabaseFailed;
    }
    const QString target = parser.positionalArguments().constFirst();
    if (QFileInfo(target).absoluteFilePath() == QFileInfo(config->sqlitePath).absoluteFilePath()) {
        return usage(err, name, u"the backup cannot be the database itself"_s);
    }
    if (const QString failed = OnlineBackup::copy(config->sqlitePath, target); !failed.isEmpty()) {
        err << "guild-server backup: " << failed << '\n';
        return AdminCommand::Refused;
    }
    out << "backed up " << config->sqlitePath << " to " << target << " (" << QFileInfo(target).size() / 1024
        << " KiB, checked)\n";
    return AdminCommand::Done;
}

} // namespace guild::server
