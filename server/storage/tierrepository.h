#pragma once

#include "protocol/api/moderation.h"
#include "protocol/tier.h"
#include "protocol/types.h"

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
    /// The catalogue, lowest tier first.
    QList<protocol::TierInfo> all();
    std::optional<protocol::TierInfo> find(protocol::Tier tier);
    /// The currency every price is in.
    QString currency();
    /// Writes `input` over the tier; its currency over every tier's; `now` dates a new retirement.
    void update(protocol::Tier tier, const protocol::TierInput &input, qint64 now);

private:
    QSqlDatabase m_db;
};

} // namespace guild::server
