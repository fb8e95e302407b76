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

} // namespace guild::server
