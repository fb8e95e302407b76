#include "ui/common/icons.h"
#include "ui/common/theme.h"
#include "ui/common/themecontroller.h"

#include <QApplication>
#include <QDir>
#include <QDirIterator>
#include <QImage>
#include <QLabel>
#include <QMetaEnum>
#include <QPainter>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using guild::ui::Icon;
using guild::ui::ThemeController;
namespace theme = guild::ui::theme;

namespace {

constexpr int IconCount = static_cast<int>(Icon::Tiers) + 1;

// The colour most of an image's solid pixels have, to tell which colour an icon was drawn in (a thin
// outline at 22 px may have no pixel quite opaque).
QColor inkOf(const QImage &drawn)
{
    const QImage image = drawn.convertToFormat(QImage::Format_ARGB32);
    QHash<QRgb, int> counts;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (c.alpha() >= 192) {
                ++counts[c.rgb()];
            }
        }
    }
    QRgb best = 0;
    int most = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > most) {
            most = it.value();
            best = it.key();
        }
    }
    return QColor::fromRgb(best);
}

// Antialiased edges come back from premultiplied alpha a unit or two off.
bool near(const QColor &a, const QColor &b)
{
    return qAbs(a.red() - b.red()) <= 3 && qAbs(a.green() - b.green()) <= 3 && qAbs(a.blue() - b.blue()) <= 3;
}

} // namespace

// The bundled icon set and the light and dark schemes: every icon draws, in the scheme's text colour,
// sharp at twice the scale; the scheme follows the member's choice and the desktop's preference.
class TestTheme : public QObject
{
    Q_OBJECT
private slots:
    void everyIcon_drawsInTheTextColourOfEachScheme()
    {
        for (const QPalette &palette : {theme::lightPalette(), theme::darkPalette()}) {
            QApplication::setPalette(palette);
            for (int i = 0; i < IconCount; ++i) {
                const QIcon icon = guild::ui::icon(static_cast<Icon>(i));
                QVERIFY2(!icon.isNull(), qPrintable(u"icon %1 is missing from the resources"_s.arg(i)));
                const QImage image = icon.pixmap(QSize(22, 22), 1.0).toImage();
                QCOMPARE(image.size(), QSize(22, 22));
                QVERIFY2(near(inkOf(image), palette.color(QPalette::WindowText)),
                         qPrintable(u"icon %1 drawn in %2"_s.arg(i).arg(inkOf(image).name())));
                const QImage selected = icon.pixmap(QSize(22, 22), 1.0, QIcon::Selected).toImage();
                QVERIFY(near(inkOf(selected), palette.color(QPalette::HighlightedText)));
            }
        }
    }

    void icons_areDrawnAtTheDevicePixelRatio()
    {
        const QPixmap sharp = guild::ui::icon(Icon::Chat).pixmap(QSize(22, 22), 2.0);
        QCOMPARE(sharp.size(), QSize(44, 44));
        QCOMPARE(sharp.devicePixelRatio(), 2.0);
        // Drawn at 44 px, not 22 px blown up: a 22 px line of one pixel is two pixels wide, with no
        // half-transparent blur spread around it as a scaled-up image would have.
        const QImage image = sharp.toImage();
        int opaque = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                opaque += image.pixelColor(x, y).alpha() == 255 ? 1 : 0;
            }
        }
        QVERIFY2(opaque > 100, qPrintable(QString::number(opaque)));
        const QPixmap app = guild::ui::applicationIcon().pixmap(QSize(64, 64), 2.0);
        QCOMPARE(app.size(), QSize(128, 128));
        QVERIFY(!app.toImage().pixelColor(64, 20).alpha() == 0);
    }

    void everyBundledIcon_isUsed()
    {
        // The resources hold what the client uses and nothing else.
        QSet<QString> bundled;
        for (QDirIterator it(u":/icons/breeze"_s); it.hasNext();) {
            bundled.insert(QFileInfo(it.next()).fileName());
        }
        QCOMPARE(bundled.size(), IconCount);
    }

    void appearance_followsTheChoiceAndTheDesktop()
    {
        QApplication::setPalette(theme::lightPalette());
        ThemeController controller;
        QSignalSpy changed(&controller, &ThemeController::schemeChanged);
        QVERIFY(!controller.isDark());

        QWidget window;
        auto *label = new QLabel(u"text"_s, &window);
        window.show();
        controller.setAppearance(ThemeController::Appearance::Dark);
        QVERIFY(controller.isDark());
        // Widgets take the scheme's colours, not only the application's palette.
        QTRY_COMPARE(window.palette().color(QPalette::Window), theme::darkPalette().color(QPalette::Window));
        QCOMPARE(label->palette().color(QPalette::WindowText), theme::darkPalette().color(QPalette::WindowText));
        QVERIFY(theme::isDark(QApplication::palette()));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(theme::color(theme::Role::Positive, QApplication::palette()), QColor(0x81c784));

        // Following the desktop: it prefers dark, then light.
        controller.setAppearance(ThemeController::Appearance::System);
        controller.setSystemPrefersDark(true);
        QVERIFY(theme::isDark(QApplication::palette()));
        controller.setSystemPrefersDark(false);
        QVERIFY(!theme::isDark(QApplication::palette()));
        QCOMPARE(changed.size(), 4);

        // A choice of Light is kept whatever the desktop says.
        controller.setAppearance(ThemeController::Appearance::Light);
        controller.setSystemPrefersDark(true);
        QVERIFY(!theme::isDark(QApplication::palette()));
        QCOMPARE(theme::color(theme::Role::Positive, QApplication::palette()), QColor(0x2e7d32));

        for (auto a : {ThemeController::Appearance::System, ThemeController::Appearance::Light,
                       ThemeController::Appearance::Dark}) {
            QCOMPARE(ThemeController::fromSettingsValue(ThemeController::settingsValue(a)), a);
        }
        QCOMPARE(ThemeController::fromSettingsValue(u"purple"_s), ThemeController::Appearance::System);
    }

    void iconSheet_screenshot()
    {
        // Every icon in both schemes at 1× and 2×, for a person to look at.
        QImage sheet(IconCount * 40 + 20, 4 * 56, QImage::Format_ARGB32);
        QPainter painter(&sheet);
        int row = 0;
        for (const QPalette &palette : {theme::lightPalette(), theme::darkPalette()}) {
            QApplication::setPalette(palette);
            for (qreal scale : {1.0, 2.0}) {
                painter.fillRect(0, row * 56, sheet.width(), 56, palette.color(QPalette::Window));
                for (int i = 0; i < IconCount; ++i) {
                    const QPixmap p = guild::ui::icon(static_cast<Icon>(i)).pixmap(QSize(22, 22), scale);
                    painter.drawImage(QPoint(10 + i * 40, row * 56 + 6), p.toImage());
                }
                ++row;
            }
        }
        painter.end();
        QDir().mkpath(QStringLiteral(GUILD_ARTIFACT_DIR));
        QVERIFY(sheet.save(QStringLiteral(GUILD_ARTIFACT_DIR) + u"/icons.png"_s));
    }
};

QTEST_MAIN(TestTheme)
#include "tst_theme.moc"
