#include "protocol/endpoints.h"
#include "support/httpclient.h"
#include "support/testserver.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace guild::test;
namespace endpoints = guild::protocol::endpoints;

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

    void everyRoute_isDocumented_andAnswersAsItsDescriptorSays()
    {
        // The table in docs/api.md has exactly one row per descriptor, with its method, path, access and
        // summary: a route added without documentation (or documented without a route) fails here.
        static const QRegularExpression row(
            u"^\\| `(GET|POST|PATCH|PUT|DELETE)` \\| `([^`]+)` \\| (none|bearer) \\| (.*) \\|$"_s,
            QRegularExpression::MultilineOption);
        QStringList documented;
        for (auto it = row.globalMatch(m_doc); it.hasNext();) {
            const auto match = it.next();
            documented.append(match.captured(1) + u' ' + match.captured(2) + u' ' + match.captured(3) + u' ' +
                              match.captured(4));
        }
        HttpClient anonymous(m_server->baseUrl());
        HttpClient member(m_server->baseUrl());
        QCOMPARE(member.login(u"member"_s).status, 200);
        for (const guild::protocol::Route *route : endpoints::All) {
            const QString method = QString(guild::protocol::methodName(route->method));
            const bool bearer = route->access == guild::protocol::Access::Bearer;
            const QString line = method + u' ' + QString(route->path) + u' ' + (bearer ? u"bearer"_s : u"none"_s) +
                                 u' ' + route->summaryText();
            QVERIFY2(documented.removeAll(line) == 1, qPrintable(u"not in docs/api.md's table as: "_s + line));

            // And the server answers it as the descriptor says: a token needed or not.
            const QString path = route->takesId()    ? route->url(1)
                                 : route->takesKey() ? route->url(u"k"_s)
                                                     : route->url();
            const QByteArray verb = method.toLatin1();
            const QByteArray body = verb == "GET" || verb == "DELETE" ? QByteArray() : QByteArray("{}");
            const HttpResponse withoutToken = anonymous.send(verb, path, body);
            QVERIFY2(withoutToken.status != 405 && withoutToken.status < 500, qPrintable(line));
            if (route == &endpoints::ChatSocket) {
                QCOMPARE(withoutToken.status, 426); // a WebSocket: the token comes in the first frame
            } else if (bearer) {
                QVERIFY2(withoutToken.status == 401, qPrintable(line));
                QCOMPARE(withoutToken.errorCode(), u"unauthenticated"_s);
            } else {
                QVERIFY2(withoutToken.status != 401 || route == &endpoints::Login || route == &endpoints::Refresh,
                         qPrintable(line));
            }
            if (verb != "DELETE" && route != &endpoints::Logout && route != &endpoints::ChatSocket) {
                QVERIFY2(member.send(verb, path, body).status < 500, qPrintable(line));
            }
        }
        QVERIFY2(documented.isEmpty(), qPrintable(u"documented, but no such route: "_s + documented.join(u", "_s)));
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
             {c.get(u"/nope"_s), c.get(endpoints::Me.url()), c.send("POST", endpoints::Login.url(), "{")}) {
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
