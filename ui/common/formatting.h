#pragma once

#include "protocol/tier.h"

#include <QString>

// How the client writes tiers, money, sizes and durations: one wording on every panel.
namespace guild::ui {

/// The tier as members see it ("Premium", "高级会员").
QString tierDisplayName(protocol::Tier tier);

/// An amount in the smallest unit of its currency (cents, fen), in the reader's locale: "¥99.00".
QString moneyText(qint64 cents, const QString &currency = QStringLiteral("CNY"));

/// Bytes in SI units, one decimal: "1.5 MB".
QString sizeText(qint64 bytes);

/// A playing time: "4:05", or "1:02:03" past an hour.
QString durationText(qint64 seconds);

} // namespace guild::ui
