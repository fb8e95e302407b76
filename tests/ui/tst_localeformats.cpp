#include "protocol/analytics.h"
#include "protocol/engagement.h"
#include "ui/common/formatting.h"
#include "ui/common/notice.h"
#include "ui/common/translations.h"
#include "ui/dashboard/dashboardcharts.h"
#include "ui/membership/membershipmodels.h"

#include <QDateEdit>
#include <QLabel>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace guild;

// Dates, numbers and money read as the member's language and region write them: the region kept when
// it speaks the chosen language, the language's own region otherwise; grouping in large numbers;
// month and day labels in each language's order.
class TestLocaleFormats : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formats_followTheRegion_whenItSpeaksTheLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("system");
        QTest::addColumn<QString>("formats");
        QTest::newRow("English in London") << u"en"_s << u"en_GB"_s << u"en_GB"_s;
        QTest::newRow("English in Sydney, from the system") << QString() << u"en_AU"_s << u"en_AU"_s;
        QTest::newRow("Chinese in London") << u"zh_CN"_s << u"en_GB"_s << u"zh_CN"_s;
        QTest::newRow("Chinese in Singapore") << u"zh_CN"_s << u"zh_SG"_s << u"zh_SG"_s;
        QTest::newRow("Chinese from the system in Shanghai") << QString() << u"zh_CN"_s << u"zh_CN"_s;
        QTest::newRow("English in Beijing") << u"en"_s << u"zh_CN"_s << u"en_US"_s;
        QTest::newRow("German is not shipped: English") << QString() << u"de_DE"_s << u"en_US"_s;
        QTest::newRow("the C locale of a server or CI") << QString() << u"C"_s << u"en_US"_s;
    }

    void formats_followTheRegion_whenItSpeaksTheLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, system);
        QFETCH(QString, formats);
        QCOMPARE(ui::Translations::formatsFor(language, QLocale(system)).name(), formats);
    }

    void money_datesAndLargeNumbers_inEachLanguage()
    {
        ui::Translations::apply(u"en"_s);
        QLocale::setDefault(QLocale(u"en_GB"_s)); // as apply() gives a member in London
        QCOMPARE(ui::moneyText(123456, u"GBP"_s), u"£1,234.56"_s);
        QCOMPARE(ui::moneyText(123456, u"CNY"_s), u"¥1,234.56"_s);
        protocol::analytics::PeriodFigures december;
        december.start = QDate(2026, 12, 1);
        QCOMPARE(ui::periodLabel(december, u"month"_s), u"Dec 2026"_s);
        QCOMPARE(ui::periodLabel(december, u"day"_s), u"1 Dec"_s);
        ui::LeaderboardModel leaders;
        leaders.setRecords({{1, u"Mei"_s, 12345}});
        QCOMPARE(leaders.index(0).data().toString(), u"1. Mei · 12,345 points"_s);

        ui::Translations::apply(u"zh_CN"_s);
        QCOMPARE(QLocale().name(), ui::Translations::formatsFor(u"zh_CN"_s).name());
        QLocale::setDefault(QLocale(u"zh_CN"_s));
        QCOMPARE(ui::moneyText(123456, u"CNY"_s), u"¥1,234.56"_s);
        QCOMPARE(ui::periodLabel(december, u"month"_s), u"2026年12月"_s);
        QCOMPARE(ui::periodLabel(december, u"day"_s), u"12月1日"_s);
        QCOMPARE(leaders.index(0).data().toString(), u"1. Mei · 12,345 积分"_s);
        ui::Translations::apply(u"en"_s);
    }

    void widgetsMadeBefore_takeTheNewFormats()
    {
        ui::Translations::apply(u"en"_s);
        QDateEdit date(QDate(2027, 1, 31));
        date.show();
        const QString english = date.text();
        QCOMPARE(english, QLocale(ui::Translations::formatsFor(u"en"_s)).toString(date.date(), QLocale::ShortFormat));
        ui::Translations::apply(u"zh_CN"_s);
        QTRY_COMPARE(date.text(), QLocale(u"zh_CN"_s).toString(date.date(), QLocale::ShortFormat));
        QVERIFY(date.text() != english);
        ui::Translations::apply(u"en"_s);
        QTRY_COMPARE(date.text(), english);
        // A format a panel chose itself stays.
        date.setDisplayFormat(u"yyyy-MM-dd"_s);
        ui::Translations::apply(u"zh_CN"_s);
        QCOMPARE(date.text(), u"2027-01-31"_s);
        ui::Translations::apply(u"en"_s);
    }

    void panelNotices_doNotStayInTheOldLanguage()
    {
        ui::Translations::apply(u"en"_s);
        QLabel notice;
        ui::showNotice(&notice, u"Review sent."_s, true);
        ui::Translations::apply(u"zh_CN"_s);
        QTRY_COMPARE(notice.text(), QString());
        // What a panel put there since (a hint of its own) is its to keep.
        ui::showNotice(&notice, u"已发送。"_s, true);
        notice.setText(u"提示"_s);
        ui::Translations::apply(u"en"_s);
        QCoreApplication::processEvents();
        QCOMPARE(notice.text(), u"提示"_s);
    }
};

QTEST_MAIN(TestLocaleFormats)
#include "tst_localeformats.moc"
