#pragma once

#include <QString>
#include <QStringList>

namespace guild::ui {

/// Loads the UI language: "en", "zh_CN", or empty for the system locale. Widgets retranslate on
/// QEvent::LanguageChange, so switching in settings takes effect at once.
class Translations final
{
public:
    static void apply(const QString &language);
    /// The languages Guild ships, as codes.
    static QStringList available();
    /// The language in effect after apply() (resolves the system locale).
    static QString current();
};

} // namespace guild::ui
