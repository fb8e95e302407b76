#include "models/reportcsv.h"
#include "scoring/activityscore.h"

#include <QTest>

using namespace guild::models;
using namespace guild::scoring;
using namespace Qt::StringLiterals;

class TestReportCsv : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void csv_hasAHeader_andARowPerPeriod_withTheWhatIfScore()
    {
        guild::protocol::analytics::Report report;
        guild::protocol::analytics::PeriodFigures p;
        p.start = QDate(2026, 11, 2);
        p.end = QDate(2026, 11, 8);
        p.members = 10000;
        p.hoursPerDay = 1;
        p.consumingShare = 0.7;
        p.quality = 0.8;
        p.dau = 50;
        p.mau = 200;
        report.periods = {p};
        const QString csv = reportCsv(report, activityOver(report.periods, {1, 0, 0}));
        const QStringList lines = csv.split(u"\r\n"_s, Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines[0].startsWith(u"start,end,N,T,p,C,B,P,A,"_s));
        const QStringList cells = lines[1].split(u',');
        QCOMPARE(cells.size(), lines[0].split(u',').size());
        QCOMPARE(cells[0], u"2026-11-02"_s);
        QCOMPARE(cells[7], u"5600"_s);  // P
        QCOMPARE(cells[8], u"5600"_s);  // A with α = 1 only
        QCOMPARE(cells[12], u"0.25"_s); // DAU/MAU
    }
};

QTEST_GUILESS_MAIN(TestReportCsv)
#include "tst_reportcsv.moc"
