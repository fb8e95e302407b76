#include "translations.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDateTimeEdit>
#include <QEvent>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace guild::ui {

namespace {

QString g_current = u"en"_s;

QTranslator *translator(const char *name)
{
    // Children of the application, so they live exactly as long as it.
    auto *t = qApp->findChild<QTranslator *>(QString::fromLatin1(name));
    if (!t) {
        t = new QTranslator(qApp);
        t->setObjectName(QString::fromLatin1(name));
    }
    return t;
}

/// Widgets made before a switch keep the locale they were made with, and date boxes the format they
/// took from it (one goes on writing 1/1/27 in Chinese): the application hands the new default to
/// every window that has not chosen its own, and date boxes showing the old locale's format take the
/// new one's (a format a panel chose itself, ISO say, is left alone).
void followNewFormats(const QLocale &before, const QLocale &after)
{
    QEvent localeChange(QEvent::LocaleChange);
    QCoreApplication::sendEvent(qApp, &localeChange);
    const QList<QWidget *> widgets = QApplication::allWidgets();
    for (QWidget *widget : widgets) {
        auto *edit = qobject_cast<QDateTimeEdit *>(widget);
        if (!edit) {
            continue;
        }
        const QString format = edit->displayFormat();
        if (format == before.dateTimeFormat(QLocale::ShortFormat)) {
            edit->setDisplayFormat(after.dateTimeFormat(QLocale::ShortFormat));
        } else if (format == before.dateFormat(QLocale::ShortFormat)) {
            edit->setDisplayFormat(after.dateFormat(QLocale::ShortFormat));
        } else if (format == before.timeFormat(QLocale::ShortFormat)) {
            edit->setDisplayFormat(after.timeFormat(QLocale::ShortFormat));
        }
    }
}

} // namespace

QLocale Translations::formatsFor(const QString &language, const QLocale &system)
{
    // Dates, numbers and money follow the member's region when it speaks the language they chose (a
    // member in London who picks English gets 31/12/2026 and £; one in Singapore who picks Chinese
    // keeps Singapore's); otherwise the language's own region. Languages Guild does not ship fall
    // back to English, with the system's formats if it writes English.
    const QLocale chosen = language.isEmpty() ? system : QLocale(language);
    const QLocale::Language shown = chosen.language() == QLocale::Chinese ? QLocale::Chinese : QLocale::English;
    if (system.language() == shown) {
        return system;
    }
    return shown == QLocale::Chinese ? QLocale(QLocale::Chinese, QLocale::China)
                                     : QLocale(QLocale::English, QLocale::UnitedStates);
}

QStringList Translations::available()
{
    return {u"en"_s, u"zh_CN"_s};
}

QString Translations::current()
{
    return g_current;
}

void Translations::apply(const QString &language)
{
    QTranslator *app = translator("guild-app");
    QTranslator *qt = translator("guild-qtbase");
    QCoreApplication::removeTranslator(app);
    QCoreApplication::removeTranslator(qt);
    const QLocale before;
    const QLocale formats = formatsFor(language);
    const bool chinese = formats.language() == QLocale::Chinese;
    g_current = chinese ? u"zh_CN"_s : u"en"_s;
    QLocale::setDefault(formats);
    followNewFormats(before, formats);
    // English has a catalogue too: it holds the plural forms ("1 day", "2 days") of the %n strings.
    if (app->load(chinese ? u":/i18n/guild_zh_CN.qm"_s : u":/i18n/guild_en.qm"_s)) {
        QCoreApplication::installTranslator(app);
    }
    if (chinese && qt->load(u"qtbase_zh_CN"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
    }
}

} // namespace guild::ui
