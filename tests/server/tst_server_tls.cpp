#include "protocol/endpoints.h"
#include "support/httpclient.h"
#include "support/testserver.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace guild::test;
namespace endpoints = guild::protocol::endpoints;

// HTTPS with a throwaway self-signed certificate: trusted when configured as a CA, refused otherwise.
class TestServerTls : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<TestServer> m_server;
    QSslCertificate m_cert;

private Q_SLOTS:
    void initTestCase()
    {
        const QString cert = m_dir.filePath(u"cert.pem"_s);
        const QString key = m_dir.filePath(u"key.pem"_s);
        QProcess openssl;
        openssl.start(u"openssl"_s, {u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-days"_s, u"2"_s,
                                     u"-subj"_s, u"/CN=127.0.0.1"_s, u"-addext"_s, u"subjectAltName=IP:127.0.0.1"_s,
                                     u"-keyout"_s, key, u"-out"_s, cert});
        QVERIFY(openssl.waitForFinished(60000));
        QCOMPARE(openssl.exitCode(), 0);
        QFile file(cert);
        QVERIFY(file.open(QIODevice::ReadOnly));
        m_cert = QSslCertificate(file.readAll(), QSsl::Pem);
        QVERIFY(!m_cert.isNull());
        m_server =
            std::make_unique<TestServer>(TestServer::Options{true, {u"--tls-cert"_s, cert, u"--tls-key"_s, key}});
        QVERIFY(m_server->start());
        QCOMPARE(m_server->baseUrl().scheme(), u"https"_s);
    }

    void cleanupTestCase() { QVERIFY2(m_server->stop(), qPrintable(m_server->errorOutput().right(4000))); }

    void https_withTrustedCa_works()
    {
        HttpClient c(m_server->baseUrl());
        c.addCaCertificate(m_cert);
        QCOMPARE(c.get(u"/healthz"_s).status, 200);
        QCOMPARE(c.login(u"member"_s).status, 200);
        QCOMPARE(c.get(endpoints::Me.url()).status, 200);
    }

    void https_withoutCa_isRefused()
    {
        HttpClient c(m_server->baseUrl());
        const HttpResponse r = c.get(u"/healthz"_s);
        QCOMPARE(r.status, 0);
        QCOMPARE(r.networkError, QNetworkReply::SslHandshakeFailedError);
    }

    void plainHttp_onTlsPort_doesNotServe()
    {
        const QByteArray answer = HttpClient::rawExchange(m_server->port(), "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n");
        QVERIFY(!answer.contains("\"ok\""));
        HttpClient c(m_server->baseUrl());
        c.addCaCertificate(m_cert);
        QCOMPARE(c.get(u"/healthz"_s).status, 200);
    }
};

QTEST_GUILESS_MAIN(TestServerTls)
#include "tst_server_tls.moc"
