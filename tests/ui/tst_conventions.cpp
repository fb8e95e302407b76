#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

// Checks on the source tree that keep the architecture and the translations honest.
class TestConventions : public QObject
{
    Q_OBJECT
private:
    static QString source(const QString &relative) { return QStringLiteral(GUILD_SOURCE_DIR) + u'/' + relative; }

private Q_SLOTS:
    void ui_includesNoNetworkOrSqlHeaders()
    {
        QDirIterator it(source(u"ui"_s), {u"*.h"_s, u"*.cpp"_s}, QDir::Files);
        int files = 0;
        static const QRegularExpression forbidden(u"#include\\s*[<\"](QNetwork|QSql|QtNetwork|QtSql|net/|storage/)"_s);
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QString text = QString::fromUtf8(file.readAll());
            QVERIFY2(!forbidden.match(text).hasMatch(), qPrintable(file.fileName()));
            ++files;
        }
        QVERIFY(files >= 10);
    }

    void models_doNoIo()
    {
        QDirIterator it(source(u"models"_s), {u"*.h"_s, u"*.cpp"_s}, QDir::Files);
        static const QRegularExpression io(u"#include\\s*<(QNetwork|QSql|QFile|QProcess)"_s);
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!io.match(QString::fromUtf8(file.readAll())).hasMatch(), qPrintable(file.fileName()));
        }
    }

    void routePaths_areWrittenOnlyInProtocol()
    {
        // Every path of the API is spelled in protocol/endpoints/; everyone else asks a descriptor.
        const QString needle = u"\"/api/"_s + u"v1"_s;
        int files = 0;
        for (const QString &folder : {u"app"_s, u"server"_s, u"ui"_s, u"models"_s, u"tests"_s, u"bench"_s, u"fuzz"_s}) {
            QDirIterator it(source(folder), {u"*.h"_s, u"*.cpp"_s}, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile file(it.next());
                QVERIFY(file.open(QIODevice::ReadOnly));
                QVERIFY2(!QString::fromUtf8(file.readAll()).contains(needle),
                         qPrintable(file.fileName() + u" writes an API path: use protocol/endpoints.h"_s));
                ++files;
            }
        }
        QVERIFY(files >= 100);
    }

    void chineseTranslation_isComplete()
    {
        QFile ts(source(u"translations/guild_zh_CN.ts"_s));
        QVERIFY(ts.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(ts.readAll());
        const int messages = static_cast<int>(text.count(u"<message"_s));
        QVERIFY2(messages >= 60, qPrintable(u"only %1 messages: run the update_translations target"_s.arg(messages)));
        QVERIFY2(!text.contains(u"type=\"unfinished\""_s), "guild_zh_CN.ts has unfinished translations");
        QVERIFY(!text.contains(u"type=\"vanished\""_s));
        QVERIFY(!text.contains(u"type=\"obsolete\""_s));
        QVERIFY(!text.contains(u"<translation></translation>"_s));
    }
};

QTEST_GUILESS_MAIN(TestConventions)
#include "tst_conventions.moc"
