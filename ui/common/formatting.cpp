#include "common/formatting.h"

#include <QCoreApplication>
#include <QHash>
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
    // The currencies communities charge in most, by their signs; any other by its ISO code.
    static const QHash<QString, QString> signs{{u"CNY"_s, u"¥"_s},  {u"USD"_s, u"$"_s},   {u"EUR"_s, u"€"_s},
                                               {u"GBP"_s, u"£"_s},  {u"HKD"_s, u"HK$"_s}, {u"TWD"_s, u"NT$"_s},
                                               {u"SGD"_s, u"S$"_s}, {u"JPY"_s, u"JP¥"_s}};
    const QString code = currency.isEmpty() ? u"CNY"_s : currency;
    const QString sign = signs.value(code, code + u' ');
    const QLocale locale;
    const double amount = static_cast<double>(cents) / 100.0;
    // The C locale has no currency format of its own: the sign goes first, as most readers expect.
    return locale.language() == QLocale::C ? sign + locale.toString(amount, 'f', 2)
                                           : locale.toCurrencyString(amount, sign.trimmed());
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
