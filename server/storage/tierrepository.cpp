#include "tierrepository.h"

#include "sql.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace guild::server {

using namespace protocol;

Tier TierRepository::featureTier(const QString &feature)
{
    QSqlQuery q = sql::exec(m_db, u"SELECT level, features FROM tiers ORDER BY level"_s);
    while (q.next()) {
        const QJsonArray features = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).array();
        if (features.contains(feature)) {
            return tierFromLevel(q.value(0).toLongLong()).value_or(Tier::Premium);
        }
    }
    return Tier::Free;
}

qint64 TierRepository::price(Tier tier, bool yearly)
{
    return sql::scalar(m_db,
                       yearly ? u"SELECT yearly_price_cents FROM tiers WHERE level = ?"_s
                              : u"SELECT monthly_price_cents FROM tiers WHERE level = ?"_s,
                       {static_cast<int>(tier)})
        .toLongLong();
}

namespace {

QStringList stringList(const QVariant &json)
{
    QStringList list;
    for (const QJsonValue &v : QJsonDocument::fromJson(json.toString().toUtf8()).array()) {
        list.append(v.toString());
    }
    return list;
}

QString jsonText(const QStringList &list)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

constexpr auto TierColumns = "SELECT level, name, description, monthly_price_cents, yearly_price_cents, trial_days, "
                             "benefits, features, currency, retired_at FROM tiers "_L1;

TierInfo tierAt(const QSqlQuery &q)
{
    TierInfo t;
    t.tier = tierFromLevel(q.value(0).toLongLong()).value_or(Tier::Free);
    t.name = q.value(1).toString();
    t.description = q.value(2).toString();
    t.monthlyPriceCents = q.value(3).toLongLong();
    t.yearlyPriceCents = q.value(4).toLongLong();
    t.trialDays = q.value(5).toInt();
    t.benefits = stringList(q.value(6));
    t.features = stringList(q.value(7));
    t.currency = q.value(8).toString();
    t.retired = !q.value(9).isNull();
    return t;
}

} // namespace

QList<TierInfo> TierRepository::all()
{
    QSqlQuery q = sql::exec(m_db, TierColumns + u"ORDER BY level"_s);
    QList<TierInfo> list;
    while (q.next()) {
        list.append(tierAt(q));
    }
    return list;
}

std::optional<TierInfo> TierRepository::find(Tier tier)
{
    QSqlQuery q = sql::exec(m_db, TierColumns + u"WHERE level = ?"_s, {static_cast<int>(tier)});
    return q.next() ? std::optional(tierAt(q)) : std::nullopt;
}

QString TierRepository::currency()
{
    return sql::scalar(m_db, u"SELECT currency FROM tiers ORDER BY level DESC LIMIT 1"_s).toString();
}

void TierRepository::update(Tier tier, const TierInput &input, qint64 now)
{
    // A tier retired earlier keeps the date it was retired on.
    sql::exec(m_db,
              u"UPDATE tiers SET name = ?, description = ?, benefits = ?, monthly_price_cents = ?, "
              "yearly_price_cents = ?, trial_days = ?, features = ?, "
              "retired_at = CASE WHEN ? = 0 THEN NULL ELSE COALESCE(retired_at, ?) END WHERE level = ?"_s,
              {input.name, sql::text(input.description), jsonText(input.benefits), input.monthlyPriceCents,
               input.yearlyPriceCents, input.trialDays, jsonText(input.features), input.retired ? 1 : 0, now,
               static_cast<int>(tier)});
    sql::exec(m_db, u"UPDATE tiers SET currency = ?"_s, {input.currency});
    sql::exec(m_db, u"UPDATE courses SET currency = ?"_s, {input.currency});
}

} // namespace guild::server
