#include "translations.h"

#include <QCoreApplication>
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

} // namespace

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
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QTranslator *app = translator("guild-app");
    QTranslator *qt = translator("guild-qtbase");
    QCoreApplication::removeTranslator(app);
    QCoreApplication::removeTranslator(qt);
    const bool chinese = locale.language() == QLocale::Chinese;
    g_current = chinese ? u"zh_CN"_s : u"en"_s;
    QLocale::setDefault(chinese ? QLocale(QLocale::Chinese, QLocale::China) : locale);
    // English has a catalogue too: it holds the plural forms ("1 day", "2 days") of the %n strings.
    if (app->load(chinese ? u":/i18n/guild_zh_CN.qm"_s : u":/i18n/guild_en.qm"_s)) {
        QCoreApplication::installTranslator(app);
    }
    if (chinese && qt->load(u"qtbase_zh_CN"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
    }
}

} // namespace guild::ui
