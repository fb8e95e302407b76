#pragma once

#include <QLocale>
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
    /// The locale whose formats (dates, numbers, money) go with `language` for a member whose
    /// system locale is `system`.
    static QLocale formatsFor(const QString &language, const QLocale &system = QLocale::system());
};

} // namespace guild::ui
