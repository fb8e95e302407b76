#pragma once

#include <QStringList>

class QIODevice;
class QTextStream;

namespace guild::server {

/// `guild-server admin SUBCOMMAND …`: a community's accounts from the server's shell (the first admin,
/// roles, passwords, sessions, bans, the audit log), on the same database as the server, stopped or
/// running. Exit codes: 0 done, 1 refused (no such account, name taken, …), 2 usage, 3 database.
class AdminCommand final
{
public:
    enum Exit
    {
        Done = 0,
        Refused = 1,
        Usage = 2,
        DatabaseFailed = 3
    };
    /// `arguments` are what follows "admin"; passwords are read from `input`.
    static int run(const QStringList &arguments, QIODevice &input, QTextStream &out, QTextStream &err);
};

} // namespace guild::server
