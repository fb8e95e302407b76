#include "membershipservice.h"

#include "accountevents.h"
#include "clock.h"
#include "csv.h"
#include "protocol/errorcodes.h"
#include "protocol/limits.h"
#include "storage/auditrepository.h"
#include "storage/database.h"
#include "storage/paymentrepository.h"
#include "storage/sql.h"
#include "storage/tierrepository.h"
#include "storage/userrepository.h"

using namespace Qt::StringLiterals;

namespace guild::server {

using namespace protocol;

namespace {
constexpr qint64 DayMs = 24LL * 3600 * 1000;
constexpr int GrantDaysMax = 3660;

ApiError adminsOnly()
{
    return ApiError::forbidden(errors::Forbidden, u"Only admins manage members."_s);
}

} // namespace

MembershipService::MembershipService(Database &database, const AccountEvents &events)
    : m_database(database)
    , m_events(events)
{}

Result<Membership> MembershipService::membership(const AuthUser &member)
{
    return UserRepository(m_database.connection()).membership(member.id, nowMs());
}

Result<QList<TierInfo>> MembershipService::tiers()
{
    return TierRepository(m_database.connection()).all();
}

Result<Membership> MembershipService::extend(QSqlDatabase &tx, qint64 userId, Tier tier, int days, qint64 now)
{
    UserRepository users(tx);
    const Membership current = users.membership(userId, now);
    const bool inForce = current.active && current.expiresAt.isValid();
    if (inForce && static_cast<int>(current.tier) > static_cast<int>(tier)) {
        return ApiError::conflict(errors::Conflict,
                                  u"A higher tier is in force until %1."_s.arg(toIsoUtc(current.expiresAt)));
    }
    const qint64 base = inForce && current.tier == tier ? current.expiresAt.toMSecsSinceEpoch() : now;
    users.setMembership(userId, tier, base + days * DayMs, now);
    endPaidPeriods(tx, userId, tier, base + days * DayMs, now);
    return users.membership(userId, now);
}

void MembershipService::endPaidPeriods(const QSqlDatabase &tx, qint64 userId, Tier tier, qint64 expiresAt, qint64 now)
{
    // What was paid for stops counting when the membership stops giving it: another tier from now on,
    // this one from the new expiry.
    PaymentRepository(tx).endPaidPeriods(userId, tier, expiresAt, now);
}

Result<Membership> MembershipService::startTrial(const AuthUser &member, const QString &tierCode)
{
    const auto tier = tierFromCode(tierCode);
    QSqlDatabase db = m_database.connection();
    const std::optional<TierInfo> info = tier ? TierRepository(db).find(*tier) : std::nullopt;
    if (!info || info->trialDays <= 0) {
        return ApiError::badRequest(errors::InvalidField, u"That tier has no free trial."_s);
    }
    if (info->retired) {
        return ApiError::conflict(errors::TierRetired, u"This tier is no longer offered."_s);
    }
    const int days = info->trialDays;
    sql::Transaction tx(db);
    const qint64 now = nowMs();
    if (static_cast<int>(UserRepository(db).membership(member.id, now).tier) >= static_cast<int>(*tier)) {
        return ApiError::conflict(errors::Conflict, u"You have this tier already."_s);
    }
    if (!UserRepository(db).startTrial(member.id, *tier, now)) {
        return ApiError::conflict(errors::TrialUsed, u"The free trial of this tier has been used."_s);
    }
    Result<Membership> result = extend(db, member.id, *tier, days, now);
    if (result.ok()) {
        m_events.changed(tx, member.id);
        tx.commit();
    }
    return result;
}

Result<QList<MemberSummary>> MembershipService::members(const AuthUser &admin, const QString &search, int limit)
{
    if (!admin.isAdmin()) {
        return adminsOnly();
    }
    QSqlDatabase db = m_database.connection();
    UserRepository users(db);
    // The rows first, then each membership: PostgreSQL streams rows, and a second query in the middle
    // would cut the first short.
    QList<MemberSummary> list;
    for (const UserRepository::Listed &found : users.search(search, limit)) {
        MemberSummary m{found.id, found.username, found.displayName, found.role, {}, found.points, found.joinedAt, {},
                        {}};
        if (found.bannedUntil > nowMs()) {
            m.bannedUntil = QDateTime::fromMSecsSinceEpoch(found.bannedUntil, Qt::UTC);
            m.banReason = found.banReason;
        }
        list.append(m);
    }
    const qint64 now = nowMs();
    for (MemberSummary &m : list) {
        m.membership = users.membership(m.id, now);
    }
    return list;
}

Result<QByteArray> MembershipService::membersCsv(const AuthUser &admin)
{
    const Result<QList<MemberSummary>> list = members(admin, {}, 100000);
    if (!list.ok()) {
        return list.error();
    }
    QString csv = u"id,username,display_name,role,tier,expires_at,points,joined_at\r\n"_s;
    for (const MemberSummary &m : list.value()) {
        csv += QStringList{QString::number(m.id),
                           csvField(m.username),
                           csvField(m.displayName),
                           csvField(m.role),
                           tierCode(m.membership.tier),
                           m.membership.expiresAt.isValid() ? toIsoUtc(m.membership.expiresAt) : QString(),
                           QString::number(m.points),
                           toIsoUtc(m.joinedAt)}
                   .join(u',') +
               u"\r\n"_s;
    }
    return csv.toUtf8();
}

Result<Membership> MembershipService::grant(const AuthUser &admin, qint64 userId, const QString &tierCode, int days)
{
    if (!admin.isAdmin()) {
        return adminsOnly();
    }
    const auto tier = tierFromCode(tierCode);
    if (!tier || days < 0 || days > GrantDaysMax || (*tier != Tier::Free && days == 0)) {
        return ApiError::badRequest(
            errors::InvalidField,
            u"'tier' is free, member or premium and 'days' 1 to %1 (free: revokes)."_s.arg(GrantDaysMax));
    }
    QSqlDatabase db = m_database.connection();
    if (!UserRepository(db).exists(userId)) {
        return ApiError::notFound(u"No such member."_s);
    }
    sql::Transaction tx(db);
    const qint64 now = nowMs();
    UserRepository users(db);
    if (*tier == Tier::Free) {
        users.setMembership(userId, Tier::Free, std::nullopt, now);
        endPaidPeriods(db, userId, Tier::Free, now, now);
    } else {
        // An admin's grant replaces what was there: a correction, not a purchase.
        users.setMembership(userId, *tier, now + days * DayMs, now);
        endPaidPeriods(db, userId, *tier, now + days * DayMs, now);
    }
    m_events.changed(tx, userId);
    tx.commit();
    return users.membership(userId, now);
}

Result<TierInfo> MembershipService::updateTier(const AuthUser &admin, const QString &tierCode, const TierInput &input)
{
    if (!admin.isAdmin()) {
        return ApiError::forbidden(errors::Forbidden, u"Only admins set up tiers."_s);
    }
    const std::optional<Tier> tier = tierFromCode(tierCode);
    if (!tier) {
        return ApiError::notFound(u"No such tier."_s);
    }
    if (*tier == Tier::Free &&
        (input.retired || input.monthlyPriceCents > 0 || input.yearlyPriceCents > 0 || input.trialDays > 0)) {
        return ApiError::badRequest(errors::InvalidField,
                                    u"The free tier is what every member has: it has no price, trial or retirement."_s);
    }
    if (*tier != Tier::Free && !input.retired && input.monthlyPriceCents <= 0 && input.yearlyPriceCents <= 0) {
        return ApiError::badRequest(errors::InvalidField, u"A paid tier needs a monthly or a yearly price."_s);
    }
    QSqlDatabase db = m_database.connection();
    sql::Transaction tx(db);
    TierRepository tiers(db);
    const std::optional<TierInfo> before = tiers.find(*tier);
    if (!before) {
        return ApiError::notFound(u"No such tier."_s);
    }
    const qint64 now = nowMs();
    tiers.update(*tier, input, now);
    QStringList detail{u"%1 %2 a month, %3 a year"_s.arg(input.currency)
                           .arg(input.monthlyPriceCents / 100.0, 0, 'f', 2)
                           .arg(input.yearlyPriceCents / 100.0, 0, 'f', 2)};
    if (before->retired != input.retired) {
        detail.append(input.retired ? u"retired"_s : u"offered again"_s);
    }
    if (before->currency != input.currency) {
        detail.append(u"currency was "_s + before->currency);
    }
    AuditRepository(db).append({0, admin.id, admin.username, u"update-tier"_s, tierCode, detail.join(u"; "_s), now});
    tx.commit();
    return *TierRepository(m_database.connection()).find(*tier);
}

} // namespace guild::server
