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
        QDirIterator it(source(u"ui"_s), {u"*.h"_s, u"*.cpp"_s}, QDir::Files, QDirIterator::Subdirectories);
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

    void serverLayers_includeOnlyWhatIsBelowThem_data()
    {
        // Each server folder is its own library (server/CMakeLists.txt); these are the folders its
        // sources may include from, besides Qt and the standard library.
        QTest::addColumn<QString>("folder");
        QTest::addColumn<QStringList>("allowed");
        QTest::newRow("storage") << u"server/storage"_s << QStringList{u"protocol"_s, u"search"_s, u"storage"_s};
        QTest::newRow("domain") << u"server/domain"_s
                                << QStringList{u"protocol"_s, u"scoring"_s, u"search"_s, u"storage"_s, u"domain"_s};
        QTest::newRow("http") << u"server/http"_s
                              << QStringList{u"protocol"_s, u"observe"_s, u"storage"_s, u"domain"_s, u"http"_s};
        QTest::newRow("ws") << u"server/ws"_s
                            << QStringList{u"protocol"_s, u"observe"_s, u"storage"_s, u"domain"_s, u"ws"_s};
        QTest::newRow("observe") << u"server/observe"_s << QStringList{u"observe"_s};
        QTest::newRow("mail") << u"server/mail"_s << QStringList{u"protocol"_s, u"domain"_s, u"mail"_s};
        QTest::newRow("scoring") << u"scoring"_s << QStringList{u"protocol"_s};
        QTest::newRow("protocol") << u"protocol"_s << QStringList{u"protocol"_s};
        QTest::newRow("search") << u"search"_s << QStringList{u"search"_s}; // beneath both sides
    }

    void serverLayers_includeOnlyWhatIsBelowThem()
    {
        QFETCH(QString, folder);
        QFETCH(QStringList, allowed);
        // "a/b.h" names a folder; a bare "b.h" is the folder's own.
        static const QRegularExpression include(u"#include \"([a-z]+)/[^\"]+\""_s);
        // The domain holds the rules: no HTTP, WebSocket or network types reach it.
        static const QRegularExpression transport(u"#include <(QHttp|QWebSocket|QNetwork|QTcp|QHostAddress|QSsl)"_s);
        QDirIterator it(source(folder), {u"*.h"_s, u"*.cpp"_s}, QDir::Files, QDirIterator::Subdirectories);
        int files = 0;
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QString text = QString::fromUtf8(file.readAll());
            for (auto match = include.globalMatch(text); match.hasNext();) {
                const QString from = match.next().captured(1);
                QVERIFY2(allowed.contains(from),
                         qPrintable(file.fileName() + u" includes from "_s + from + u"/, above its layer"_s));
            }
            if (folder == u"server/domain"_s || folder == u"server/storage"_s) {
                QVERIFY2(!transport.match(text).hasMatch(), qPrintable(file.fileName()));
            }
            // The rules are the domain's, the statements the repositories'.
            static const QRegularExpression statement(u"sql::(exec|scalar|Prepared)|QSqlQuery"_s);
            if (folder == u"server/domain"_s) {
                QVERIFY2(!statement.match(text).hasMatch(),
                         qPrintable(file.fileName() + u" runs SQL: move it into a repository in storage/"_s));
            }
            ++files;
        }
        QVERIFY(files > 0);
    }

    void routePaths_areWrittenOnlyInProtocol()
    {
        // Every path of the API is spelled in protocol/endpoints/; everyone else asks a descriptor (the
        // protocol's own tests check what the descriptors spell).
        const QString needle = u"\"/api/"_s + u"v1"_s;
        int files = 0;
        for (const QString &folder : {u"app"_s, u"server"_s, u"ui"_s, u"models"_s, u"tests"_s, u"bench"_s, u"fuzz"_s}) {
            QDirIterator it(source(folder), {u"*.h"_s, u"*.cpp"_s}, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile file(it.next());
                if (file.fileName().contains(u"/tests/protocol/"_s)) {
                    continue;
                }
                QVERIFY(file.open(QIODevice::ReadOnly));
                QVERIFY2(!QString::fromUtf8(file.readAll()).contains(needle),
                         qPrintable(file.fileName() + u" writes an API path: use protocol/endpoints.h"_s));
                ++files;
            }
        }
        QVERIFY(files >= 100);
    }

    void jsonIsReadAndWrittenOnlyByTheContract()
    {
        // Client services and server routes work with protocol/ types; the envelopes, keys and
        // loops over arrays are the contract's (protocol/contract.h, protocol/api/). JSON stays legal
        // where it is a storage or wire format of its own: the caches, the chat socket, ApiClient.
        static const QRegularExpression json(u"QJson(Object|Array|Value|Document)|\\.json\\b"_s);
        int files = 0;
        for (const QString &folder : {u"app/services"_s, u"client"_s, u"server/http/routes"_s, u"ui"_s}) {
            QDirIterator it(source(folder), {u"*.h"_s, u"*.cpp"_s}, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile file(it.next());
                QVERIFY(file.open(QIODevice::ReadOnly));
                const auto found = json.match(QString::fromUtf8(file.readAll()));
                QVERIFY2(!found.hasMatch(),
                         qPrintable(file.fileName() + u" handles JSON by hand: "_s + found.captured()));
                ++files;
            }
        }
        for (const QString &single : {u"app/session.cpp"_s}) {
            QFile file(source(single));
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!json.match(QString::fromUtf8(file.readAll())).hasMatch(), qPrintable(single));
        }
        QVERIFY(files >= 40);
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
