#include "tier.h"

using namespace Qt::StringLiterals;

namespace guild::protocol {

QString tierCode(Tier tier)
{
    switch (tier) {
    case Tier::Free:
        return u"free"_s;
    case Tier::Member:
        return u"member"_s;
    case Tier::Premium:
        return u"premium"_s;
    }
    return u"free"_s;
}

std::optional<Tier> tierFromCode(const QString &code)
{
    for (Tier t : {Tier::Free, Tier::Member, Tier::Premium}) {
        if (tierCode(t) == code) {
            return t;
        }
    }
    return std::nullopt;
}

std::optional<Tier> tierFromLevel(qint64 level)
{
    if (level < static_cast<int>(Tier::Free) || level > static_cast<int>(Tier::Premium)) {
        return std::nullopt;
    }
    return static_cast<Tier>(level);
}

QString roleCode(Role role)
{
    switch (role) {
    case Role::Member:
        return u"member"_s;
    case Role::Author:
        return u"author"_s;
    case Role::Admin:
        return u"admin"_s;
    }
    return u"member"_s;
}

std::optional<Role> roleFromCode(const QString &code)
{
    for (Role r : {Role::Member, Role::Author, Role::Admin}) {
        if (roleCode(r) == code) {
            return r;
        }
    }
    return std::nullopt;
}

} // namespace guild::protocol
