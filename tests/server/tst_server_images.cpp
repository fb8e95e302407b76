#include "protocol/endpoints.h"
#include "protocol/limits.h"
#include "support/httpclient.h"
#include "support/testserver.h"

#include <QBuffer>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace guild::test;
namespace endpoints = guild::protocol::endpoints;
namespace limits = guild::protocol::limits;

namespace {
const QByteArray Png = QByteArray::fromHex("89504e470d0a1a0a") + QByteArray(200, 'p');
const QByteArray Jpeg = QByteArray::fromHex("ffd8ffe0") + QByteArray(300, 'j');
} // namespace

// Pictures in what members write: kept as sent under a random id, served with their type to anyone
// signed in who has the id; anything that is not a PNG or JPEG, too large or empty is refused with a
// clear error and nothing kept.
class TestServerImages : public QObject
{
    Q_OBJECT
    std::unique_ptr<TestServer> m_server;

    HttpClient as(const QString &user) { return HttpClient::signedIn(m_server->baseUrl(), user); }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<TestServer>(TestServer::Options{true, {}, nullptr, true});
        QVERIFY(m_server->start());
    }

    void cleanupTestCase() { QVERIFY2(m_server->stop(), qPrintable(m_server->errorOutput().right(4000))); }

    void kept_andServedAsSent_toAnyoneSignedIn()
    {
        HttpClient author = as(u"author"_s);
        const HttpResponse png = author.send("POST", endpoints::UploadImage.url(), Png, "image/png");
        QCOMPARE(png.status, 201);
        const qint64 id = png.json.value(u"id"_s).toInteger();
        QVERIFY(id > 0 && id < (qint64(1) << 53));
        const HttpResponse jpeg = author.send("POST", endpoints::UploadImage.url(), Jpeg, "image/jpeg");
        QCOMPARE(jpeg.status, 201);

        for (const QString &who : {u"free"_s, u"member"_s, u"author"_s}) {
            HttpClient reader = as(who);
            const HttpResponse got = reader.get(endpoints::Image.url(id));
            QCOMPARE(got.status, 200);
            QCOMPARE(got.body, Png);
            QCOMPARE(got.headers.value("content-type"), QByteArray("image/png"));
        }
        QCOMPARE(as(u"member"_s).get(endpoints::Image.url(jpeg.json.value(u"id"_s).toInteger())).body, Jpeg);
        // Not signed in: nothing.
        HttpClient nobody(m_server->baseUrl());
        QCOMPARE(nobody.get(endpoints::Image.url(id)).status, 401);
    }

    void ids_areNotFoundByCounting()
    {
        HttpClient member = as(u"member"_s);
        QSet<qint64> ids;
        qint64 previous = 0;
        int consecutive = 0;
        for (int i = 0; i < 8; ++i) {
            const qint64 id =
                member.send("POST", endpoints::UploadImage.url(), Png, "image/png").json[u"id"_s].toInteger();
            QVERIFY(id > 0);
            ids.insert(id);
            consecutive += qAbs(id - previous) < 1000 ? 1 : 0;
            previous = id;
        }
        QCOMPARE(ids.size(), 8);
        QVERIFY(consecutive <= 1);
        QCOMPARE(member.get(endpoints::Image.url(previous + 1)).status, 404);
    }

    void badPictures_refused_andNothingKept()
    {
        HttpClient member = as(u"member"_s);
        const auto upload = [&](const QByteArray &bytes, const QByteArray &type) {
            return member.send("POST", endpoints::UploadImage.url(), bytes, type);
        };
        const HttpResponse empty = upload(QByteArray(), "image/png");
        QCOMPARE(empty.status, 400);
        QCOMPARE(empty.errorCode(), u"invalid_field"_s);
        const HttpResponse gif = upload("GIF89a" + QByteArray(100, 'g'), "image/gif");
        QCOMPARE(gif.status, 415);
        const HttpResponse html = upload("<svg onload=alert(1)>", "image/png"); // the label does not decide
        QCOMPARE(html.status, 415);
        const HttpResponse large = upload(Png + QByteArray(limits::ImageBytesMax, 'x'), "image/png");
        QCOMPARE(large.status, 413);
        QCOMPARE(member.get(endpoints::Image.url(0)).status, 404);
        QCOMPARE(member.get(QString(endpoints::Image.path).replace(u"{id}"_s, u"not-a-number"_s)).status, 404);
    }
};

QTEST_MAIN(TestServerImages)
#include "tst_server_images.moc"
