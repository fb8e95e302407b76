#include "databaseconfig.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace guild::server {

DatabaseConfig DatabaseConfig::sqlite(const QString &path)
{
    DatabaseConfig config;
    config.sqlitePath = path;
    return config;
}

std::optional<DatabaseConfig> DatabaseConfig::fromUrl(const QString &text, QString *why)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != u"postgresql"_s && url.scheme() != u"postgres"_s)) {
        *why = u"expected postgresql://user:password@host:port/database"_s;
        return std::nullopt;
    }
    DatabaseConfig config;
    config.engine = Engine::Postgres;
    config.host = url.host().isEmpty() ? u"127.0.0.1"_s : url.host();
    config.port = url.port(5432);
    config.user = url.userName();
    config.password = url.password();
    config.databaseName = url.path().mid(1);
    if (config.databaseName.isEmpty()) {
        *why = u"the URL names no database"_s;
        return std::nullopt;
    }
    return config;
}

QString DatabaseConfig::describe() const
{
    if (engine == Engine::Sqlite) {
        return u"sqlite:"_s + sqlitePath;
    }
    return u"postgresql://%1@%2:%3/%4"_s.arg(user, host).arg(port).arg(databaseName);
}

} // namespace guild::server
