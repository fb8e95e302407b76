#include "net/apiclient.h"
#include "protocol/endpoints.h"
#include "services/imageuploader.h"
#include "services/picturecache.h"
#include "storage/localcache.h"
#include "storage/picturestore.h"
#include "support/cachewait.h"
#include "support/httpclient.h"
#include "support/testserver.h"
#include "ui/common/safetextbrowser.h"

#include <QDir>
#include <QImage>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextFragment>

using namespace Qt::StringLiterals;
using namespace guild;

namespace {

/// Pixels of the picture's own colour in what the browser shows.
int magentaPixels(QWidget *widget)
{
    const QImage shot = widget->grab().toImage().convertToFormat(QImage::Format_RGB32);
    int n = 0;
    for (int y = 0; y < shot.height(); ++y) {
        for (int x = 0; x < shot.width(); ++x) {
            n += shot.pixel(x, y) == qRgb(255, 0, 255) ? 1 : 0;
        }
    }
    return n;
}

/// Image fragments left in the document, by the address they name.
QStringList imagesIn(QTextDocument *document)
{
    QStringList names;
    for (QTextBlock b = document->begin(); b.isValid(); b = b.next()) {
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            if (it.fragment().charFormat().isImageFormat()) {
                names << it.fragment().charFormat().toImageFormat().name();
            }
        }
    }
    return names;
}

} // namespace

