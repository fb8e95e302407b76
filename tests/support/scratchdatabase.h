#pragma once

#include <QString>

namespace guild::test {

/// A fresh, empty PostgreSQL database in the cluster named by GUILD_TEST_PG_URL, dropped again when
/// this goes (for tests that run with GUILD_TEST_DATABASE=postgres).
class ScratchDatabase
{
public:
    ScratchDatabase() = default;
    ~ScratchDatabase();
    Q_DISABLE_COPY_MOVE(ScratchDatabase)

    /// Creates it; false (and says why) when the cluster cannot be reached.
    bool create();
    /// postgresql://…/the database; empty before create().
    QString url() const { return m_url; }

    /// Whether this run's tests go to PostgreSQL (GUILD_TEST_DATABASE=postgres) rather than SQLite.
    static bool wanted();

private:
    QString m_name;
    QString m_url;
};

} // namespace guild::test
