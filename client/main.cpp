#include "clientcontroller.h"
#include "ui/common/icons.h"
#include "ui/common/translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QSettings>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    // Answered before anything needs a display: a package check, a terminal over ssh.
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--version") == 0 || qstrcmp(argv[i], "-v") == 0) {
            std::printf("guild %s\n", GUILD_VERSION);
            return 0;
        }
    }
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"guild"_s);
    QApplication::setApplicationDisplayName(u"Guild"_s);
    QApplication::setOrganizationName(u"Guild"_s);
    QApplication::setApplicationVersion(QStringLiteral(GUILD_VERSION));
    // The packaged .desktop entry and icon (the window manager matches the window to both by these).
    QGuiApplication::setDesktopFileName(u"org.guild.Guild"_s);
    QApplication::setWindowIcon(guild::ui::applicationIcon());

    guild::ui::Translations::apply(QSettings().value(u"ui/language"_s).toString());

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Guild, the desktop home of your community"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {u"server"_s, QApplication::translate("main", "Server address, for example https://guild.example.org."),
         u"url"_s},
        {u"demo-login"_s, QApplication::translate("main", "Sign in to a local demo server as this demo account."),
         u"user"_s},
        {u"ca-file"_s, QApplication::translate("main", "Extra trusted CA certificate (PEM) for a self-hosted server."),
         u"file"_s},
    });
    parser.process(app);

    guild::app::ClientOptions options;
    options.server = QUrl::fromUserInput(parser.value(u"server"_s));
    options.demoLogin = parser.value(u"demo-login"_s);
    options.caFile = parser.value(u"ca-file"_s);
    options.secrets = std::make_unique<guild::app::KeychainSecretStore>(u"Guild"_s);
    guild::app::ClientController controller(std::move(options));
    controller.start();
    return app.exec();
}
