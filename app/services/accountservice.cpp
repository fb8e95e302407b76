#include "accountservice.h"

#include "net/apiclient.h"
#include "protocol/endpoints.h"

#include <QDate>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace guild::app {

using namespace protocol;
using namespace protocol::engagement;

AccountService::AccountService(ApiClient &api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{}

std::optional<int> AccountService::daysLeft() const
{
    if (!m_membership.expiresAt.isValid()) {
        return std::nullopt;
    }
    return static_cast<int>(QDateTime::currentDateTimeUtc().daysTo(m_membership.expiresAt));
}

void AccountService::setMembership(const QJsonObject &json)
{
    if (const auto m = Membership::fromJson(json)) {
        m_membership = *m;
        Q_EMIT membershipChanged();
    }
}

void AccountService::refresh()
{
    m_api.get(protocol::endpoints::MyMembership.url(), this, [this](const ApiResponse &r) {
        if (r.ok) {
            setMembership(r.json.value(u"membership"_s).toObject());
        }
    });
    m_api.get(protocol::endpoints::ListTiers.url(), this, [this](const ApiResponse &r) {
        if (!r.ok) {
            return;
        }
        m_tiers.clear();
        for (const QJsonValue &v : r.json.value(u"tiers"_s).toArray()) {
            if (const auto t = TierInfo::fromJson(v.toObject())) {
                m_tiers.append(*t);
            }
        }
        Q_EMIT tiersLoaded();
    });
    m_api.get(protocol::endpoints::MyStanding.url(), this, [this](const ApiResponse &r) {
        if (const auto s = r.ok ? Standing::fromJson(r.json.value(u"standing"_s).toObject()) : std::nullopt) {
            m_standing = *s;
            Q_EMIT standingChanged();
        }
    });
    loadLedger();
    m_api.get(protocol::endpoints::MyPayments.url(), this, [this](const ApiResponse &r) {
        if (!r.ok) {
            return;
        }
        QList<Payment> list;
        for (const QJsonValue &v : r.json.value(u"payments"_s).toArray()) {
            if (const auto p = Payment::fromJson(v.toObject())) {
                list.append(*p);
            }
        }
        Q_EMIT paymentsLoaded(list);
    });
}

void AccountService::loadLedger()
{
    m_api.get(protocol::endpoints::MyPoints.url(), this, [this](const ApiResponse &r) {
        if (!r.ok) {
            return;
        }
        QList<PointsEntry> entries;
        for (const QJsonValue &v : r.json.value(u"ledger"_s).toArray()) {
            if (const auto e = PointsEntry::fromJson(v.toObject())) {
                entries.append(*e);
            }
        }
        Q_EMIT ledgerLoaded(entries);
    });
}

void AccountService::checkout(Tier tier, const QString &period, const QString &coupon)
{
    QJsonObject body{{u"tier"_s, tierCode(tier)}, {u"period"_s, period}};
    if (!coupon.trimmed().isEmpty()) {
        body.insert(u"coupon"_s, coupon.trimmed());
    }
    m_api.post(protocol::endpoints::Checkout.url(), body, this, [this](const ApiResponse &r) {
        if (!r.ok) {
            Q_EMIT notice(r.message, false);
            return;
        }
        const QString url = r.json.value(u"url"_s).toString();
        // The demo provider's page is on our server; a real provider's is absolute.
        Q_EMIT checkoutReady(url.startsWith(u'/') ? m_api.urlFor(url) : QUrl(url));
    });
}

void AccountService::startTrial(Tier tier)
{
    m_api.post(protocol::endpoints::StartTrial.url(), {{u"tier"_s, tierCode(tier)}}, this,
               [this](const ApiResponse &r) {
                   if (!r.ok) {
                       Q_EMIT notice(r.message, false);
                       return;
                   }
                   setMembership(r.json.value(u"membership"_s).toObject());
                   Q_EMIT notice(tr("Your free trial has started."), true);
               });
}

void AccountService::redeem(const QString &code)
{
    m_api.post(protocol::endpoints::Redeem.url(), {{u"code"_s, code.trimmed()}}, this, [this](const ApiResponse &r) {
        if (!r.ok) {
            Q_EMIT notice(r.message, false);
            return;
        }
        setMembership(r.json.value(u"membership"_s).toObject());
        Q_EMIT notice(tr("Code redeemed: your membership now runs until %1.")
                          .arg(QLocale().toString(m_membership.expiresAt.toLocalTime().date(), QLocale::LongFormat)),
                      true);
    });
}

void AccountService::checkIn(const QString &note)
{
    m_api.post(protocol::endpoints::CheckIn.url(), {{u"note"_s, note}}, this, [this](const ApiResponse &r) {
        const auto s = r.ok ? Standing::fromJson(r.json.value(u"standing"_s).toObject()) : std::nullopt;
        if (!s) {
            Q_EMIT notice(r.message, false);
            return;
        }
        m_standing = *s;
        Q_EMIT standingChanged();
        Q_EMIT notice(tr("Checked in: %n day(s) in a row.", nullptr, s->streak), true);
        loadCheckins(QDate::currentDate());
        loadLedger();
    });
}

void AccountService::loadCheckins(const QDate &month)
{
    const QString key = month.toString(u"yyyy-MM"_s);
    m_api.get(protocol::endpoints::MyCheckins.url() + u"?month="_s + key, this, [this, month](const ApiResponse &r) {
        QList<QDate> days;
        for (const QJsonValue &v : r.json.value(u"days"_s).toArray()) {
            days.append(QDate::fromString(v.toString(), Qt::ISODate));
        }
        Q_EMIT checkinsLoaded(month, days);
    });
}

void AccountService::loadLeaderboard(const QString &period)
{
    m_api.get(protocol::endpoints::Leaderboard.url() + u"?period="_s + period, this,
              [this, period](const ApiResponse &r) {
                  QList<LeaderboardEntry> leaders;
                  for (const QJsonValue &v : r.json.value(u"leaders"_s).toArray()) {
                      if (const auto e = LeaderboardEntry::fromJson(v.toObject())) {
                          leaders.append(*e);
                      }
                  }
                  Q_EMIT leaderboardLoaded(period, leaders);
              });
}

void AccountService::sendTimezone(const QString &ianaId)
{
    m_api.post(protocol::endpoints::SetTimezone.url(), {{u"timezone"_s, ianaId}}, this, [](const ApiResponse &) {});
}

} // namespace guild::app
