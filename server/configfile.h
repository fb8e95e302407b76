#pragma once

#include <QStringList>

#include <optional>

namespace guild::server {

/// The server's configuration file (/etc/guild/server.conf in the package): the same keys as the
/// command-line options, one `key = value` per line (`#` starts a comment; a flag is `key = true`;
/// a repeatable option may appear more than once). Secrets put there (a database URL with its password,
/// an SMTP URL) stay out of the process list. What the command line says wins.
class ConfigFile final
{
public:
    /// The file's settings as option arguments (`--key=value`, `--flag`), or nothing with `error` set
    /// (a line that is not `key = value`, a key with spaces, a file that cannot be read).
    static std::optional<QStringList> arguments(const QString &path, QString *error);
    /// Whether other users of the machine may read the file (which may hold secrets).
    static bool readableByOthers(const QString &path);
};

} // namespace guild::server
