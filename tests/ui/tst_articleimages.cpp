#include "models/chatmessagemodel.h"
#include "net/apiclient.h"
#include "protocol/endpoints.h"
#include "services/imageuploader.h"
#include "services/picturecache.h"
#include "storage/localcache.h"
#include "storage/picturestore.h"
#include "support/cachewait.h"
#include "support/httpclient.h"
#include "support/testserver.h"
#include "ui/chat/chatdelegates.h"
#include "ui/common/pictureinserter.h"
#include "ui/common/safetextbrowser.h"
#include "ui/community/communitymodels.h"
#include "ui/courses/lessonform.h"

#include <QDir>
#include <QImage>
#include <QLabel>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
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

    /// A member's client: signed in, with its own cache file and its pictures of kind ContentImage.
    struct Client
    {
        std::unique_ptr<app::ApiClient> api;
        app::LocalCache cache;
        std::unique_ptr<app::PictureCache> images;
    };
    std::unique_ptr<Client> client(const QString &user, const QString &cacheName)
    {
        auto c = std::make_unique<Client>();
        c->api = signedInApi(user);
        if (!test::openCache(c->cache, m_dir.filePath(cacheName)).isEmpty()) {
            return nullptr;
        }
        c->images = std::make_unique<app::PictureCache>(app::PictureCache::Kind::ContentImage, *c->api, c->cache);
        return c;
    }

    /// A 400 × 200 picture of one colour (magenta, found again by magentaPixels) saved as name.
    QString magentaFile(const QString &name)
    {
        QImage drawn(400, 200, QImage::Format_RGB32);
        drawn.fill(QColor(255, 0, 255));
        const QString file = m_dir.filePath(name);
        return drawn.save(file) ? file : QString();
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

    /// The width the reader gives the picture id.
    static qreal pictureWidth(QTextDocument *document, qint64 id)
    {
        for (QTextBlock b = document->begin(); b.isValid(); b = b.next()) {
            for (auto it = b.begin(); !it.atEnd(); ++it) {
                const QTextCharFormat f = it.fragment().charFormat();
                if (f.isImageFormat() && f.toImageFormat().name() == u"guild-image:%1"_s.arg(id)) {
                    return f.toImageFormat().width();
                }
            }
        }
        return -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<test::TestServer>();
        QVERIFY(m_server->start());
        QVERIFY(m_elsewhere.listen(QHostAddress::LocalHost));
        connect(&m_elsewhere, &QTcpServer::newConnection, this, [this] { ++m_elsewhereConnections; });
    }

    void picturesFromTheLessonAndAnswerBoxes_showInRows_andRefitTheReader()
    {
        const QString file = magentaFile(u"rows.png"_s);
        const auto author = client(u"author"_s, u"rows-author.sqlite"_s);
        QVERIFY(!file.isEmpty() && author);
        app::ImageUploader uploader(*author->api, *author->images);

        // The lesson form's Insert picture… puts the picture's Markdown where the author was typing;
        // a file that is not a picture says why beside the button and leaves the text alone.
        ui::LessonForm form;
        QVERIFY(form.pictureButton()->isHidden());
        form.setPictures(uploader);
        QVERIFY(!form.pictureButton()->isHidden());
        form.bodyEdit()->setPlainText(u"Before the picture."_s);
        form.bodyEdit()->moveCursor(QTextCursor::End);
        form.pictures()->insert(file);
        QVERIFY(!form.pictureButton()->isEnabled()); // one at a time
        QTRY_VERIFY(form.bodyEdit()->toPlainText().contains(u"](guild-image:"_s));
        QVERIFY(form.bodyEdit()->toPlainText().startsWith(u"Before the picture.\n![rows](guild-image:"_s));
        QVERIFY(form.pictureButton()->isEnabled());
        const QString markdown = form.bodyEdit()->toPlainText().section(u'\n', 1, 1);
        const qint64 id = markdown.section(u':', 1).chopped(1).toLongLong();
        QVERIFY(id > 0);
        const QString text = m_dir.filePath(u"notes.jpg"_s);
        QFile f(text);
        QVERIFY(f.open(QIODevice::WriteOnly) && f.write("not a picture") > 0);
        f.close();
        const QString before = form.bodyEdit()->toPlainText();
        form.pictures()->insert(text);
        QTRY_VERIFY(form.pictureStatus()->text().contains(u"notes.jpg"_s));
        QCOMPARE(form.bodyEdit()->toPlainText(), before);
        form.resize(760, 560);
        form.show();
        QVERIFY(QTest::qWaitForWindowExposed(&form));
        QVERIFY(form.grab().save(QStringLiteral(GUILD_ARTIFACT_DIR) + u"/lesson_form_picture.png"_s));

        // A member sees it in an answer row and a chat row, as a thumbnail once it arrives; a picture
        // elsewhere in the same rows is a link, never fetched.
        const auto member = client(u"member"_s, u"rows-member.sqlite"_s);
        QVERIFY(member);
        app::PictureCache &images = *member->images;
        const QString body =
            u"Like this:\n\n%1\n\n![t](http://127.0.0.1:%2/row.png)"_s.arg(markdown).arg(m_elsewhere.serverPort());
        ui::AnswerListModel answers;
        protocol::engagement::Answer answer;
        answer.id = 7;
        answer.authorId = 2;
        answer.authorName = u"Li"_s;
        answer.body = body;
        answer.createdAt = QDateTime::currentDateTimeUtc();
        answers.setRecords({answer});
        QListView answerList;
        auto *answerRows = new ui::AnswerDelegate(&answerList);
        answerRows->setImages(images);
        answerList.setItemDelegate(answerRows);
        answerList.setModel(&answers);
        answerList.resize(640, 420);
        answerList.show();
        QVERIFY(QTest::qWaitForWindowExposed(&answerList));
        // At most RowBodies::ThumbnailWidth wide: 360 × 180 of the picture's colour.
        QTRY_VERIFY(magentaPixels(&answerList) >= 350 * 170);
        QVERIFY(magentaPixels(&answerList) <= 362 * 182);
        QVERIFY(answerList.visualRect(answers.index(0)).height() > 180);
        QVERIFY(answerList.grab().save(QStringLiteral(GUILD_ARTIFACT_DIR) + u"/answer_row_picture.png"_s));

        models::ChatMessageModel messages;
        protocol::chat::Message message;
        message.channelId = 1;
        message.id = message.seq = message.rev = 1;
        message.senderId = 2;
        message.senderName = u"Li"_s;
        message.body = body;
        message.createdAt = QDateTime::currentDateTimeUtc();
        messages.reset(1, {message}, {});
        QListView chat;
        auto *chatRows = new ui::MessageDelegate(&chat);
        chatRows->setImages(images);
        chat.setItemDelegate(chatRows);
        chat.setModel(&messages);
        chat.resize(640, 420);
        chat.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chat));
        QTRY_VERIFY(magentaPixels(&chat) >= 350 * 170);
        QVERIFY(chat.grab().save(QStringLiteral(GUILD_ARTIFACT_DIR) + u"/chat_row_picture.png"_s));
        QCOMPARE(m_elsewhereConnections, 0);

        // The reader fits the picture to a narrow window, and gives it its own size again when wider.
        ui::SafeTextBrowser reader;
        reader.resize(260, 400);
        reader.setImages(&images);
        reader.setMarkdownSafely(body);
        reader.show();
        QVERIFY(QTest::qWaitForWindowExposed(&reader));
        QTRY_VERIFY(pictureWidth(reader.document(), id) > 0);
        QVERIFY(pictureWidth(reader.document(), id) < 260);
        reader.resize(800, 600);
        QTRY_COMPARE(pictureWidth(reader.document(), id), 400.0);
        // An address of ours that names no picture is a note, not a broken picture.
        reader.setMarkdownSafely(u"![odd](guild-image:not-a-number) ![zero](guild-image:0)"_s);
        QCOMPARE(imagesIn(reader.document()), QStringList());
        QCOMPARE(reader.toPlainText(), u"[Picture not shown] [Picture not shown]"_s);
    }

    void authorsPicture_showsOnlineAndOffline_whileRemoteOnesLoadNothing()
    {
        // The author sends a picture (made from a file, as Insert picture… does).
        const QString file = magentaFile(u"diagram.png"_s);
        const auto author = client(u"author"_s, u"author.sqlite"_s);
        QVERIFY(!file.isEmpty() && author);
        app::ImageUploader uploader(*author->api, *author->images);
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
