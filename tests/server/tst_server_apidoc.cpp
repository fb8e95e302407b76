#include "support/httpclient.h"
#include "support/testserver.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace guild::test;

// Keeps docs/api.md honest: every documented route exists with its documented auth, and every error
// code the protocol defines is documented.
class TestServerApiDoc : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<TestServer> m_server;
    QString m_doc;

    static QString readFile(const QString &relative)
    {
        QFile file(QStringLiteral(GUILD_SOURCE_DIR) + u'/' + relative);
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_doc = readFile(u"docs/api.md"_s);
        QVERIFY(!m_doc.isEmpty());
        qputenv("GUILD_PAYMENT_SECRET", "apidoc-secret"); // every documented route set up, payments included
        m_server = std::make_unique<TestServer>();
        QVERIFY(m_server->start());
    }

    void cleanupTestCase() { QVERIFY2(m_server->stop(), qPrintable(m_server->errorOutput().right(4000))); }

    void documentedRoutes_exist_withDocumentedAuth()
    {
        static const QRegularExpression row(u"^\\| `(GET|POST|PATCH|DELETE)` \\| `([^`]+)` \\| (none|bearer) \\|"_s,
                                            QRegularExpression::MultilineOption);
        int rows = 0;
        HttpClient anonymous(m_server->baseUrl());
        HttpClient member(m_server->baseUrl());
        QCOMPARE(member.login(u"member"_s).status, 200);
        for (auto it = row.globalMatch(m_doc); it.hasNext();) {
            const auto match = it.next();
            const QByteArray method = match.captured(1).toLatin1();
            const QString path = match.captured(2).replace(u"{id}"_s, u"1"_s);
            const bool bearer = match.captured(3) == u"bearer"_s;
            ++rows;
            const QByteArray body = method == "GET" || method == "DELETE" ? QByteArray() : QByteArray("{}");
            const HttpResponse withoutToken = anonymous.send(method, path, body);
            QVERIFY2(withoutToken.status != 404 ||
                         withoutToken.json.value(u"error"_s).toObject().value(u"message"_s).toString() !=
                             u"No such endpoint."_s,
                     qPrintable(u"undocumented route? "_s + QString::fromLatin1(method) + u' ' + path));
            QVERIFY2(withoutToken.status != 405, qPrintable(path));
            QVERIFY2(withoutToken.status < 500, qPrintable(path));
            if (bearer) {
                QVERIFY2(withoutToken.status == 401, qPrintable(QString::fromLatin1(method) + u' ' + path));
                QCOMPARE(withoutToken.errorCode(), u"unauthenticated"_s);
            } else {
                QVERIFY2(withoutToken.status != 401 || path.contains(u"login"_s) || path.contains(u"refresh"_s),
                         qPrintable(path));
            }
            if (method != "DELETE" && !path.contains(u"logout"_s)) {
                QVERIFY(member.send(method, path, body).status < 500);
            }
        }
        QCOMPARE(rows, 77);
    }

    void everyErrorCode_isDocumented()
    {
        const QString header = readFile(u"protocol/errorcodes.h"_s);
        static const QRegularExpression code(u"\\{\"([a-z_]+)\"\\}"_s);
        int codes = 0;
        for (auto it = code.globalMatch(header); it.hasNext();) {
            const QString name = it.next().captured(1);
            ++codes;
            QVERIFY2(m_doc.contains(u'`' + name + u'`'), qPrintable(name + u" is not in docs/api.md"_s));
        }
        QVERIFY(codes >= 20);
    }

    void errorShape_isAlwaysTheSame()
    {
        HttpClient c(m_server->baseUrl());
        for (const HttpResponse &r :
             {c.get(u"/nope"_s), c.get(u"/api/v1/me"_s), c.send("POST", u"/api/v1/auth/login"_s, "{")}) {
            QVERIFY(r.status >= 400);
            const QJsonObject error = r.json.value(u"error"_s).toObject();
            QVERIFY(!error.value(u"code"_s).toString().isEmpty());
            QVERIFY(!error.value(u"message"_s).toString().isEmpty());
            QVERIFY(r.headers.value("content-type").startsWith("application/json"));
        }
    }
};

QTEST_GUILESS_MAIN(TestServerApiDoc)
#include "tst_server_apidoc.moc"
