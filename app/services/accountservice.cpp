#include "accountservice.h"

#include "keptreads.h"
#include "net/apiclient.h"
#include "protocol/endpoints.h"
#include "storage/localcache.h"
#include "storage/snapshotstore.h"
#include "writeoutbox.h"

#include <QDate>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace guild::app {

using namespace protocol;

namespace {
const QString MembershipKey = u"membership"_s;
const QString TiersKey = u"tiers"_s;
const QString StandingKey = u"standing"_s;
} // namespace
using namespace protocol::engagement;

AccountService::AccountService(ApiClient &api, LocalCache &cache, WriteOutbox &outbox, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_cache(cache)
    , m_outbox(outbox)
{
    m_outbox.handle(u"checkin"_s, this, [this](const PendingWrite &w, const WriteOutbox::Outcome &outcome) {
        if (const auto r = WriteOutbox::answerOf(endpoints::CheckIn, outcome)) {
            keep(StandingKey, r->value);
            setStanding(r->value);
            Q_EMIT notice(tr("Checked in: %n day(s) in a row.", nullptr, m_standing.streak), true);
            loadCheckins(QDate::currentDate());
            loadLedger();
        } else if (outcome.kind == WriteOutbox::Outcome::Kind::Refused) {
            Q_EMIT notice(outcome.message, false); // already checked in today, say: nothing to retry
            m_outbox.discard(w.id);
        }
    });
}

std::optional<int> AccountService::daysLeft() const
{
    if (!m_membership.expiresAt.isValid()) {
        return std::nullopt;
    }
    return static_cast<int>(QDateTime::currentDateTimeUtc().daysTo(m_membership.expiresAt));
}

template <typename T>
void AccountService::keep(const QString &key, const T &value)
{
    m_cache.run<bool>(
        this, [key, value](QSqlDatabase &db) { return SnapshotStore(db).save(key, value); }, [](bool) {});
}

void AccountService::setMembership(const Membership &membership, const QDateTime &asOf)
{
    m_membership = membership;
    m_membershipAsOf = asOf;
    Q_EMIT membershipChanged();
}

void AccountService::setStanding(const Standing &standing)
{
    m_standing = standing;
    Q_EMIT standingChanged();
}

void AccountService::refresh()
{
    struct Kept
    {
        std::optional<Snapshot<Membership>> membership;
        std::optional<Snapshot<TierList>> tiers;
        std::optional<Snapshot<Standing>> standing;
    };
    m_membershipFresh = false;
    m_cache.run<Kept>(
        this,
        [](QSqlDatabase &db) {
            SnapshotStore store(db);
            return Kept{store.load<Membership>(MembershipKey), store.load<TierList>(TiersKey),
                        store.load<Standing>(StandingKey)};
        },
        [this](const Kept &kept) {
            if (m_membershipFresh) {
                return; // the server answered first
            }
            if (kept.tiers && m_tiers.isEmpty()) {
                m_tiers = kept.tiers->value.items;
                Q_EMIT tiersLoaded();
            }
            if (kept.standing) {
                setStanding(kept.standing->value);
            }
            if (kept.membership) {
                setMembership(kept.membership->value, kept.membership->savedAt);
            }
        });
    m_api.call(endpoints::MyMembership, {}, this, [this](const ApiResult<MembershipReply> &r) {
        if (r.ok()) {
            m_membershipFresh = true;
            keep(MembershipKey, r->value);
            setMembership(r->value);
        }
    });
    m_api.call(endpoints::ListTiers, {}, this, [this](const ApiResult<TierList> &r) {
        if (r.ok()) {
            keep(TiersKey, *r);
            m_tiers = r->items;
            Q_EMIT tiersLoaded();
        }
    });
    m_api.call(endpoints::MyStanding, {}, this, [this](const ApiResult<StandingReply> &r) {
        if (r.ok()) {
            keep(StandingKey, r->value);
            setStanding(r->value);
        }
    });
    loadLedger();
    m_api.call(endpoints::MyPayments, {}, this, [this](const ApiResult<PaymentList> &r) {
        KeptReads::settle<PaymentList>(
            m_cache, this, u"payments"_s, r,
            [this](const PaymentList &list, const QDateTime &) { Q_EMIT paymentsLoaded(list.items); });
    });
}

void AccountService::loadLedger()
{
    m_api.call(endpoints::MyPoints, {}, this, [this](const ApiResult<LedgerList> &r) {
        KeptReads::settle<LedgerList>(m_cache, this, u"points"_s, r, [this](const LedgerList &list, const QDateTime &) {
            Q_EMIT ledgerLoaded(list.items);
        });
    });
}

void AccountService::checkout(Tier tier, const QString &period, const QString &coupon)
{
    m_api.call(endpoints::Checkout, CheckoutRequest{0, tierCode(tier), period, coupon.trimmed()}, this,
               [this](const ApiResult<CheckoutSession> &r) {
                   if (!r.ok()) {
                       Q_EMIT notice(r.message, false);
                       return;
                   }
                   // The demo provider's page is on our server; a real provider's is absolute.
                   Q_EMIT checkoutReady(r->url.startsWith(u'/') ? m_api.urlFor(r->url) : QUrl(r->url));
               });
}

void AccountService::startTrial(Tier tier)
{
    m_api.call(endpoints::StartTrial, TierRequest{tierCode(tier), 0}, this,
               [this](const ApiResult<MembershipReply> &r) {
                   if (!r.ok()) {
                       Q_EMIT notice(r.message, false);
                       return;
                   }
                   keep(MembershipKey, r->value);
                   setMembership(r->value);
                   Q_EMIT notice(tr("Your free trial has started."), true);
               });
}

void AccountService::redeem(const QString &code)
{
    m_api.call(endpoints::Redeem, RedeemRequest{code.trimmed()}, this, [this](const ApiResult<MembershipReply> &r) {
        if (!r.ok()) {
            Q_EMIT notice(r.message, false);
            return;
        }
        keep(MembershipKey, r->value);
        setMembership(r->value);
        Q_EMIT notice(tr("Code redeemed: your membership now runs until %1.")
                          .arg(QLocale().toString(m_membership.expiresAt.toLocalTime().date(), QLocale::LongFormat)),
                      true);
    });
}

void AccountService::checkIn(const QString &note)
{
    if (auto refused = m_outbox.add(endpoints::CheckIn, endpoints::CheckIn.url(), CheckInRequest{note},
                                    {u"checkin"_s, u"checkin"_s, 0})) {
        QTimer::singleShot(0, this, [this, message = *refused] { Q_EMIT notice(message, false); });
    } else if (!m_api.isOnline()) {
        Q_EMIT notice(tr("Saved. Your check-in goes to the server when Guild is back online."), true);
    }
}

void AccountService::loadCheckins(const QDate &month)
{
    m_api.call(endpoints::MyCheckins, CheckinsRequest{month.toString(u"yyyy-MM"_s)}, this,
               [this, month](const ApiResult<DayList> &r) {
                   const auto shown = [this, month](const DayList &list, const QDateTime &) {
                       QList<QDate> days;
                       for (const QString &day : list.items) {
                           days.append(QDate::fromString(day, Qt::ISODate));
                       }
                       Q_EMIT checkinsLoaded(month, days);
                   };
                   // Nothing known for the month: an empty calendar, as before.
                   KeptReads::settle<DayList>(m_cache, this, u"checkins:"_s + month.toString(u"yyyy-MM"_s), r, shown,
                                              [shown](const QString &) { shown(DayList{}, {}); });
               });
}

void AccountService::loadLeaderboard(const QString &period)
{
    m_api.call(endpoints::Leaderboard, LeaderboardRequest{period}, this,
               [this, period](const ApiResult<LeaderList> &r) {
                   const auto shown = [this, period](const LeaderList &list, const QDateTime &) {
                       Q_EMIT leaderboardLoaded(period, list.items);
                   };
                   KeptReads::settle<LeaderList>(m_cache, this, u"leaderboard:"_s + period, r, shown,
                                                 [shown](const QString &) { shown(LeaderList{}, {}); });
               });
}

void AccountService::sendTimezone(const QString &ianaId)
{
    m_api.call(endpoints::SetTimezone, TimezoneRequest{ianaId}, this, [](const ApiResult<TimezoneReply> &) {});
}

} // namespace guild::app
