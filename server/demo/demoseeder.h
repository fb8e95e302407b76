#pragma once

#include <QString>

namespace guild::server {

class Database;
class PasswordHasher;

/// Fills an empty database with the demo community: five accounts (password "guild-demo"), about
/// 200 articles in Chinese and English with code, some paid, three courses (with a real video) and
/// three chat channels.
class DemoSeeder final
{
public:
    DemoSeeder(Database &database, PasswordHasher &hasher, QString mediaDir);
    /// Seeds only when there are no users yet; returns false with a logged reason on failure.
    bool seedIfEmpty();
    /// True when seedIfEmpty found the database empty and seeded it.
    bool seeded() const { return m_seeded; }

    static constexpr int ArticleCount = 200;

private:
    Database &m_database;
    PasswordHasher &m_hasher;
    QString m_mediaDir;
    bool m_seeded = false;
};

} // namespace guild::server
