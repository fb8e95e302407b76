#pragma once

#include <QString>

#include <optional>

namespace guild::protocol {

/// Membership tiers, ordered: a member of a tier may read everything at or below it.
enum class Tier : int
{
    Free = 0,
    Member = 1,
    Premium = 2,
};

QString tierCode(Tier tier);
std::optional<Tier> tierFromCode(const QString &code);
std::optional<Tier> tierFromLevel(qint64 level);
inline bool tierCovers(Tier held, Tier required)
{
    return static_cast<int>(held) >= static_cast<int>(required);
}

/// Account roles; authors publish, admins manage the community.
enum class Role : int
{
    Member = 0,
    Author = 1,
    Admin = 2,
};

QString roleCode(Role role);
std::optional<Role> roleFromCode(const QString &code);

} // namespace guild::protocol
