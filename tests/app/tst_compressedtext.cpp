// The packed form of article bodies in the offline cache: text of every size and script comes back
// byte for byte, and a damaged value reads as missing, never as garbage or a crash.

#include "storage/compressedtext.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace guild::app;

class TestCompressedText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("short") << u"短文"_s.toUtf8();
        QTest::newRow("chinese") << u"开源项目的内存模型与线程调度。"_s.repeated(50).toUtf8();
        QTest::newRow("english") << QByteArray("The quick brown fox jumps over the lazy dog. ").repeated(30);
        QByteArray noise(4000, Qt::Uninitialized);
        QRandomGenerator generator(7);
        for (char &c : noise) {
            c = char(generator.bounded(256));
        }
        QTest::newRow("incompressible") << noise;
    }
    void roundTrip()
    {
        QFETCH(QByteArray, text);
        const QByteArray packed = compressedtext::pack(text);
        QVERIFY(packed.size() <= text.size() + 1);
        const std::optional<QByteArray> back = compressedtext::unpack(packed);
        QVERIFY(back.has_value());
        QCOMPARE(*back, text);
    }

    void compressibleText_shrinks()
    {
        const QByteArray text = u"开源项目的内存模型与线程调度。"_s.repeated(50).toUtf8();
        QVERIFY(compressedtext::pack(text).size() * 4 < text.size());
    }

    void damaged_readsAsMissing_data()
    {
        QTest::addColumn<QByteArray>("packed");
        const QByteArray good = compressedtext::pack(QByteArray("a sentence worth packing, ").repeated(20));
        QTest::newRow("nothing") << QByteArray();
        QTest::newRow("unknown tag") << QByteArray("\x07rest", 5);
        QTest::newRow("size cut off") << good.left(3);
        QTest::newRow("block cut off") << good.left(good.size() / 2);
        QByteArray huge = good;
        huge[4] = char(0x7f); // claims about two gigabytes
        QTest::newRow("absurd size") << huge;
        QByteArray wrongSize = good;
        wrongSize[1] = char(wrongSize[1] + 1);
        QTest::newRow("size one off") << wrongSize;
        QByteArray garbage = good;
        for (qsizetype i = 5; i < garbage.size(); ++i) {
            garbage[i] = char(0xff);
        }
        QTest::newRow("garbage block") << garbage;
    }
    void damaged_readsAsMissing()
    {
        QFETCH(QByteArray, packed);
        QCOMPARE(compressedtext::unpack(packed), std::nullopt);
    }
};

QTEST_GUILESS_MAIN(TestCompressedText)
#include "tst_compressedtext.moc"
