#pragma once

#include "protocol/tier.h"

#include <QSqlDatabase>

namespace guild::server {

/// The tier catalogue as stored (tiers): what each tier is the first to include.
class TierRepository final
{
public:
    explicit TierRepository(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    /// The lowest tier whose features list `feature` ("qa", "events"); Free when none does.
    protocol::Tier featureTier(const QString &feature);
    /// The tier's price for a month or (`yearly`) a year, in cents.
    qint64 price(protocol::Tier tier, bool yearly);

private:
    QSqlDatabase m_db;
};

} // namespace guild::server
