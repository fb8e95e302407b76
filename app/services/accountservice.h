#pragma once

#include "protocol/engagement.h"
#include "protocol/types.h"

#include <QObject>
#include <QUrl>

namespace guild::app {

class ApiClient;
class LocalCache;
class WriteOutbox;

/// The member's membership and engagement for the UI: tier and expiry, tiers on offer, checkout (a URL
/// for the system browser), redeem codes, the daily check-in, points, badges, the leaderboard and
/// payment history. Every money or points action answers with a clear result or a message.
class AccountService final : public QObject
{
    Q_OBJECT
public:
    AccountService(ApiClient &api, LocalCache &cache, WriteOutbox &outbox, QObject *parent = nullptr);

    /// Membership, tiers, standing and payments, all at once: what the cache kept from last time first
    /// (offline, that is what shows), then the server's.
    void refresh();
    void loadLedger();
    void checkout(protocol::Tier tier, const QString &period, const QString &coupon = {});
    void startTrial(protocol::Tier tier);
    void redeem(const QString &code);
    /// Through the write outbox: kept offline, and counted by the server on the day it arrives.
    void checkIn(const QString &note);
    /// Days checked in during `month` (first day of it).
    void loadCheckins(const QDate &month);
    void loadLeaderboard(const QString &period);
    /// The member's time zone, so days and streaks are theirs (sent once after sign-in).
    void sendTimezone(const QString &ianaId);

    const protocol::Membership &membership() const { return m_membership; }
    const QList<protocol::TierInfo> &tiers() const { return m_tiers; }
    const protocol::engagement::Standing &standing() const { return m_standing; }
    /// When the membership shown was the server's answer: invalid while it is the server's of this run,
    /// else the time the cache kept it (the panel says "as of").
    QDateTime membershipAsOf() const { return m_membershipAsOf; }
    /// Days until the membership ends (negative: in grace), or nullopt for a tier that does not end.
    std::optional<int> daysLeft() const;

Q_SIGNALS:
    void membershipChanged();
    void tiersLoaded();
    void standingChanged();
    /// The member's points history, newest first.
    void ledgerLoaded(const QList<guild::protocol::engagement::PointsEntry> &entries);
    void paymentsLoaded(const QList<guild::protocol::engagement::Payment> &payments);
    void checkoutReady(const QUrl &url);
    void checkinsLoaded(const QDate &month, const QList<QDate> &days);
    void leaderboardLoaded(const QString &period, const QList<guild::protocol::engagement::LeaderboardEntry> &leaders);
    /// A result to tell the member (redeemed, checked in) or a refusal with its reason.
    void notice(const QString &message, bool ok);

private:
    /// `asOf`: when the cache kept it (invalid: the server's answer of this run).
    void setMembership(const protocol::Membership &membership, const QDateTime &asOf = {});
    void setStanding(const protocol::engagement::Standing &standing);
    /// Saves the server's answer in the cache, for the next time the panel opens offline.
    template <typename T>
    void keep(const QString &key, const T &value);

    ApiClient &m_api;
    LocalCache &m_cache;
    WriteOutbox &m_outbox;
    QDateTime m_membershipAsOf;
    bool m_membershipFresh = false;
    protocol::Membership m_membership;
    QList<protocol::TierInfo> m_tiers;
    protocol::engagement::Standing m_standing;
};

} // namespace guild::app
