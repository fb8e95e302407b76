#include "common/formatting.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTime>

using namespace Qt::StringLiterals;

namespace guild::ui {

namespace {
/// The translation context of these words, shared by every panel.
class Formatting
{
    Q_DECLARE_TR_FUNCTIONS(Formatting)
};
} // namespace

QString tierDisplayName(protocol::Tier tier)
{
    switch (tier) {
    case protocol::Tier::Free:
        return Formatting::tr("Free");
    case protocol::Tier::Member:
        return Formatting::tr("Member");
    case protocol::Tier::Premium:
        return Formatting::tr("Premium");
    }
    return {};
}

QString moneyText(qint64 cents, const QString &currency)
{
    // Yuan is what most of Guild's communities charge in; any other currency is shown by its code.
    const QString symbol = currency.isEmpty() || currency == u"CNY"_s ? u"¥"_s : currency + u' ';
    return QLocale().toCurrencyString(static_cast<double>(cents) / 100.0, symbol);
}

QString sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}

QString durationText(qint64 seconds)
{
    const QTime t = QTime(0, 0).addSecs(static_cast<int>(seconds % 86400));
    return seconds >= 3600 ? t.toString(u"h:mm:ss"_s) : t.toString(u"m:ss"_s);
}

} // namespace guild::ui
