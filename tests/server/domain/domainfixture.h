#pragma once

#include "domain/authuser.h"
#include "domain/clock.h"
#include "storage/database.h"
#include "storage/migrator.h"
#include "storage/userrepository.h"
#include "support/scratchdatabase.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace guild::test {

/// A migrated database for testing domain services in-process, without a server: SQLite in a
/// temporary folder, or a fresh PostgreSQL database when GUILD_TEST_DATABASE=postgres. Members of
/// any role and tier are made on demand.
class DomainFixture
{
public:
    /// False (with a warning) when the database cannot be made. Migrated up to `version`.
    bool open(int version = server::Migrator::latestVersion())
    {
        server::DatabaseConfig config = server::DatabaseConfig::sqlite(m_dir.filePath(QStringLiteral("domain.sqlite")));
        if (ScratchDatabase::wanted()) {
            QString why;
            const auto pg = m_scratch.create() ? server::DatabaseConfig::fromUrl(m_scratch.url(), &why) : std::nullopt;
            if (!pg) {
                qWarning() << "no PostgreSQL database:" << why;
                return false;
            }
            config = *pg;
        }
        m_database = std::make_unique<server::Database>(config);
        const QString failed = server::Migrator(*m_database).migrate(version);
        if (!failed.isEmpty()) {
            qWarning() << "migration failed:" << failed;
            return false;
        }
        return true;
    }

    server::Database &database() { return *m_database; }

    /// A new member called `name` with `role`, holding `tier` for a month.
    server::AuthUser member(const QString &name, protocol::Role role = protocol::Role::Member,
                            protocol::Tier tier = protocol::Tier::Free)
    {
        server::UserRepository users(m_database->connection());
        const qint64 now = server::nowMs();
        const qint64 id =
            users.create(name, name + QStringLiteral("@example.com"), name, QStringLiteral("unused"), role, now);
        if (tier != protocol::Tier::Free) {
            users.setMembership(id, tier, now + 30LL * 24 * 3600 * 1000, now);
        }
        server::AuthUser user;
        user.id = id;
        user.username = name;
        user.displayName = name;
        user.role = role;
        user.tier = server::readingTier(role, tier);
        return user;
    }

private:
    QTemporaryDir m_dir;
    ScratchDatabase m_scratch;
    std::unique_ptr<server::Database> m_database;
};

} // namespace guild::test