// Pictures in articles: an author's picture goes to the community server and shows in the reader,
// fetched from that server and kept for offline; a picture anywhere else is never fetched (the reader
// cannot be tracked by it) and shows as a link to where it is.
class TestArticleImages : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<test::TestServer> m_server;
    QTcpServer m_elsewhere; // stands for a tracker's host: it must never hear from the reader
    int m_elsewhereConnections = 0;

    std::unique_ptr<app::ApiClient> signedInApi(const QString &user)
    {
        auto api = std::make_unique<app::ApiClient>();
        api->setBaseUrl(m_server->baseUrl());
        test::HttpClient login(m_server->baseUrl());
        const QJsonObject tokens = login.login(user).json;
        api->setTokens(tokens[u"accessToken"_s].toString(), tokens[u"refreshToken"_s].toString());
        return api;
    }

    /// Shows article in reader with its pictures from images, and waits for the picture to be painted.
    static void showsThePicture(ui::SafeTextBrowser &reader, app::PictureCache &images, const QString &article)
    {
        reader.resize(700, 600);
        reader.setImages(&images);
        reader.setMarkdownSafely(article);
        reader.show();
        QVERIFY(QTest::qWaitForWindowExposed(&reader));
        QTRY_VERIFY(magentaPixels(&reader) > 300 * 150);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<test::TestServer>();
        QVERIFY(m_server->start());
        QVERIFY(m_elsewhere.listen(QHostAddress::LocalHost));
        connect(&m_elsewhere, &QTcpServer::newConnection, this, [this] { ++m_elsewhereConnections; });
    }

    void authorsPicture_showsOnlineAndOffline_whileRemoteOnesLoadNothing()
    {
        // The author sends a picture (made from a file, as Insert picture… does).
        QImage drawn(400, 200, QImage::Format_RGB32);
        drawn.fill(QColor(255, 0, 255));
        const QString file = m_dir.filePath(u"diagram.png"_s);
        QVERIFY(drawn.save(file));
        auto authorApi = signedInApi(u"author"_s);
        app::LocalCache authorCache;
        QCOMPARE(test::openCache(authorCache, m_dir.filePath(u"author.sqlite"_s)), QString());
        app::PictureCache authorImages(app::PictureCache::Kind::ContentImage, *authorApi, authorCache);
        app::ImageUploader uploader(*authorApi, authorImages);
        QSignalSpy uploaded(&uploader, &app::ImageUploader::uploaded);
        uploader.upload(file);
        QVERIFY(uploaded.wait());
        const qint64 id = uploaded.first().at(0).toLongLong();
        QCOMPARE(uploaded.first().at(1).toString(), u"![diagram](guild-image:%1)"_s.arg(id));

        const QString tracker = u"http://127.0.0.1:%1/pixel.png"_s.arg(m_elsewhere.serverPort());
        const QString article =
            u"# A hostile article\n\n![tracker](%1)\n\n![local](file:///etc/passwd)\n\n"
            "<img src=\"%1?html\">\n\nThe diagram:\n\n%2\n"_s.arg(tracker, uploaded.first().at(1).toString());

        // A member reads it online: the picture comes from the community server.
        auto memberApi = signedInApi(u"member"_s);
        app::LocalCache memberCache;
        QCOMPARE(test::openCache(memberCache, m_dir.filePath(u"member.sqlite"_s)), QString());
        {
            app::PictureCache images(app::PictureCache::Kind::ContentImage, *memberApi, memberCache);
            ui::SafeTextBrowser reader;
            showsThePicture(reader, images, article);
            if (QTest::currentTestFailed()) {
                return;
            }
            // Only our picture is a picture; the others are links to where they are.
            QCOMPARE(imagesIn(reader.document()), QStringList{u"guild-image:%1"_s.arg(id)});
            const QString text = reader.toPlainText();
            QVERIFY2(text.contains(u"[Picture at 127.0.0.1, not loaded]"_s), qPrintable(text));
            QVERIFY(text.contains(u"[Picture not shown]"_s));
            const QTextCursor link = reader.document()->find(u"[Picture at 127.0.0.1"_s);
            QTextCursor inLink(reader.document());
            inLink.setPosition(link.selectionStart() + 1);
            QCOMPARE(inLink.charFormat().anchorHref(), tracker);
            QCOMPARE(reader.blockedResources(), 0);
            QDir().mkpath(QStringLiteral(GUILD_ARTIFACT_DIR));
            QVERIFY(reader.grab().save(QStringLiteral(GUILD_ARTIFACT_DIR) + u"/article_images.png"_s));
            // On disk before the server goes away (the offline copy, in the account's cache).
            QTRY_VERIFY(test::runOnCache<bool>(memberCache, [id](QSqlDatabase &db) {
                            return app::PictureStore(db).find(u"image"_s, id).has_value();
                        }).value_or(false));
        }
        QCOMPARE(m_elsewhereConnections, 0);

        // Offline (the server is gone) and started afresh: the picture comes from the cache.
        QVERIFY(m_server->stop());
        app::PictureCache images(app::PictureCache::Kind::ContentImage, *memberApi, memberCache);
        ui::SafeTextBrowser reader;
        showsThePicture(reader, images, article);
        QCOMPARE(m_elsewhereConnections, 0);
        QVERIFY(reader.grab().save(QStringLiteral(GUILD_ARTIFACT_DIR) + u"/article_images_offline.png"_s));
    }

    void pictures_areMadeSmallBeforeSending()
    {
        QImage huge(4000, 1000, QImage::Format_RGB32);
        huge.fill(Qt::darkCyan);
        const QString file = m_dir.filePath(u"wide.jpg"_s);
        QVERIFY(huge.save(file));
        QByteArray type;
        QString error;
        const QByteArray bytes = app::ImageUploader::prepare(file, &type, &error);
        QVERIFY2(!bytes.isEmpty(), qPrintable(error));
        QCOMPARE(type, QByteArray("image/jpeg"));
        const QImage sent = QImage::fromData(bytes);
        QCOMPARE(sent.size(), QSize(app::ImageUploader::MaxSide, app::ImageUploader::MaxSide / 4));
        // Not a picture: refused with its name, nothing sent.
        const QString text = m_dir.filePath(u"notes.png"_s);
        QFile f(text);
        QVERIFY(f.open(QIODevice::WriteOnly) && f.write("<svg onload=alert(1)>") > 0);
        f.close();
        QVERIFY(app::ImageUploader::prepare(text, &type, &error).isEmpty());
        QVERIFY(error.contains(u"notes.png"_s));
    }
};

QTEST_MAIN(TestArticleImages)
#include "tst_articleimages.moc"
