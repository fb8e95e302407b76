#include "common/outboxstatus.h"
#include "models/articlefeedmodel.h"
#include "models/channellistmodel.h"
#include "models/chatmessagemodel.h"
#include "models/commentlistmodel.h"
#include "models/courselistmodel.h"
#include "models/searchresultmodel.h"
#include "models/syllabusmodel.h"
#include "net/apiclient.h"
#include "net/chatconnection.h"
#include "protocol/endpoints.h"
#include "protocol/limits.h"
#include "scoring/activityscore.h"
#include "secrets/secretstore.h"
#include "services/accountservice.h"
#include "services/adminservice.h"
#include "services/chatservice.h"
#include "services/communityservice.h"
#include "services/connectivity.h"
#include "services/courseauthoringservice.h"
#include "services/courseservice.h"
#include "services/dashboardservice.h"
#include "services/discussionservice.h"
#include "services/downloadservice.h"
#include "services/draftservice.h"
#include "services/feedservice.h"
#include "services/imageuploader.h"
#include "services/picturecache.h"
#include "services/profileservice.h"
#include "services/publishingservice.h"
#include "services/reportservice.h"
#include "services/savedservice.h"
#include "services/searchservice.h"
#include "services/syncservice.h"
#include "services/videouploader.h"
#include "services/writeoutbox.h"
#include "session.h"
#include "storage/localcache.h"
#include "support/cachewait.h"
#include "support/httpclient.h"
#include "support/testserver.h"
#include "ui/account/accountpage.h"
#include "ui/account/forgotpassworddialog.h"
#include "ui/admin/adminmodels.h"
#include "ui/admin/adminpanel.h"
#include "ui/admin/channelspage.h"
#include "ui/chat/chatpanel.h"
#include "ui/chat/threadview.h"
#include "ui/common/avatar.h"
#include "ui/common/formatting.h"
#include "ui/common/hintedlistview.h"
#include "ui/common/notificationcentre.h"
#include "ui/common/safetextbrowser.h"
#include "ui/common/searchpopup.h"
#include "ui/common/shortcutsheet.h"
#include "ui/common/themecontroller.h"
#include "ui/common/translations.h"
#include "ui/community/communitypanel.h"
#include "ui/community/eventdialog.h"
#include "ui/courses/certificatepdf.h"
#include "ui/courses/coursepage.h"
#include "ui/courses/coursespanel.h"
#include "ui/courses/homeworkbox.h"
#include "ui/courses/lessonview.h"
#include "ui/courses/quizview.h"
#include "ui/courses/videoplayer.h"
#include "ui/dashboard/dashboardpanel.h"
#include "ui/dashboard/kpitile.h"
#include "ui/dashboard/myactivityview.h"
#include "ui/feed/articlecomposer.h"
#include "ui/feed/articleview.h"
#include "ui/feed/commentsview.h"
#include "ui/feed/feedpanel.h"
#include "ui/feed/pollview.h"
#include "ui/feed/readertools.h"
#include "ui/keyboardnavigation.h"
#include "ui/logindialog.h"
#include "ui/mainwindow.h"
#include "ui/membership/membershippanel.h"
#include "ui/saved/savedpanel.h"
#include "ui/settingsdialog.h"
#include "ui/signupform.h"
#include "ui/windowstate.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QBuffer>
#include <QCalendarWidget>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QGroupBox>
#include <QImage>
#include <QInputMethodEvent>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMediaPlayer>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace guild;
namespace endpoints = guild::protocol::endpoints;

// The whole window over real services and a real server, rendered offscreen. Screenshots land in
// build/test-artifacts/ for people to look at.
class TestMainWindow : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<test::TestServer> m_server;
    std::unique_ptr<app::ApiClient> m_api;
    std::unique_ptr<app::MemorySecretStore> m_secrets;
    std::unique_ptr<app::Session> m_session;
    std::unique_ptr<app::LocalCache> m_cache;
    std::unique_ptr<app::WriteOutbox> m_writes;
    std::unique_ptr<app::DraftService> m_drafts;
    std::unique_ptr<app::SavedService> m_saved;
    std::unique_ptr<models::ArticleFeedModel> m_model;
    std::unique_ptr<app::FeedService> m_feed;
    std::unique_ptr<app::PublishingService> m_publishing;
    std::unique_ptr<app::DiscussionService> m_discussion;
    std::unique_ptr<app::SyncService> m_sync;
    std::unique_ptr<app::Connectivity> m_connectivity;
    std::unique_ptr<app::ChatConnection> m_chatLink;
    std::unique_ptr<models::ChannelListModel> m_channels;
    std::unique_ptr<models::ChatMessageModel> m_messages;
    std::unique_ptr<app::ChatService> m_chat;
    std::unique_ptr<models::CourseListModel> m_courseList;
    std::unique_ptr<models::SyllabusModel> m_syllabus;
    std::unique_ptr<app::CourseService> m_courses;
    std::unique_ptr<app::DownloadService> m_downloads;
    std::unique_ptr<app::AccountService> m_account;
    std::unique_ptr<app::CommunityService> m_community;
    std::unique_ptr<app::AdminService> m_admin;
    std::unique_ptr<app::ReportService> m_reports;
    std::unique_ptr<app::CourseAuthoringService> m_authoring;
    std::unique_ptr<app::VideoUploader> m_uploads;
    std::unique_ptr<app::DashboardService> m_dashboard;
    std::unique_ptr<app::PictureCache> m_avatars;
    std::unique_ptr<app::PictureCache> m_covers;
    std::unique_ptr<app::SearchService> m_search;
    std::unique_ptr<app::PictureCache> m_images;
    std::unique_ptr<app::ImageUploader> m_imageUploader;
    std::unique_ptr<ui::MainWindow> m_window;

    /// An Admin panel as the admin has it: its own client, signed in, with every admin tab.
    struct AdminWindow
    {
        app::ApiClient api;
        app::MemorySecretStore secrets;
        app::Session session{api, secrets};
        app::AdminService service{api};
        ui::AdminPanel panel{service};
    };
    std::unique_ptr<AdminWindow> openAdminPanel(QSize size)
    {
        auto admin = std::make_unique<AdminWindow>();
        QSignalSpy signedIn(&admin->session, &app::Session::signedIn);
        admin->session.signIn(m_server->baseUrl(), u"admin"_s, u"guild-demo"_s);
        if (!signedIn.wait(15000)) {
            return nullptr;
        }
        admin->panel.setRole(true);
        admin->panel.resize(size);
        admin->panel.show();
        return admin;
    }

    void save(const QString &name) { save(*m_window, name); }
    /// Commits `text` into `widget` as an input method does (QTest's key clicks know ASCII only).
    static void typeWithInputMethod(QWidget *widget, const QString &text)
    {
        QInputMethodEvent commit;
        commit.setCommitString(text);
        QApplication::sendEvent(widget, &commit);
    }
    static void save(QWidget &widget, const QString &name)
    {
        QDir().mkpath(QStringLiteral(GUILD_ARTIFACT_DIR));
        // Layouts settle on posted events; the picture should show what the member would see.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        const QString path = QStringLiteral(GUILD_ARTIFACT_DIR) + u'/' + name;
        QVERIFY(widget.grab().save(path));
        qInfo("screenshot: %s", qPrintable(path));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        ui::Translations::apply(u"en"_s);
        m_server = std::make_unique<test::TestServer>();
        QVERIFY(m_server->start());
        m_api = std::make_unique<app::ApiClient>();
        m_secrets = std::make_unique<app::MemorySecretStore>();
        m_session = std::make_unique<app::Session>(*m_api, *m_secrets);
        m_cache = std::make_unique<app::LocalCache>();
        m_model = std::make_unique<models::ArticleFeedModel>();
        m_feed = std::make_unique<app::FeedService>(*m_api, *m_cache, *m_model);
        m_writes = std::make_unique<app::WriteOutbox>(*m_api, *m_cache);
        m_drafts = std::make_unique<app::DraftService>(*m_cache);
        m_publishing = std::make_unique<app::PublishingService>(*m_api, *m_cache, *m_writes);
        m_discussion = std::make_unique<app::DiscussionService>(*m_api, *m_cache, *m_writes);
        m_sync = std::make_unique<app::SyncService>(*m_api, *m_cache);
        m_connectivity = std::make_unique<app::Connectivity>(*m_api);
        m_chatLink = std::make_unique<app::ChatConnection>([this] { return m_api->accessToken(); });
        m_channels = std::make_unique<models::ChannelListModel>();
        m_messages = std::make_unique<models::ChatMessageModel>();
        m_chat = std::make_unique<app::ChatService>(*m_chatLink, *m_cache, *m_channels, *m_messages);
        m_courseList = std::make_unique<models::CourseListModel>();
        m_syllabus = std::make_unique<models::SyllabusModel>();
        m_courses = std::make_unique<app::CourseService>(*m_api, *m_cache, *m_writes, *m_courseList, *m_syllabus);
        m_downloads = std::make_unique<app::DownloadService>(*m_api, *m_cache);
        m_downloads->setDirectory(m_dir.filePath(u"media"_s));
        m_account = std::make_unique<app::AccountService>(*m_api, *m_cache, *m_writes);
        m_community = std::make_unique<app::CommunityService>(*m_api, *m_cache, *m_writes);
        m_admin = std::make_unique<app::AdminService>(*m_api);
        m_reports = std::make_unique<app::ReportService>(*m_api);
        m_authoring = std::make_unique<app::CourseAuthoringService>(*m_api);
        m_uploads = std::make_unique<app::VideoUploader>(*m_api);
        m_dashboard = std::make_unique<app::DashboardService>(*m_api, *m_cache);
        m_avatars = std::make_unique<app::PictureCache>(app::PictureCache::Kind::MemberAvatar, *m_api, *m_cache);
        m_covers = std::make_unique<app::PictureCache>(app::PictureCache::Kind::CourseCover, *m_api, *m_cache);
        m_search = std::make_unique<app::SearchService>(*m_api, *m_cache);
        m_saved = std::make_unique<app::SavedService>(*m_api, *m_cache, *m_writes);
        m_window = std::make_unique<ui::MainWindow>(ui::MainWindow::Services{
            *m_session, *m_feed,      *m_publishing, *m_discussion, *m_sync,      *m_connectivity, *m_model,
            *m_chat,    *m_channels,  *m_messages,   *m_courses,    *m_downloads, *m_courseList,   *m_syllabus,
            *m_account, *m_community, *m_admin,      *m_dashboard,  *m_reports,   *m_authoring,    *m_uploads,
            *m_avatars, *m_covers,    *m_search,     *m_writes,     *m_drafts,    *m_saved});
        m_images = std::make_unique<app::PictureCache>(app::PictureCache::Kind::ContentImage, *m_api, *m_cache);
        m_imageUploader = std::make_unique<app::ImageUploader>(*m_api, *m_images);
        m_window->setContentImages(*m_imageUploader, *m_images);
        m_window->resize(1280, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));

        QCOMPARE(test::openCache(*m_cache, m_dir.filePath(u"ui.sqlite"_s)), QString());
        QSignalSpy signedIn(m_session.get(), &app::Session::signedIn);
        m_session->signIn(m_server->baseUrl(), u"member"_s, u"guild-demo"_s);
        QVERIFY(signedIn.wait(15000));
        m_writes->start();
        QSignalSpy synced(m_sync.get(), &app::SyncService::finished);
        m_sync->start();
        QVERIFY(synced.wait(30000));
        QSignalSpy reloaded(m_feed.get(), &app::FeedService::reloaded);
        m_feed->reload();
        QVERIFY(reloaded.wait());
    }

    void feed_showsRows_andReaderOpensSelection()
    {
        QListView *list = m_window->feedPanel()->list();
        QCOMPARE(list->model()->rowCount(), 200);
        QTRY_VERIFY(m_model->articleAt(0) != nullptr);
        QCOMPARE(m_window->connectionText(), u"● Online"_s);
        // Pick the first readable article.
        int row = 0;
        QTRY_VERIFY(m_model->articleAt(5) != nullptr);
        while (m_model->articleAt(row)->locked) {
            ++row;
        }
        const QString title = m_model->articleAt(row)->title;
        QSignalSpy opened(m_feed.get(), &app::FeedService::articleOpened);
        list->setCurrentIndex(list->model()->index(row, 0));
        QVERIFY(opened.wait());
        ui::ArticleView *reader = m_window->feedPanel()->reader();
        bool titleShown = false;
        for (QLabel *label : reader->findChildren<QLabel *>()) {
            titleShown = titleShown || (label->isVisible() && label->text() == title);
        }
        QVERIFY(titleShown);
        QVERIFY(!reader->browser()->toPlainText().isEmpty());
        save(u"mainwindow.png"_s);
    }

    void feed_pollInTheReader_votesAndShowsResults()
    {
        test::HttpClient author = test::HttpClient::signedIn(m_server->baseUrl(), u"author"_s);
        const qint64 id =
            author
                .post(endpoints::CreateArticle.url(),
                      {{u"title"_s, u"Poll: your build system"_s},
                       {u"body"_s, u"Which one do you use at work?"_s},
                       {u"poll"_s, QJsonObject{{u"question"_s, u"Build system?"_s},
                                               {u"options"_s, QJsonArray{u"CMake"_s, u"Meson"_s, u"Bazel"_s}}}}})
                .json[u"article"_s][u"id"_s]
                .toInteger();
        QVERIFY(id > 0);
        QSignalSpy synced(m_sync.get(), &app::SyncService::finished);
        m_sync->start();
        QVERIFY(synced.wait(30000));

        QSignalSpy opened(m_feed.get(), &app::FeedService::articleOpened);
        m_feed->openArticle(id);
        QVERIFY(opened.wait());
        ui::PollView *poll = m_window->feedPanel()->reader()->pollView();
        QTRY_COMPARE(poll->choices().size(), 3);
        QVERIFY(poll->isVisible());
        QVERIFY(!poll->voteButton()->isEnabled()); // nothing picked yet
        poll->choices().at(0)->click();
        QVERIFY(poll->voteButton()->isEnabled());
        QTest::mouseClick(poll->voteButton(), Qt::LeftButton);
        QTRY_VERIFY(poll->summary().startsWith(u"1 voter"_s));
        QVERIFY(poll->choices().at(0)->isChecked());
        QVERIFY(poll->withdrawButton()->isVisible());
        const QJsonObject counted = author.get(endpoints::GetPoll.url(id)).json[u"poll"_s].toObject();
        QCOMPARE(counted[u"options"_s][0][u"votes"_s].toInt(), 1);
        save(u"mainwindow_poll.png"_s);
    }

    void feed_likeAndComment_inTheReader()
    {
        test::HttpClient author = test::HttpClient::signedIn(m_server->baseUrl(), u"author"_s);
        const qint64 id =
            author
                .post(endpoints::CreateArticle.url(), {{u"title"_s, u"Comments: tell us about your setup"_s},
                                                       {u"body"_s, u"Editor, compiler, build system?"_s}})
                .json[u"article"_s][u"id"_s]
                .toInteger();
        QVERIFY(id > 0);
        const QString path = endpoints::ListComments.url(id);
        // A page and a bit, the first one hostile: raw HTML and a remote image must stay inert.
        QCOMPARE(author
                     .post(path, {{u"body"_s, u"<img src=\"http://127.0.0.1:9/t.png\"> ![x](http://127.0.0.1:9/x.png) "
                                              u"<b>bold?</b>"_s}})
                     .status,
                 201);
        for (int i = 2; i <= app::DiscussionService::CommentPage + 2; ++i) {
            QCOMPARE(author.post(path, {{u"body"_s, u"Neovim and **CMake**, comment %1"_s.arg(i)}}).status, 201);
        }
        QSignalSpy synced(m_sync.get(), &app::SyncService::finished);
        m_sync->start();
        QVERIFY(synced.wait(30000));
        QSignalSpy reloaded(m_feed.get(), &app::FeedService::reloaded);
        m_feed->reload();
        QVERIFY(reloaded.wait());

        QSignalSpy opened(m_feed.get(), &app::FeedService::articleOpened);
        m_feed->openArticle(id);
        QVERIFY(opened.wait());
        ui::ArticleView *reader = m_window->feedPanel()->reader();
        QToolButton *like = reader->likeButton();
        QVERIFY(like->isVisible());
        QVERIFY(!like->isChecked());
        QCOMPARE(like->text(), u"♡ Like · 0"_s);
        QCOMPARE(reader->commentsButton()->text(), u"Comments · %1"_s.arg(app::DiscussionService::CommentPage + 2));

        // Liking shows at once in the reader and in the feed row (before the server answers: it goes
        // through the write outbox), and the server counts it.
        QTest::mouseClick(like, Qt::LeftButton);
        QTRY_COMPARE(like->text(), u"♥ Liked · 1"_s);
        QVERIFY(like->isChecked());
        QTRY_COMPARE(author.get(endpoints::GetArticle.url(id)).json[u"article"_s][u"likes"_s].toInt(), 1);
        int row = -1;
        for (int r = 0; r < 10 && row < 0; ++r) {
            QTRY_VERIFY(m_model->articleAt(r) != nullptr);
            row = m_model->articleAt(r)->id == id ? r : -1;
        }
        QVERIFY(row >= 0);
        QTRY_COMPARE(m_model->index(row).data(models::ArticleFeedModel::LikesRole).toInt(), 1);

        // Comments open under the article, a page at a time.
        ui::CommentsView *comments = reader->commentsView();
        QVERIFY(!comments->isVisible());
        QTest::mouseClick(reader->commentsButton(), Qt::LeftButton);
        QVERIFY(comments->isVisible());
        QTRY_COMPARE(comments->model().rowCount(), app::DiscussionService::CommentPage);
        QTRY_VERIFY(comments->moreButton()->isVisible());
        QTest::mouseClick(comments->moreButton(), Qt::LeftButton);
        QTRY_COMPARE(comments->model().rowCount(), app::DiscussionService::CommentPage + 2);
        QVERIFY(!comments->moreButton()->isVisible());
        QCOMPARE(comments->model().index(0).data(models::CommentListModel::BodyRole).toString().left(4), u"<img"_s);

        // Writing one: the send button waits for text, the comment lands at the end, the box empties.
        QVERIFY(!comments->sendButton()->isEnabled());
        comments->editor()->setPlainText(QString(protocol::limits::CommentMax + 1, u'x'));
        QVERIFY(!comments->sendButton()->isEnabled());
        QVERIFY(comments->status()->text().contains(u"1 character too long"_s));
        comments->editor()->setPlainText(u"Emacs, GCC and *Ninja*."_s);
        QVERIFY(comments->status()->text().isEmpty());
        QVERIFY(comments->sendButton()->isEnabled());
        QTest::mouseClick(comments->sendButton(), Qt::LeftButton);
        QTRY_COMPARE(comments->model().rowCount(), app::DiscussionService::CommentPage + 3);
        QVERIFY(comments->editor()->toPlainText().isEmpty());
        QCOMPARE(comments->model()
                     .index(comments->model().rowCount() - 1)
                     .data(models::CommentListModel::BodyRole)
                     .toString(),
                 u"Emacs, GCC and *Ninja*."_s);
        // Shown as sending at once; once the server has it, as posted, in the same place.
        const auto lastState = [&] {
            return comments->model()
                .index(comments->model().rowCount() - 1)
                .data(models::CommentListModel::StateRole)
                .value<models::CommentListModel::State>();
        };
        QTRY_COMPARE(lastState(), models::CommentListModel::State::Posted);
        QCOMPARE(comments->model().pendingCount(), 0);
        QTRY_COMPARE(reader->commentsButton()->text(), u"Comments · %1"_s.arg(app::DiscussionService::CommentPage + 3));
        QCOMPARE(author.get(path + u"?limit=100"_s).json[u"comments"_s].toArray().size(),
                 app::DiscussionService::CommentPage + 3);
        comments->list()->scrollToTop();
        save(u"mainwindow_comments.png"_s);

        // Taking the like back; the comments stay open for the next article.
        QTest::mouseClick(like, Qt::LeftButton);
        QTRY_COMPARE(like->text(), u"♡ Like · 0"_s);
        QTest::mouseClick(reader->commentsButton(), Qt::LeftButton);
        QVERIFY(!comments->isVisible());
    }

    void composer_checksInput_keepsTextOnRefusal_andSchedules()
    {
        // A member may not write posts: no Write button, and the server refuses if asked anyway.
        ui::FeedPanel *feed = m_window->feedPanel();
        QVERIFY(!feed->writeButton()->isVisible());
        feed->compose();
        QTRY_VERIFY(feed->composer() && feed->composer()->isVisible());
        ui::ArticleComposer *composer = feed->composer();
        QTest::mouseClick(composer->publishButton(), Qt::LeftButton);
        QCOMPARE(composer->errorLabel()->text(), u"Give the post a title."_s);
        composer->titleEdit()->setText(u"Hello"_s);
        composer->bodyEdit()->setPlainText(u"Body"_s);
        composer->pollBox()->setChecked(true);
        composer->pollQuestionEdit()->setText(u"Yes?"_s);
        composer->pollOptionsEdit()->setPlainText(u"Only one"_s);
        QTest::mouseClick(composer->publishButton(), Qt::LeftButton);
        QVERIFY(composer->errorLabel()->text().startsWith(u"A poll needs"_s));
        composer->pollOptionsEdit()->setPlainText(u"Yes\nNo"_s);
        QTest::mouseClick(composer->publishButton(), Qt::LeftButton);
        QVERIFY(!composer->publishButton()->isEnabled());
        QTRY_VERIFY(composer->errorLabel()->text().contains(u"author"_s));
        QVERIFY(composer->isVisible());
        QCOMPARE(composer->titleEdit()->text(), u"Hello"_s);
        QVERIFY(composer->publishButton()->isEnabled());
        composer->reject();
        QTRY_VERIFY(!feed->composer());
        // Closed without sending: the next composer starts from the draft, title and text.
        feed->compose();
        QTRY_VERIFY(feed->composer() && feed->composer()->isVisible());
        QTRY_COMPARE(feed->composer()->titleEdit()->text(), u"Hello"_s);
        QTRY_COMPARE(feed->composer()->bodyEdit()->toPlainText(), u"Body"_s);
        feed->composer()->titleEdit()->clear(); // emptied: nothing is kept
        feed->composer()->bodyEdit()->clear();
        feed->composer()->reject();
        QTRY_VERIFY(!feed->composer());

        // An author schedules a post; it waits on the server and the composer closes.
        app::ApiClient authorApi;
        authorApi.setBaseUrl(m_server->baseUrl());
        test::HttpClient login(m_server->baseUrl());
        const QJsonObject tokens = login.login(u"author"_s).json;
        authorApi.setTokens(tokens[u"accessToken"_s].toString(), tokens[u"refreshToken"_s].toString());
        app::WriteOutbox authorWrites(authorApi, *m_cache); // publishing itself goes straight to the server
        app::PublishingService publishing(authorApi, *m_cache, authorWrites);
        ui::ArticleComposer mine(publishing, m_window.get());
        mine.show();
        mine.titleEdit()->setText(u"Qt 6.8 迁移笔记"_s);
        mine.tagsEdit()->setText(u"qt, #migration"_s);
        mine.bodyEdit()->setPlainText(u"## Steps\n\n```cpp\nqt_standard_project_setup()\n```"_s);
        mine.laterBox()->setChecked(true);
        mine.publishAtEdit()->setDateTime(QDateTime::currentDateTime().addDays(1));
        QCOMPARE(mine.publishButton()->text(), u"Schedule"_s);
        QCOMPARE(mine.draft().tags.value_or(QStringList()), (QStringList{u"qt"_s, u"migration"_s}));
        QDir().mkpath(QStringLiteral(GUILD_ARTIFACT_DIR));
        QVERIFY(mine.grab().save(QStringLiteral(GUILD_ARTIFACT_DIR) + u"/composer.png"_s));
        QSignalSpy published(&publishing, &app::PublishingService::published);
        QTest::mouseClick(mine.publishButton(), Qt::LeftButton);
        QVERIFY(published.wait());
        const auto article = published.first().at(0).value<protocol::Article>();
        QVERIFY(article.scheduled);
        QCOMPARE(mine.result(), int(QDialog::Accepted));
        const QJsonArray waiting = login.get(endpoints::MyScheduledArticles.url()).json[u"articles"_s].toArray();
        QCOMPARE(waiting.last()[u"title"_s].toString(), u"Qt 6.8 迁移笔记"_s);
    }

    void chat_composerSends_andMessageShowsAsSent()
    {
        m_chatLink->setServer(m_server->baseUrl());
        m_chat->start(m_session->user().id, m_session->user().displayName);
        QTRY_COMPARE_WITH_TIMEOUT(m_chat->link(), app::ChatService::Link::Live, 10000);
        m_window->showPanel(ui::MainWindow::ChatPage);
        ui::ChatPanel *panel = m_window->chatPanel();
        QTRY_VERIFY(panel->channelList()->currentIndex().isValid());
        QTRY_COMPARE(m_chat->openChannelId(), qint64(1));
        panel->composer()->setFocus();
        QTest::keyClicks(panel->composer(), u"Hello from the desktop client"_s);
        QTest::keyClick(panel->composer(), Qt::Key_Return, Qt::ShiftModifier);
        panel->composer()->insertPlainText(u"```cpp\n    int x = 0;\n```"_s); // as a paste: indentation kept
        QVERIFY(panel->composer()->toPlainText().contains(u'\n'));            // Shift+Enter: a new line, not a send
        QTest::keyClick(panel->composer(), Qt::Key_Return);
        QVERIFY(panel->composer()->toPlainText().isEmpty());
        QTRY_COMPARE(m_messages->rowCount(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(m_chat->outbox().size(), 0, 10000);
        QTRY_COMPARE(m_messages->data(m_messages->index(0), models::ChatMessageModel::StateRole).toInt(),
                     int(models::ChatMessageModel::State::Sent));
        const QString body = m_messages->data(m_messages->index(0), models::ChatMessageModel::BodyRole).toString();
        QVERIFY(body.startsWith(u"Hello from the desktop client\n```cpp\n    int x = 0;"_s));

        // Reply to it: the answer carries replyTo and shows a quote of the original.
        panel->replyToRow(0);
        const qint64 original = m_messages->data(m_messages->index(0), models::ChatMessageModel::IdRole).toLongLong();
        QCOMPARE(panel->replyingTo(), original);
        QTest::keyClicks(panel->composer(), u"An answer"_s);
        QTest::keyClick(panel->composer(), Qt::Key_Return);
        QCOMPARE(panel->replyingTo(), qint64(0));
        QTRY_COMPARE(m_messages->rowCount(), 2);
        QTRY_COMPARE_WITH_TIMEOUT(m_chat->outbox().size(), 0, 10000);
        QCOMPARE(m_messages->data(m_messages->index(1), models::ChatMessageModel::ReplyToRole).toLongLong(), original);
        QVERIFY(m_messages->data(m_messages->index(1), models::ChatMessageModel::ReplyQuoteRole)
                    .toString()
                    .startsWith(u"Mei Member: Hello from the desktop client"_s));
        save(u"mainwindow_chat.png"_s);
        m_window->showPanel(ui::MainWindow::FeedPage);
    }

    void chat_editReactThreadDelete_andArticleLinkBack()
    {
        using Model = models::ChatMessageModel;
        m_window->showPanel(ui::MainWindow::ChatPage);
        ui::ChatPanel *panel = m_window->chatPanel();
        QTRY_COMPARE(m_messages->rowCount(), 2);
        const qint64 root = m_messages->data(m_messages->index(0), Model::IdRole).toLongLong();
        const qint64 answer = m_messages->data(m_messages->index(1), Model::IdRole).toLongLong();

        // Edit from the composer: Enter saves, the row says (edited).
        panel->editRow(1);
        QCOMPARE(panel->editing(), answer);
        QCOMPARE(panel->composer()->toPlainText(), u"An answer"_s);
        panel->composer()->selectAll();
        QTest::keyClicks(panel->composer(), u"A better answer"_s);
        QTest::keyClick(panel->composer(), Qt::Key_Return);
        QCOMPARE(panel->editing(), qint64(0));
        QTRY_COMPARE(m_messages->data(m_messages->index(1), Model::BodyRole).toString(), u"A better answer"_s);
        QVERIFY(m_messages->data(m_messages->index(1), Model::EditedRole).toBool());
        // Esc leaves edit mode and gives the composer back empty.
        panel->editRow(1);
        QTest::keyClick(panel->composer(), Qt::Key_Escape);
        QCOMPARE(panel->editing(), qint64(0));
        QVERIFY(panel->composer()->toPlainText().isEmpty());

        // A reaction shows as a chip under the message; clicking the member's own chip takes it back.
        QVERIFY(m_chat->setReaction(root, u"👍"_s, true));
        QTRY_COMPARE(m_messages->data(m_messages->index(0), Model::ReactionsRole).toList().size(), 1);
        QListView *list = panel->messageList();
        QTRY_VERIFY(list->visualRect(m_messages->index(0)).height() > 0);
        const QRect row = list->visualRect(m_messages->index(0));
        const int chipY = row.bottom() - 4 - (QFontMetrics(list->font()).height() + 6) / 2;
        // The sender's picture beside their name: their initial on their colour until they choose a
        // picture, then the picture (a 32-pixel circle holds about 800 pixels of it).
        const auto pixelsOf = [list, row](const QColor &colour) {
            const QImage shot = list->viewport()->grab().toImage();
            int count = 0;
            for (int y = row.top(); y <= row.bottom(); ++y) {
                for (int x = row.left(); x < row.left() + 50; ++x) {
                    count += shot.pixelColor(x, y) == colour ? 1 : 0;
                }
            }
            return count;
        };
        QVERIFY(pixelsOf(ui::avatarColour(m_session->user().id)) > 400);
        QImage picture(40, 40, QImage::Format_RGB32);
        picture.fill(QColor(0x00ff88));
        QByteArray png;
        QBuffer buffer(&png);
        QVERIFY(buffer.open(QIODevice::WriteOnly) && picture.save(&buffer, "PNG"));
        m_avatars->put(m_session->user().id, png);
        QTRY_VERIFY(pixelsOf(QColor(0x00ff88)) > 600);
        QCOMPARE(pixelsOf(ui::avatarColour(m_session->user().id)), 0);
        save(u"mainwindow_chat_reactions.png"_s);
        // Chips start where the text does, right of the senders' pictures (10 + 32 + 8).
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, QPoint(row.left() + 50 + 10, chipY));
        QTRY_VERIFY(m_messages->data(m_messages->index(0), Model::ReactionsRole).toList().isEmpty());

        // The thread opens beside the conversation with the first message and its reply.
        panel->openThread(root);
        QTRY_COMPARE(panel->threadView()->model().rowCount(), 2);
        QVERIFY(panel->threadView()->isVisible());
        save(u"mainwindow_chat_thread.png"_s);

        QVERIFY(m_chat->deleteMessage(answer));
        QTRY_VERIFY(m_messages->data(m_messages->index(1), Model::DeletedRole).toBool());
        QTRY_VERIFY(
            panel->threadView()->model().data(panel->threadView()->model().index(1), Model::DeletedRole).toBool());
        save(u"mainwindow_chat_deleted.png"_s);

        // A promoted article's link back opens the chat at the thread.
        m_window->showPanel(ui::MainWindow::FeedPage);
        Q_EMIT m_window->feedPanel()->reader()->browser()->appLinkActivated(QUrl(u"guild://chat/1/1"_s));
        QTRY_VERIFY(panel->isVisible());
        QCOMPARE(m_chat->openChannelId(), qint64(1));
        m_window->showPanel(ui::MainWindow::FeedPage);
    }

    void searchEverything_findsChineseAndCode_andOpensTheHit()
    {
        // A message with a two-character Chinese word and an identifier, sent and acknowledged.
        QVERIFY(m_chat->sendMessage(1, u"线程池里用 fetchMore 分批加载"_s));
        QTRY_VERIFY(m_messages->rowCount() > 0 &&
                    m_messages->data(m_messages->index(m_messages->rowCount() - 1), models::ChatMessageModel::StateRole)
                            .toInt() == int(models::ChatMessageModel::State::Sent));
        m_window->showPanel(ui::MainWindow::FeedPage);
        m_window->openSearch();
        ui::SearchPopup *popup = m_window->searchPopup();
        QTRY_VERIFY(popup->isVisible());
        QVERIFY(popup->input()->hasFocus());
        models::SearchResultModel *results = popup->model();

        // Two Chinese characters find the article whose title holds them; its heading comes first.
        typeWithInputMethod(popup->input(), u"移动"_s); // as a Chinese input method commits it
        QTRY_VERIFY(results->rowCount() >= 2);
        QTRY_VERIFY(!popup->isAskingServer()); // online, the server's results join the cache's
        QVERIFY(results->index(0).data(models::SearchResultModel::HeadingRole).toBool());
        QVERIFY(results->index(1).data(models::SearchResultModel::TitleRole).toString().contains(u"移动语义"_s));
        QVERIFY(results->index(1).data(models::SearchResultModel::SnippetRole).toString().contains(u"\x02"_s));
        save(*popup, u"search_popup.png"_s); // a window of its own over the main one
        // Filters: a kind, a period, the digest; each narrows what the same words find.
        const auto kinds = [results] {
            QSet<int> seen;
            for (int row = 0; row < results->rowCount(); ++row) {
                if (!results->index(row).data(models::SearchResultModel::HeadingRole).toBool()) {
                    seen.insert(results->index(row).data(models::SearchResultModel::KindRole).toInt());
                }
            }
            return seen;
        };
        const auto settled = [popup] { return !popup->isAskingServer(); };
        const int everything = results->rowCount();
        popup->scopeBox()->setCurrentIndex(int(models::SearchFilter::Scope::Messages));
        QTRY_VERIFY(!kinds().contains(int(models::SearchHit::Kind::Article)));
        popup->scopeBox()->setCurrentIndex(int(models::SearchFilter::Scope::Everything));
        QTRY_VERIFY(settled() && results->rowCount() == everything);
        popup->periodBox()->setCurrentIndex(1); // the past week
        QTRY_VERIFY(settled() && results->rowCount() < everything);
        for (int row = 0; row < results->rowCount(); ++row) {
            const QDateTime at = results->index(row).data(models::SearchResultModel::AtRole).toDateTime();
            QVERIFY(results->index(row).data(models::SearchResultModel::HeadingRole).toBool() ||
                    at >= QDateTime::currentDateTimeUtc().addDays(-8));
        }
        popup->periodBox()->setCurrentIndex(0);
        popup->digestBox()->setChecked(true); // articles in the digest only, and no other kind
        QTRY_VERIFY(results->rowCount() < everything);
        QCOMPARE(kinds() - QSet<int>{int(models::SearchHit::Kind::Article)}, QSet<int>{});
        popup->scopeBox()->setCurrentIndex(int(models::SearchFilter::Scope::Messages));
        QVERIFY(!popup->digestBox()->isEnabled()); // the digest is a choice among articles
        popup->scopeBox()->setCurrentIndex(int(models::SearchFilter::Scope::Everything));
        popup->digestBox()->setChecked(false);
        QTRY_VERIFY(settled() && results->rowCount() == everything);
        const qint64 article = popup->results()->currentIndex().data(models::SearchResultModel::IdRole).toLongLong();
        QSignalSpy opened(m_feed.get(), &app::FeedService::articleOpened);
        QTest::keyClick(popup->input(), Qt::Key_Return);
        QVERIFY(opened.wait());
        QCOMPARE(opened.last().at(0).value<protocol::Article>().id, article);
        QVERIFY(!popup->isVisible());
        QCOMPARE(m_window->currentPanel(), ui::MainWindow::FeedPage);

        // A part of an identifier finds the chat message; Down moves past the heading, Enter opens the channel at it.
        m_window->openSearch();
        QVERIFY(popup->input()->selectedText() == u"移动"_s); // typing replaces the last search
        QTest::keyClicks(popup->input(), u"fetch "_s);
        typeWithInputMethod(popup->input(), u"线程"_s);
        QTRY_VERIFY(results->rowCount() >= 2 &&
                    results->index(results->firstHitRow()).data(models::SearchResultModel::KindRole).toInt() ==
                        int(models::SearchHit::Kind::Message));
        const int hit = results->firstHitRow();
        QCOMPARE(popup->results()->currentIndex().row(), hit);
        QTest::keyClick(popup->input(), Qt::Key_Down); // the next hit, skipping headings (or stays on the last)
        QCOMPARE(popup->results()->currentIndex().row(), results->nextHitRow(hit, 1));
        const qint64 seq = results->index(hit).data(models::SearchResultModel::IdRole).toLongLong();
        popup->results()->setCurrentIndex(results->index(hit));
        QTest::keyClick(popup->input(), Qt::Key_Return);
        QTRY_COMPARE(m_window->currentPanel(), ui::MainWindow::ChatPage);
        QTRY_VERIFY(m_messages->rowOfSeq(seq) >= 0);

        // "/" opens it from a list, and is just a character in a text box.
        // Shortcuts belong to the active window; the offscreen platform gives none back when a popup closes.
        QApplication::setActiveWindow(m_window.get());
        QTRY_COMPARE(QApplication::activeWindow(), m_window.get());
        m_window->showPanel(ui::MainWindow::ChatPage);
        m_window->chatPanel()->composer()->setFocus();
        QTest::keyClick(m_window->chatPanel()->composer(), Qt::Key_Slash);
        QVERIFY(!popup->isVisible());
        QCOMPARE(m_window->chatPanel()->composer()->toPlainText(), u"/"_s);
        m_window->chatPanel()->composer()->clear();
        m_window->chatPanel()->channelList()->setFocus();
        QTest::keyClick(m_window->chatPanel()->channelList(), Qt::Key_Slash);
        QTRY_VERIFY(popup->isVisible());

        // Online, the server finds what is not cached: a question, marked online, opened in the community.
        test::HttpClient asker = test::HttpClient::signedIn(m_server->baseUrl(), u"member"_s);
        const qint64 question = asker
                                    .post(endpoints::AskQuestion.url(),
                                          {{u"title"_s, u"蝾螈的线程模型是什么？"_s}, {u"body"_s, u"想了解蝾螈。"_s}})
                                    .json[u"question"_s][u"id"_s]
                                    .toInteger();
        QVERIFY(question > 0);
        m_window->openSearch();
        typeWithInputMethod(popup->input(), u"蝾螈"_s);
        QTRY_VERIFY(!popup->isAskingServer() && results->firstHitRow() >= 0);
        const int found = results->firstHitRow();
        QCOMPARE(results->index(found - 1).data(models::SearchResultModel::GroupRole).toInt(),
                 int(models::SearchResultModel::Group::Community));
        QCOMPARE(results->index(found).data(models::SearchResultModel::IdRole).toLongLong(), question);
        QVERIFY(results->index(found).data(models::SearchResultModel::OnlineRole).toBool());
        save(*popup, u"search_popup_online.png"_s);
        QTest::keyClick(popup->input(), Qt::Key_Return);
        QTRY_COMPARE(m_window->currentPanel(), ui::MainWindow::CommunityPage);
        QTRY_VERIFY(m_window->communityPanel()->questionBody()->toPlainText().contains(u"想了解蝾螈"_s));
        QApplication::setActiveWindow(m_window.get());
        // A member found by name, in a group of their own; Enter opens a conversation with them.
        m_window->openSearch();
        QTest::keyClicks(popup->input(), u"Pat"_s);
        const auto memberRow = [results] {
            for (int row = 0; row < results->rowCount(); ++row) {
                if (results->index(row).data(models::SearchResultModel::KindRole).toInt() ==
                        int(models::SearchHit::Kind::Member) &&
                    !results->index(row).data(models::SearchResultModel::HeadingRole).toBool()) {
                    return row;
                }
            }
            return -1;
        };
        QTRY_VERIFY(!popup->isAskingServer() && memberRow() >= 0);
        QCOMPARE(results->index(memberRow() - 1).data(models::SearchResultModel::GroupRole).toInt(),
                 int(models::SearchResultModel::Group::Members));
        QCOMPARE(results->index(memberRow()).data(models::SearchResultModel::TitleRole).toString(), u"Pat Premium"_s);
        popup->results()->setCurrentIndex(results->index(memberRow()));
        save(*popup, u"search_popup_members.png"_s);
        QTest::keyClick(popup->input(), Qt::Key_Return);
        QTRY_COMPARE(m_window->currentPanel(), ui::MainWindow::ChatPage);
        QApplication::setActiveWindow(m_window.get());

        // Hidden by a moderator, it is found no more (and leaves the community's list as it was).
        test::HttpClient reporter = test::HttpClient::signedIn(m_server->baseUrl(), u"premium"_s);
        const qint64 report = reporter
                                  .post(endpoints::ReportContent.url(),
                                        {{u"kind"_s, u"question"_s}, {u"id"_s, question}, {u"reason"_s, u"Test"_s}})
                                  .json[u"report"_s][u"id"_s]
                                  .toInteger();
        test::HttpClient moderator = test::HttpClient::signedIn(m_server->baseUrl(), u"admin"_s);
        QCOMPARE(
            moderator.post(endpoints::ResolveReport.url(report), {{u"action"_s, u"hide"_s}, {u"reason"_s, u"Test"_s}})
                .status,
            200);
        m_window->openSearch();
        typeWithInputMethod(popup->input(), u"蝾螈"_s);
        QTRY_VERIFY(!popup->isAskingServer() && popup->input()->text() == u"蝾螈"_s);
        QTRY_COMPARE(results->firstHitRow(), -1);
        QTest::keyClick(popup->input(), Qt::Key_Escape);
        QApplication::setActiveWindow(m_window.get());

        // Only punctuation: nothing to search, and the box says so without asking the cache for everything.
        m_window->openSearch();
        QTest::keyClicks(popup->input(), u":: ,,"_s);
        QTRY_COMPARE(results->rowCount(), 0);
        QTest::keyClick(popup->input(), Qt::Key_Escape);
        QTRY_VERIFY(!popup->isVisible());
        m_window->showPanel(ui::MainWindow::FeedPage);
    }

    void courses_libraryCoursePageVideoQuizAndHomework()
    {
        using models::CourseListModel;
        using models::SyllabusModel;
        m_window->showPanel(ui::MainWindow::CoursesPage);
        ui::CoursesPanel *panel = m_window->coursesPanel();
        // The first course gets a cover picture (its author sets it; members see it on the tile).
        QImage cover(640, 300, QImage::Format_RGB32);
        cover.fill(QColor(0xff8800));
        QByteArray coverPng;
        QBuffer coverBuffer(&coverPng);
        QVERIFY(coverBuffer.open(QIODevice::WriteOnly) && cover.save(&coverBuffer, "PNG"));
        test::HttpClient author = test::HttpClient::signedIn(m_server->baseUrl(), u"author"_s);
        const qint64 coveredId = author.get(endpoints::ListCourses.url()).json[u"courses"_s][0][u"id"_s].toInteger();
        QCOMPARE(author.send("PUT", endpoints::SetCourseCover.url(coveredId), coverPng, "image/png").status, 204);
        QSignalSpy loaded(m_courses.get(), &app::CourseService::catalogueLoaded);
        m_courses->refresh();
        QVERIFY(loaded.wait());
        QTRY_COMPARE(panel->library()->model()->rowCount(), 3);
        QListView *library = panel->library();
        QModelIndex coveredTile;
        for (int row = 0; row < library->model()->rowCount(); ++row) {
            if (library->model()->index(row, 0).data(models::CourseListModel::IdRole).toLongLong() == coveredId) {
                coveredTile = library->model()->index(row, 0);
            }
        }
        QVERIFY(coveredTile.data(models::CourseListModel::HasCoverRole).toBool());
        library->doItemsLayout();
        QTRY_COMPARE(library->viewport()->grab().toImage().pixelColor(library->visualRect(coveredTile).topLeft() +
                                                                      QPoint(60, 40)),
                     QColor(0xff8800));
        // Filters and search narrow the grid.
        panel->filterBox()->setCurrentIndex(panel->filterBox()->findData(int(models::CourseFilterModel::Filter::Free)));
        QCOMPARE(panel->library()->model()->rowCount(), 1);
        panel->filterBox()->setCurrentIndex(0);
        panel->searchBox()->setText(u"系统"_s);
        QCOMPARE(panel->library()->model()->rowCount(), 1);
        panel->searchBox()->clear();
        panel->library()->doItemsLayout(); // the grid lays out lazily; the screenshot wants it now
        save(u"mainwindow_courses.png"_s);

        // Open the member course: syllabus, enroll, then a text lesson with homework.
        const QModelIndex first = panel->library()->model()->index(0, 0);
        QSignalSpy opened(m_courses.get(), &app::CourseService::courseOpened);
        panel->library()->clicked(first);
        QVERIFY(opened.wait());
        ui::CoursePage *page = panel->coursePage();
        QTRY_COMPARE(m_syllabus->rowCount(), 7);
        QVERIFY(page->enrollButton()->isVisible());
        QTest::mouseClick(page->enrollButton(), Qt::LeftButton);
        QTRY_VERIFY(!page->enrollButton()->isVisible());
        QVERIFY(page->downloadButton()->isVisible());
        QVERIFY(page->downloadButton()->text().contains(u"kB"_s) || page->downloadButton()->text().contains(u"KB"_s));

        QSignalSpy lesson(m_courses.get(), &app::CourseService::lessonOpened);
        page->openLesson(m_syllabus->index(2).data(SyllabusModel::LessonIdRole).toLongLong());
        QVERIFY(lesson.wait());
        ui::LessonView *view = page->lessonView();
        QTRY_VERIFY(view->homework()->isVisible());
        QVERIFY(view->body()->toPlainText().contains(u"RAII"_s));
        QTest::mouseClick(view->doneButton(), Qt::LeftButton);
        QTRY_VERIFY(m_syllabus->index(2).data(SyllabusModel::DoneRole).toBool());
        save(u"mainwindow_course_lesson.png"_s);

        // The video lesson plays the real demo video, offscreen.
        page->openLesson(m_syllabus->index(1).data(SyllabusModel::LessonIdRole).toLongLong());
        QTRY_VERIFY(view->player()->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(view->player()->player()->duration() > 0, 15000);
        view->player()->player()->play();
        QTRY_VERIFY_WITH_TIMEOUT(view->player()->player()->position() > 0, 15000);
        save(u"mainwindow_course_video.png"_s);
        view->player()->player()->pause();

        // The quiz: answer, check, see the verdict.
        page->openLesson(m_syllabus->index(3).data(SyllabusModel::LessonIdRole).toLongLong());
        QTRY_VERIFY(view->quiz()->isVisible());
        QTRY_VERIFY(!view->quiz()->options(2).isEmpty());
        QVERIFY(!view->quiz()->submitButton()->isEnabled()); // every question needs an answer first
        view->quiz()->options(0).at(1)->setChecked(true);
        view->quiz()->options(1).at(0)->setChecked(true);
        view->quiz()->options(1).at(2)->setChecked(true);
        view->quiz()->options(2).at(1)->setChecked(true);
        QTest::mouseClick(view->quiz()->submitButton(), Qt::LeftButton);
        QTRY_VERIFY(view->quiz()->summary().startsWith(u"Passed"_s));
        save(u"mainwindow_course_quiz.png"_s);

        // The search box finds the lessons of the course just opened; Enter opens the lesson in it.
        const qint64 quizLesson = m_syllabus->index(3).data(SyllabusModel::LessonIdRole).toLongLong();
        const QString quizTitle = m_syllabus->index(3).data(SyllabusModel::TitleRole).toString();
        m_window->showPanel(ui::MainWindow::FeedPage);
        m_window->openSearch();
        ui::SearchPopup *popup = m_window->searchPopup();
        popup->input()->clear();
        QTest::keyClicks(popup->input(), quizTitle.section(u' ', 0, 1));
        models::SearchResultModel *results = popup->model();
        int lessonRow = -1;
        QTRY_VERIFY([&] {
            for (int row = 0; row < results->rowCount(); ++row) {
                if (results->index(row).data(models::SearchResultModel::KindRole).toInt() ==
                        int(models::SearchHit::Kind::Lesson) &&
                    results->index(row).data(models::SearchResultModel::IdRole).toLongLong() == quizLesson) {
                    lessonRow = row;
                }
            }
            return lessonRow >= 0;
        }());
        popup->results()->setCurrentIndex(results->index(lessonRow));
        QTest::keyClick(popup->input(), Qt::Key_Return);
        QTRY_COMPARE(m_window->currentPanel(), ui::MainWindow::CoursesPage);
        QTRY_COMPARE(view->lessonId(), quizLesson);
        m_window->showPanel(ui::MainWindow::FeedPage);
    }

    void membership_checkInRedeemAndCheckout()
    {
        m_window->showPanel(ui::MainWindow::MembershipPage);
        ui::MembershipPanel *panel = m_window->membershipPanel();
        QTRY_VERIFY(panel->tierLabel()->text().contains(u"Member"_s));
        QTRY_VERIFY(panel->checkInButton()->isEnabled());
        QTest::mouseClick(panel->checkInButton(), Qt::LeftButton);
        QTRY_VERIFY(!panel->checkInButton()->isEnabled());
        QTRY_VERIFY(panel->standingLabel()->text().contains(u"Streak: 1 day"_s));
        QVERIFY(panel->noticeLabel()->text().startsWith(u"Checked in"_s));
        // The points history shows what earned them.
        QTRY_VERIFY(panel->pointsHistory()->model()->rowCount() > 0 &&
                    panel->pointsHistory()->model()->index(0, 0).data().toString().contains(u"check-in"_s));

        // A wrong code is refused with the server's reason; the tier stays.
        panel->codeEdit()->setText(u"NOPE-NOPE-NOPE-NOPE"_s);
        QTest::mouseClick(panel->redeemButton(), Qt::LeftButton);
        QTRY_VERIFY(!panel->noticeLabel()->text().startsWith(u"Checked in"_s));
        QVERIFY(panel->tierLabel()->text().contains(u"Member"_s));

        // Checkout with the demo provider: the page (opened in a browser in real use) completes it.
        QSignalSpy ready(m_account.get(), &app::AccountService::checkoutReady);
        m_account->checkout(protocol::Tier::Premium, u"month"_s);
        QVERIFY(ready.wait());
        const QUrl page = ready.first().at(0).toUrl();
        QCOMPARE(page.host(), m_server->baseUrl().host());
        test::HttpClient browser(m_server->baseUrl());
        QCOMPARE(browser.get(page.path()).status, 200);
        m_account->refresh();
        QTRY_VERIFY(panel->tierLabel()->text().contains(u"Premium"_s));
        save(u"mainwindow_membership.png"_s);
        m_window->showPanel(ui::MainWindow::FeedPage);
    }

    void courses_buyingACourseSoldOnItsOwn()
    {
        m_window->showPanel(ui::MainWindow::CoursesPage);
        ui::CoursesPanel *panel = m_window->coursesPanel();
        QAbstractItemModel *library = panel->library()->model();
        QTRY_COMPARE(library->rowCount(), 3);
        QModelIndex sold;
        for (int row = 0; row < library->rowCount(); ++row) {
            if (library->index(row, 0).data(models::CourseListModel::PriceCentsRole).toLongLong() > 0) {
                sold = library->index(row, 0);
            }
        }
        QVERIFY(sold.isValid());
        QSignalSpy opened(m_courses.get(), &app::CourseService::courseOpened);
        panel->library()->clicked(sold);
        QVERIFY(opened.wait());
        ui::CoursePage *page = panel->coursePage();
        QTRY_VERIFY(page->buyButton()->isVisible());
        QVERIFY(page->buyButton()->text().contains(u"199"_s));
        QVERIFY(!page->enrollButton()->isVisible());

        // Buying opens the provider's page in the browser; paying there opens the course here.
        QSignalSpy browse(panel, &ui::CoursesPanel::openUrlRequested);
        QTest::mouseClick(page->buyButton(), Qt::LeftButton);
        QVERIFY(browse.wait());
        QVERIFY(!page->buyButton()->isEnabled());
        const QUrl checkout = browse.first().at(0).toUrl();
        QCOMPARE(checkout.host(), m_server->baseUrl().host());
        test::HttpClient browser(m_server->baseUrl());
        QCOMPARE(browser.get(checkout.path()).status, 200);
        m_courses->openCourse(page->courseId()); // what coming back to the window does
        QTRY_VERIFY(!page->buyButton()->isVisible());
        QVERIFY(page->enrollButton()->isVisible());
        m_window->showPanel(ui::MainWindow::FeedPage);
    }

    void community_askAnswerRsvpAndFeedback()
    {
        test::HttpClient author(m_server->baseUrl());
        author.login(u"author"_s);
        QCOMPARE(author
                     .post(endpoints::CreateEvent.url(),
                           {{u"title"_s, u"Live: 答疑 with 李老师"_s},
                            {u"startsAt"_s, QDateTime::currentDateTimeUtc().addDays(2).toString(Qt::ISODate)},
                            {u"timezone"_s, u"Asia/Shanghai"_s},
                            {u"capacity"_s, 2},
                            {u"joinUrl"_s, u"https://meet.example.org/live"_s},
                            {u"requiredTier"_s, u"member"_s}})
                     .status,
                 201);
        // Above whatever the member holds: listed, locked, and saying what it takes.
        QCOMPARE(author
                     .post(endpoints::AskQuestion.url(), {{u"title"_s, u"Premium: our roadmap, asked"_s},
                                                          {u"body"_s, u"Only for premium eyes."_s},
                                                          {u"requiredTier"_s, u"premium"_s}})
                     .status,
                 201);
        test::HttpClient admin(m_server->baseUrl());
        admin.login(u"admin"_s);
        qint64 memberId = 0;
        for (const QJsonValue &m :
             admin.get(endpoints::ListMembers.url() + u"?q=member"_s).json[u"members"_s].toArray()) {
            memberId = m[u"username"_s] == u"member"_s ? m[u"id"_s].toInteger() : memberId;
        }
        QCOMPARE(admin.post(endpoints::SetMemberTier.url(memberId), {{u"tier"_s, u"member"_s}, {u"days"_s, 30}}).status,
                 200);
        m_window->showPanel(ui::MainWindow::CommunityPage);
        ui::CommunityPanel *panel = m_window->communityPanel();
        panel->ask(u"How do I profile a Qt app?"_s, u"```\nperf record ./app\n```"_s, u"author"_s, 0);
        QTRY_VERIFY(panel->noticeLabel()->text().startsWith(u"Question posted"_s));
        QTRY_VERIFY(panel->questionBody()->toPlainText().contains(u"perf record"_s));
        QAbstractItemModel *questions = panel->questionList()->model();
        QTRY_COMPARE(questions->rowCount(), 2);
        // The locked one: its title and what it takes, never its text.
        const QString locked = questions->index(1, 0).data().toString();
        QVERIFY(locked.startsWith(u"🔒"_s));
        QVERIFY(locked.contains(u"for Premium members"_s));
        panel->questionList()->setCurrentIndex(questions->index(1, 0));
        QTRY_VERIFY(panel->questionBody()->toPlainText().contains(u"Upgrade"_s));
        QVERIFY(!panel->questionBody()->toPlainText().contains(u"premium eyes"_s));
        save(u"mainwindow_community_locked.png"_s);
        panel->questionList()->setCurrentIndex(questions->index(0, 0));
        QTRY_VERIFY(panel->questionBody()->toPlainText().contains(u"perf record"_s));
        // The answer box takes pictures too (as the lesson form and the composer do).
        QVERIFY(panel->answerPictureButton()->isVisible());
        QVERIFY(panel->answerPictureButton()->isEnabled());
        panel->answerEditor()->setPlainText(u"Try heaptrack for memory."_s);
        QTest::mouseClick(panel->answerButton(), Qt::LeftButton);
        QTRY_COMPARE(panel->answerList()->model()->rowCount(), 1);
        // Shown at once as on its way, then as the server's answer in its place (with a score).
        QTRY_VERIFY(panel->answerList()->model()->index(0, 0).data().toString().contains(u"score"_s));
        QCOMPARE(panel->answerList()->model()->rowCount(), 1);
        // The asker cannot accept their own answer: the server's reason is shown.
        panel->answerList()->setCurrentIndex(panel->answerList()->model()->index(0, 0));
        QTest::mouseClick(panel->acceptButton(), Qt::LeftButton);
        QTRY_VERIFY(panel->noticeLabel()->text().contains(u"own answer"_s));
        save(u"mainwindow_community.png"_s);

        panel->tabs()->setCurrentIndex(1);
        QAbstractItemModel *events = panel->eventList()->model();
        QTRY_COMPARE(events->rowCount(), 1);
        panel->eventList()->setCurrentIndex(events->index(0, 0));
        QTest::mouseClick(panel->rsvpButton(), Qt::LeftButton);
        QTRY_VERIFY(events->index(0, 0).data().toString().contains(u"you are going"_s));
        QVERIFY(events->index(0, 0).data().toString().contains(u"1 of 2 seats"_s));
        save(u"mainwindow_events.png"_s);
        // Past events, apart: nothing to RSVP to or join any more.
        QCOMPARE(test::HttpClient::signedIn(m_server->baseUrl(), u"author"_s)
                     .post(endpoints::CreateEvent.url(),
                           {{u"title"_s, u"Last week's session"_s},
                            {u"startsAt"_s, QDateTime::currentDateTimeUtc().addDays(-7).toString(Qt::ISODate)},
                            {u"timezone"_s, u"Asia/Shanghai"_s},
                            {u"capacity"_s, 5},
                            {u"joinUrl"_s, u"https://meet.example.org/held"_s}})
                     .status,
                 201);
        panel->eventRangeBox()->setCurrentIndex(1);
        QTRY_COMPARE(events->rowCount(), 1);
        QVERIFY(events->index(0, 0).data().toString().contains(u"Last week's session"_s));
        QVERIFY(events->index(0, 0).data().toString().contains(u"0 went"_s)); // who came, not seats left
        panel->eventList()->setCurrentIndex(events->index(0, 0));
        QVERIFY(!panel->rsvpButton()->isEnabled());
        save(u"mainwindow_events_past.png"_s);
        panel->eventRangeBox()->setCurrentIndex(0);
        QTRY_COMPARE(events->rowCount(), 1);
        // Found by the search box, a held event opens among the past ones, chosen.
        m_window->showPanel(ui::MainWindow::FeedPage);
        m_window->openSearch();
        ui::SearchPopup *popup = m_window->searchPopup();
        popup->input()->clear();
        QTest::keyClicks(popup->input(), u"\"Last week's session\""_s);
        QTRY_VERIFY(!popup->isAskingServer() && popup->model()->firstHitRow() >= 0 &&
                    popup->model()->index(popup->model()->firstHitRow()).data(models::SearchResultModel::KindRole) ==
                        int(models::SearchHit::Kind::Event));
        QTest::keyClick(popup->input(), Qt::Key_Return);
        QTRY_COMPARE(m_window->currentPanel(), ui::MainWindow::CommunityPage);
        QTRY_COMPARE(panel->eventRangeBox()->currentIndex(), 1);
        QTRY_VERIFY(panel->eventList()->currentIndex().data().toString().contains(u"Last week's session"_s));
        QCOMPARE(panel->tabs()->currentIndex(), 1);
        QApplication::setActiveWindow(m_window.get());
        save(u"mainwindow_event_from_search.png"_s);
        panel->eventRangeBox()->setCurrentIndex(0);
        QTRY_COMPARE(events->rowCount(), 1);

        // An event the member is going to, starting in ten minutes: a reminder, once.
        const qint64 soon =
            author
                .post(endpoints::CreateEvent.url(),
                      {{u"title"_s, u"Office hours"_s},
                       {u"startsAt"_s, QDateTime::currentDateTimeUtc().addSecs(600).toString(Qt::ISODate)},
                       {u"timezone"_s, u"UTC"_s},
                       {u"capacity"_s, 10},
                       {u"joinUrl"_s, u"https://meet.example.org/office"_s},
                       {u"requiredTier"_s, u"member"_s}})
                .json[u"event"_s][u"id"_s]
                .toInteger();
        test::HttpClient me(m_server->baseUrl());
        me.login(u"member"_s);
        QCOMPARE(me.post(endpoints::Rsvp.url(soon), {{u"going"_s, true}}).status, 200);
        QSignalSpy reminded(m_community.get(), &app::CommunityService::eventStartingSoon);
        m_community->loadEvents();
        QVERIFY(reminded.wait());
        QCOMPARE(reminded.first().at(0).value<protocol::engagement::Event>().id, soon);
        QSignalSpy reloaded(m_community.get(), &app::CommunityService::eventsLoaded);
        m_community->loadEvents();
        QVERIFY(reloaded.wait()); // reminders are scheduled before this signal: none again for this event
        QCoreApplication::processEvents();
        QCOMPARE(reminded.size(), 1);
        m_window->showPanel(ui::MainWindow::FeedPage);
    }

    void admin_membersTiersAndHomeworkReview()
    {
        QVERIFY(!m_window->adminVisible()); // a member does not run the community

        // The panel as an admin has it (its own signed-in client).
        const std::unique_ptr<AdminWindow> signedIn = openAdminPanel(QSize(1000, 700));
        QVERIFY(signedIn);
        app::AdminService &admin = signedIn->service;
        ui::AdminPanel &panel = signedIn->panel;
        QAbstractItemModel *members = panel.memberTable()->model();
        QTRY_VERIFY(members->rowCount() >= 5);
        panel.searchBox()->setText(u"free"_s);
        QTRY_COMPARE(members->rowCount(), 1);
        QCOMPARE(members->headerData(0, Qt::Horizontal).toString(), u"Username"_s);
        panel.memberTable()->selectRow(0);
        QSignalSpy notice(&admin, &app::AdminService::notice);
        admin.setTier(members->index(0, 0).data(ui::MemberTableModel::IdRole).toLongLong(), protocol::Tier::Member, 30);
        QVERIFY(notice.wait());
        QVERIFY(notice.last().at(1).toBool());
        QTRY_VERIFY(members->index(0, ui::MemberTableModel::TierColumn).data().toString().startsWith(u"Member"_s));
        // Banning from the panel: the status says so, the log has it, and the ban can be lifted.
        QVERIFY(panel.banButton()->isEnabled());
        QVERIFY(!panel.unbanButton()->isEnabled());
        panel.banSelected(3, u"Spam links"_s);
        QTRY_VERIFY(
            members->index(0, ui::MemberTableModel::StatusColumn).data().toString().startsWith(u"banned until"_s));
        QCOMPARE(members->index(0, ui::MemberTableModel::StatusColumn).data(Qt::ToolTipRole).toString(),
                 u"Spam links"_s);
        panel.memberTable()->selectRow(0);
        QTRY_VERIFY(panel.unbanButton()->isEnabled());
        QVERIFY(!panel.banButton()->isEnabled());
        QTRY_VERIFY(panel.auditList()->model()->rowCount() >= 1);
        QVERIFY(panel.auditList()->model()->index(0, 0).data().toString().contains(u"admin banned free"_s));
        QTest::mouseClick(panel.unbanButton(), Qt::LeftButton);
        QTRY_VERIFY(members->index(0, ui::MemberTableModel::StatusColumn).data().toString().isEmpty());
        QTRY_VERIFY(
            panel.auditList()->model()->index(0, 0).data().toString().contains(u"admin lifted the ban of free"_s));
        save(panel, u"adminpanel_members.png"_s);
        panel.findChild<QTabWidget *>()->setCurrentIndex(3);
        save(panel, u"adminpanel_audit.png"_s);
        panel.findChild<QTabWidget *>()->setCurrentIndex(0);

        // Channels: made here, listed, renamed, archived; each step in the log.
        ui::ChannelsPage *channels = panel.channelsPage();
        panel.findChild<QTabWidget *>()->setCurrentIndex(4);
        QAbstractItemModel *channelRows = channels->channelList()->model();
        QTRY_VERIFY(channelRows->rowCount() >= 1); // the demo's
        const int before = channelRows->rowCount();
        channels->channelList()->setCurrentIndex({});
        channels->nameEdit()->setText(u"求职"_s);
        channels->topicEdit()->setText(u"Jobs and interviews"_s);
        channels->tierBox()->setCurrentIndex(1); // members
        QTest::mouseClick(channels->createButton(), Qt::LeftButton);
        QTRY_COMPARE(channelRows->rowCount(), before + 1);
        int made = -1;
        for (int row = 0; row < channelRows->rowCount(); ++row) {
            made = channelRows->index(row, 0).data().toString().startsWith(u"#求职"_s) ? row : made;
        }
        QVERIFY(made >= 0);
        QVERIFY(channelRows->index(made, 0).data().toString().contains(u"for Member members"_s));
        channels->channelList()->setCurrentIndex(channelRows->index(made, 0));
        QCOMPARE(channels->nameEdit()->text(), u"求职"_s);
        save(panel, u"adminpanel_channels.png"_s);
        channels->nameEdit()->setText(u"jobs"_s);
        QTest::mouseClick(channels->saveButton(), Qt::LeftButton);
        QTRY_VERIFY(panel.noticeLabel()->text().contains(u"#jobs saved"_s));
        QTest::mouseClick(channels->archiveButton(), Qt::LeftButton);
        QTRY_COMPARE(channelRows->rowCount(), before);
        QTRY_VERIFY(
            panel.auditList()->model()->index(0, 0).data().toString().contains(u"archived the channel #jobs"_s));
        panel.findChild<QTabWidget *>()->setCurrentIndex(0);

        QSignalSpy csv(&admin, &app::AdminService::csvReady);
        admin.exportCsv();
        QVERIFY(csv.wait());
        QVERIFY(csv.last().at(0).toByteArray().startsWith("id,username,"));

        // Homework waiting for review comes to the author's (and admin's) queue, and a verdict goes back.
        test::HttpClient member(m_server->baseUrl());
        member.login(u"member"_s);
        qint64 homeworkLesson = 0;
        const QJsonArray courses = member.get(endpoints::ListCourses.url()).json[u"courses"_s].toArray();
        const QJsonObject course =
            member.get(endpoints::GetCourse.url(courses[0][u"id"_s].toInteger())).json[u"course"_s].toObject();
        for (const QJsonValue &sec : course[u"sections"_s].toArray()) {
            for (const QJsonValue &l : sec[u"lessons"_s].toArray()) {
                homeworkLesson =
                    homeworkLesson ? homeworkLesson : (l[u"hasHomework"_s].toBool() ? l[u"id"_s].toInteger() : 0);
            }
        }
        QVERIFY(homeworkLesson > 0);
        member.post(endpoints::SubmitHomework.url(homeworkLesson), {{u"body"_s, u"std::unique_ptr everywhere"_s}});
        admin.loadHomework();
        QTRY_VERIFY(panel.homeworkList()->model()->rowCount() >= 1);
        panel.findChild<QTabWidget *>()->setCurrentIndex(2);
        panel.homeworkList()->setCurrentIndex(panel.homeworkList()->model()->index(0, 0));
        QTest::mouseClick(panel.passButton(), Qt::LeftButton);
        QTRY_VERIFY2(panel.noticeLabel()->text().startsWith(u"Review sent"_s), qPrintable(panel.noticeLabel()->text()));
        QDir().mkpath(QStringLiteral(GUILD_ARTIFACT_DIR));
        QVERIFY(panel.grab().save(QStringLiteral(GUILD_ARTIFACT_DIR) + u"/adminpanel.png"_s));

        // The member's bell: the review opens the very lesson the homework was for, in its course.
        QSignalSpy notes(m_courses.get(), &app::CourseService::notificationsLoaded);
        m_courses->fetchNotifications();
        QVERIFY(notes.wait());
        const auto list = notes.last().at(0).value<QList<protocol::course::Notification>>();
        QVERIFY(!list.isEmpty());
        const protocol::course::Notification review = list.first();
        QCOMPARE(review.kind, u"homework.passed"_s);
        QCOMPARE(review.target.id, homeworkLesson);
        m_window->showPanel(ui::MainWindow::FeedPage);
        Q_EMIT m_window->notificationCentre()->opened(review);
        QCOMPARE(m_window->currentPanel(), ui::MainWindow::CoursesPage);
        QTRY_COMPARE(m_window->coursesPanel()->coursePage()->courseId(), course[u"id"_s].toInteger());
        QTRY_COMPARE(m_window->coursesPanel()->coursePage()->lessonView()->lessonId(), homeworkLesson);
        m_window->showPanel(ui::MainWindow::FeedPage);
    }

    void certificate_isWrittenAsPdf()
    {
        protocol::course::Certificate certificate{u"0123456789ABCDEF0123456789ABCDEF"_s, u"Mei Member"_s,
                                                  u"系统设计入门"_s, 2, QDateTime::currentDateTimeUtc()};
        const QString path = m_dir.filePath(u"certificate.pdf"_s);
        QVERIFY(ui::writeCertificatePdf(path, certificate, u"https://guild.example/api/v1/certificates/0123"_s));
        QFile pdf(path);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        const QByteArray bytes = pdf.readAll();
        QVERIFY(bytes.startsWith("%PDF-"));
        QVERIFY(bytes.size() > 2000); // text and fonts, not an empty page
        QVERIFY(!ui::writeCertificatePdf(u"/nonexistent-dir/x.pdf"_s, certificate, {}));
    }

    void language_switchesToChinese_andBack()
    {
        auto *sidebar = m_window->findChild<QListWidget *>();
        QVERIFY(sidebar);
        QCOMPARE(sidebar->item(0)->text(), u"Feed"_s);
        m_window->notify(u"Your answer was sent."_s);
        QCOMPARE(m_window->noticeText(), u"Your answer was sent."_s);
        ui::Translations::apply(u"zh_CN"_s);
        QTRY_VERIFY(sidebar->item(0)->text() != u"Feed"_s);
        // A notice in the old language does not stay on in the new one.
        QCOMPARE(m_window->noticeText(), QString());
        QCOMPARE(sidebar->item(1)->text(), u"课程"_s);
        QCOMPARE(ui::Translations::current(), u"zh_CN"_s);
        save(u"mainwindow_zh_CN.png"_s);
        ui::Translations::apply(u"en"_s);
        QTRY_COMPARE(sidebar->item(0)->text(), u"Feed"_s);
    }

    void loginDialog_showsErrorThenSignsIn()
    {
        app::ApiClient api;
        app::MemorySecretStore secrets;
        app::Session session(api, secrets);
        ui::LoginDialog dialog(session, m_server->baseUrl(), u"author"_s);
        dialog.show();
        save(dialog, u"signin.png"_s);
        QLineEdit *password = dialog.passwordEdit();
        QCOMPARE(password->echoMode(), QLineEdit::Password);
        QPushButton *signIn = dialog.submitButton();
        QCOMPARE(signIn->text(), u"Sign in"_s);

        password->setText(u"wrong-password"_s);
        QSignalSpy failed(&session, &app::Session::signInFailed);
        signIn->click();
        QVERIFY(failed.wait(15000));
        bool errorShown = false;
        for (QLabel *label : dialog.findChildren<QLabel *>()) {
            errorShown = errorShown || (label->isVisible() && label->text() == u"Wrong username or password."_s);
        }
        QVERIFY(errorShown);
        QVERIFY(signIn->isEnabled());

        password->setText(u"guild-demo"_s);
        QSignalSpy finished(&dialog, &QDialog::finished);
        signIn->click();
        QVERIFY(finished.wait(15000));
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(session.user().username, u"author"_s);
    }

    void accountPage_nameDevicesAndPassword()
    {
        test::HttpClient anon(m_server->baseUrl());
        QCOMPARE(anon.post(endpoints::Register.url(), {{u"username"_s, u"settings_user"_s},
                                                       {u"email"_s, u"settings@example.org"_s},
                                                       {u"password"_s, u"settings-pw-1"_s}})
                     .status,
                 201);
        test::HttpClient otherDevice(m_server->baseUrl());
        QCOMPARE(otherDevice.login(u"settings_user"_s, u"settings-pw-1"_s).status, 200);
        app::ApiClient api;
        app::MemorySecretStore secrets;
        app::Session session(api, secrets);
        QSignalSpy signedIn(&session, &app::Session::signedIn);
        session.signIn(m_server->baseUrl(), u"settings_user"_s, u"settings-pw-1"_s);
        QVERIFY(signedIn.wait(15000));
        app::ProfileService profile(api);
        ui::AccountPage page(profile, session.user().displayName);
        page.resize(560, 560);
        page.show();
        QAbstractItemModel *devices = page.deviceList()->model();
        QTRY_COMPARE(devices->rowCount(), 2);
        QVERIFY(devices->index(0, 0).data().toString().startsWith(u"This device"_s) ||
                devices->index(1, 0).data().toString().startsWith(u"This device"_s));

        page.displayNameEdit()->setText(u"设置测试"_s);
        QTest::mouseClick(page.saveNameButton(), Qt::LeftButton);
        QTRY_COMPARE(page.noticeLabel()->text(), u"Your name is now 设置测试."_s);

        // Wrong current password: the server's reason, and still signed in here and there.
        QVERIFY(!page.changePasswordButton()->isEnabled());
        page.currentPasswordEdit()->setText(u"not-it"_s);
        page.newPasswordEdit()->setText(u"settings-pw-2"_s);
        page.repeatPasswordEdit()->setText(u"settings-pw-2"_s);
        QVERIFY(page.changePasswordButton()->isEnabled());
        QTest::mouseClick(page.changePasswordButton(), Qt::LeftButton);
        QTRY_COMPARE(page.noticeLabel()->text(), u"The current password is not right."_s);
        QCOMPARE(otherDevice.get(endpoints::Me.url()).status, 200);
        page.currentPasswordEdit()->setText(u"settings-pw-1"_s);
        QTest::mouseClick(page.changePasswordButton(), Qt::LeftButton);
        QTRY_VERIFY(page.noticeLabel()->text().startsWith(u"Password changed"_s));
        QVERIFY(page.currentPasswordEdit()->text().isEmpty());
        QTRY_COMPARE(devices->rowCount(), 1); // the other device was signed out
        QCOMPARE(otherDevice.get(endpoints::Me.url()).status, 401);
        save(page, u"settings_account.png"_s);
        ui::SettingsDialog settings(u"en"_s, QString(), nullptr, &profile, session.user().displayName);
        settings.resize(600, 640);
        settings.show();
        save(settings, u"settings_general.png"_s);

        QSignalSpy everywhere(&profile, &app::ProfileService::signedOutEverywhere);
        QTest::mouseClick(page.everywhereButton(), Qt::LeftButton);
        QVERIFY(everywhere.wait(15000));
    }

    void signUp_showsTheRulesAsTyped_thenGoesStraightIn()
    {
        app::ApiClient api;
        app::MemorySecretStore secrets;
        app::Session session(api, secrets);
        ui::LoginDialog dialog(session, m_server->baseUrl(), QString());
        dialog.resize(520, 440);
        dialog.show();
        QTest::mouseClick(dialog.switchButton(), Qt::LeftButton);
        QCOMPARE(dialog.mode(), ui::LoginDialog::Mode::SignUp);
        ui::SignUpForm *form = dialog.signUpForm();
        QVERIFY(!dialog.submitButton()->isEnabled()); // nothing typed yet

        // Each rule is met in turn; the button waits for all of them.
        QTest::keyClicks(form->usernameEdit(), u"New_Member"_s);
        form->displayNameEdit()->setText(u"新成员"_s); // keyClicks types ASCII only
        QTest::keyClicks(form->emailEdit(), u"newbie@example.org"_s);
        QTest::keyClicks(form->passwordEdit(), u"short"_s);
        QVERIFY(!dialog.submitButton()->isEnabled());
        QTest::keyClicks(form->passwordEdit(), u"-but-long-now"_s);
        QTest::keyClicks(form->repeatEdit(), u"short-but-long-no"_s);
        QVERIFY(!dialog.submitButton()->isEnabled()); // not the same twice
        QTest::keyClicks(form->repeatEdit(), u"w"_s);
        QVERIFY(dialog.submitButton()->isEnabled());
        save(dialog, u"signup.png"_s);

        QSignalSpy finished(&dialog, &QDialog::finished);
        QTest::mouseClick(dialog.submitButton(), Qt::LeftButton);
        QVERIFY(finished.wait(15000));
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(session.user().username, u"new_member"_s);
        QCOMPARE(session.user().displayName, u"新成员"_s);
        QVERIFY(!api.accessToken().isEmpty());

        // The same name again: the server's reason, in place, and the form kept.
        app::Session second(api, secrets);
        ui::LoginDialog again(second, m_server->baseUrl(), QString());
        again.setMode(ui::LoginDialog::Mode::SignUp);
        again.show();
        again.signUpForm()->usernameEdit()->setText(u"new_member"_s);
        again.signUpForm()->emailEdit()->setText(u"other@example.org"_s);
        again.signUpForm()->passwordEdit()->setText(u"long-enough-1"_s);
        again.signUpForm()->repeatEdit()->setText(u"long-enough-1"_s);
        QSignalSpy failed(&second, &app::Session::signInFailed);
        QTest::mouseClick(again.submitButton(), Qt::LeftButton);
        QVERIFY(failed.wait(15000));
        QTRY_VERIFY(again.errorLabel()->isVisible());
        QCOMPARE(again.errorLabel()->text(), u"That username is taken."_s);
        QCOMPARE(again.signUpForm()->usernameEdit()->text(), u"new_member"_s);
        QVERIFY(again.submitButton()->isEnabled());
    }

    void dashboard_myActivityForMembers_communityWithWhatIfForAdmins()
    {
        // A week of use by four members, sent as their clients would.
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const qint64 article = m_model->articleAt(0)->id;
        int n = 0;
        for (const QString &user : {u"member"_s, u"premium"_s, u"free"_s, u"author"_s}) {
            test::HttpClient c = test::HttpClient::signedIn(m_server->baseUrl(), user);
            QJsonArray events;
            for (int day = 6; day >= 0; --day) {
                if ((day + n) % 3 == 2) {
                    continue; // not every day
                }
                const QString at = now.addDays(-day).addSecs(-3600).toString(Qt::ISODateWithMs);
                const int minutes = 10 + 7 * ((day * 3 + n) % 5);
                events.append(QJsonObject{{u"id"_s, u"%1-%2-a"_s.arg(user).arg(day)},
                                          {u"kind"_s, u"active"_s},
                                          {u"at"_s, at},
                                          {u"seconds"_s, minutes * 60}});
                events.append(QJsonObject{{u"id"_s, u"%1-%2-r"_s.arg(user).arg(day)},
                                          {u"kind"_s, u"read"_s},
                                          {u"at"_s, at},
                                          {u"seconds"_s, minutes * 30},
                                          {u"itemType"_s, u"article"_s},
                                          {u"itemId"_s, article}});
                if (day % 2 == 0) {
                    events.append(QJsonObject{{u"id"_s, u"%1-%2-c"_s.arg(user).arg(day)},
                                              {u"kind"_s, u"complete"_s},
                                              {u"at"_s, at},
                                              {u"itemType"_s, u"article"_s},
                                              {u"itemId"_s, article}});
                }
            }
            QCOMPARE(c.post(endpoints::ReportUsage.url(), {{u"events"_s, events}}).status, 200);
            ++n;
        }

        // A member sees their own activity; the community view is for admins.
        m_window->showPanel(ui::MainWindow::DashboardPage);
        ui::DashboardPanel *mine = m_window->dashboardPanel();
        QVERIFY(!mine->tabs()->isTabVisible(0));
        mine->refresh();
        QTRY_VERIFY2(mine->myActivity()->summary().startsWith(u"Last 30 day"_s),
                     qPrintable(mine->myActivity()->summary() + u" | "_s + mine->statusText()));
        QVERIFY(!mine->myActivity()->summary().contains(u": 0 min"_s));
        m_account->refresh(); // the streak and level come with the member's standing
        QTRY_VERIFY(mine->myActivity()->standingText().startsWith(u"Check-in streak: 1 day"_s));
        QTRY_VERIFY(mine->myActivity()->courseList()->model()->rowCount() >= 1); // enrolled earlier
        save(u"mainwindow_myactivity.png"_s);
        m_window->showPanel(ui::MainWindow::FeedPage);

        app::ApiClient adminApi;
        adminApi.setBaseUrl(m_server->baseUrl());
        test::HttpClient login(m_server->baseUrl());
        const QJsonObject tokens = login.login(u"admin"_s).json;
        adminApi.setTokens(tokens[u"accessToken"_s].toString(), tokens[u"refreshToken"_s].toString());
        app::DashboardService service(adminApi, *m_cache);
        ui::DashboardPanel panel(service);
        panel.setAdmin(true);
        panel.resize(1400, 1000);
        const QDate today = now.date();
        panel.setRange(today.addDays(-6), today, u"day"_s);
        QSignalSpy loaded(&service, &app::DashboardService::reportLoaded);
        panel.show();
        QVERIFY(loaded.wait());
        const auto report = loaded.last().at(0).value<protocol::analytics::Report>();
        QCOMPARE(report.periods.size(), 7);
        QVERIFY(report.periods.last().members >= 5);
        QVERIFY(panel.cohortTable()->model()->rowCount() >= 1);
        QCOMPARE(panel.contentTable()->model()->index(0, 0).data().toString(), m_model->articleAt(0)->title);
        QVERIFY(panel.tile(ui::DashboardPanel::ActivityTile)->value() != u"–"_s);
        // The headline figures are the whole week's, against the week before (not today's, which is
        // still filling up): the server sends both ranges as one period each.
        QVERIFY(report.total && report.previousTotal);
        QCOMPARE(report.total->start, today.addDays(-6));
        QCOMPARE(report.total->end, today);
        QCOMPARE(report.previousTotal->start, today.addDays(-13));
        QCOMPARE(report.previousTotal->end, today.addDays(-7));
        double reads = 0;
        for (const auto &p : report.periods) {
            reads += p.reads;
        }
        QCOMPARE(report.total->reads, reads);
        QVERIFY(report.total->reads > report.periods.last().reads); // more than the last day's
        QCOMPARE(panel.tile(ui::DashboardPanel::MrrTile)->value(),
                 ui::moneyText(qint64(report.total->mrrCents), report.currency));
        QVERIFY(panel.tilesCaption().contains(QLocale().toString(today.addDays(-6), QLocale::ShortFormat)));

        // What if only participation counted, twice as much: A follows at once, without the server.
        QVERIFY2(!panel.saveWeightsButton()->isEnabled(),
                 qPrintable(u"%1 %2 %3 vs %4 %5 %6"_s.arg(panel.weights().alpha)
                                .arg(panel.weights().beta)
                                .arg(panel.weights().gamma)
                                .arg(report.weights.alpha)
                                .arg(report.weights.beta)
                                .arg(report.weights.gamma)));
        panel.setWeights({2, 0, 0});
        const protocol::analytics::PeriodFigures &week = *report.total;
        const double participation =
            scoring::computeActivity({week.members, week.hoursPerDay, week.consumingShare, week.quality, 0}, {1, 0, 0})
                .participation;
        QCOMPARE(panel.tile(ui::DashboardPanel::ActivityTile)->value(), QLocale().toString(2 * participation, 'f', 0));
        QVERIFY(panel.saveWeightsButton()->isEnabled());
        QSignalSpy saved(&service, &app::DashboardService::weightsSaved);
        QTest::mouseClick(panel.saveWeightsButton(), Qt::LeftButton);
        QVERIFY(saved.wait());
        QCOMPARE(saved.first().at(0).value<protocol::analytics::Weights>().alpha, 2.0);
        QTRY_VERIFY(!panel.saveWeightsButton()->isEnabled());

        // Export what is shown.
        QSignalSpy exported(&panel, &ui::DashboardPanel::exported);
        const QString csv = m_dir.filePath(u"activity.csv"_s);
        panel.exportCsv(csv);
        QVERIFY(exported.wait());
        QVERIFY(exported.last().at(1).toBool());
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        QVERIFY(lines.first().startsWith("start,end,N,T,p,C,B,P,A"));
        QCOMPARE(lines.size(), 7 + 2); // header, seven days, the empty end
        const QString png = m_dir.filePath(u"dashboard.png"_s);
        panel.exportPng(png);
        QVERIFY(exported.wait());
        QVERIFY(!QImage(png).isNull());
        QDir().mkpath(QStringLiteral(GUILD_ARTIFACT_DIR));
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QVERIFY(panel.grab().save(QStringLiteral(GUILD_ARTIFACT_DIR) + u"/dashboard.png"_s));
    }

    void drafts_keepWhatWasTyped_perArticle_acrossARestart()
    {
        ui::CommentsView *comments = m_window->feedPanel()->reader()->commentsView();
        // Articles further down than the one the offline test opens, so its comments load afresh.
        QTRY_VERIFY(m_model->articleAt(3) != nullptr);
        const qint64 first = m_model->articleAt(3)->id;
        const qint64 second = m_model->articleAt(2)->id;
        comments->showFor(first);
        comments->editor()->setPlainText(u"Half a thought about RAII"_s);
        comments->showFor(second); // another article: another box
        QVERIFY(comments->editor()->toPlainText().isEmpty());
        comments->showFor(first);
        QTRY_COMPARE(comments->editor()->toPlainText(), u"Half a thought about RAII"_s);

        // On disk once typing pauses: a client started again finds it.
        m_drafts->flush();
        app::DraftService again(*m_cache);
        std::optional<QString> kept;
        QObject context;
        again.load(u"comment:%1"_s.arg(first), &context, [&kept](const QString &text) { kept = text; });
        QTRY_COMPARE(kept.value_or(QString()), u"Half a thought about RAII"_s);
        comments->editor()->clear(); // emptied by hand: nothing is kept
        m_drafts->flush();
        kept.reset();
        again.load(u"comment:%1"_s.arg(first), &context, [&kept](const QString &text) { kept = text; });
        QTRY_VERIFY(kept.has_value());
        QVERIFY(kept->isEmpty());
    }

    void readerTools_bookmarkHighlight_theSavedPanel_andExports()
    {
        m_window->showPanel(ui::MainWindow::FeedPage);
        int row = 0;
        while (m_model->articleAt(row)->locked || m_model->articleAt(row)->hasPoll) {
            ++row;
        }
        const protocol::Article listed = *m_model->articleAt(row);
        QSignalSpy opened(m_feed.get(), &app::FeedService::articleOpened);
        m_feed->openArticle(listed.id);
        QVERIFY(opened.wait());
        ui::ArticleView *reader = m_window->feedPanel()->reader();
        ui::ReaderTools *tools = m_window->feedPanel()->readerTools();
        QTRY_COMPARE(reader->shownArticle().id, listed.id);
        QVERIFY(tools->bookmarkButton()->isVisible());
        QCOMPARE(tools->bookmarkButton()->text(), u"☆ Save"_s);
        QTest::mouseClick(tools->bookmarkButton(), Qt::LeftButton);
        QCOMPARE(tools->bookmarkButton()->text(), u"★ Saved"_s);

        // A passage selected and highlighted with a note: marked in the text at once.
        QTextCursor cursor(reader->browser()->document());
        cursor.movePosition(QTextCursor::NextBlock);
        cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        QVERIFY(cursor.selectedText().size() > 5);
        const QString quote = cursor.selectedText();
        reader->browser()->setTextCursor(cursor);
        tools->highlightSelection(u"Worth reading twice"_s);
        QTRY_COMPARE(tools->markedHighlights(), 1);
        reader->browser()->setTextCursor(QTextCursor(reader->browser()->document()));
        save(u"mainwindow_reader_highlight.png"_s);
        // Shown again later: still marked.
        m_feed->openArticle(listed.id);
        QVERIFY(opened.wait());
        QTRY_COMPARE(tools->markedHighlights(), 1);
        QTRY_COMPARE(tools->bookmarkButton()->text(), u"★ Saved"_s);

        // The Saved panel lists both, finds the note, and exports the notes.
        m_window->showPanel(ui::MainWindow::SavedPage);
        ui::SavedPanel *saved = m_window->savedPanel();
        QTRY_COMPARE(saved->model().rowCount(), 2);
        QTest::keyClicks(saved->searchBox(), u"twice"_s);
        QTRY_COMPARE(saved->model().rowCount(), 1);
        QVERIFY(saved->model().index(0).data().toString().contains(u"Worth reading twice"_s));
        saved->searchBox()->clear();
        QTRY_COMPARE(saved->model().rowCount(), 2);
        saved->list()->setCurrentIndex(saved->model().index(0));
        QVERIFY(saved->openButton()->isEnabled());
        save(u"mainwindow_saved.png"_s);
        const QString notes = m_dir.filePath(u"notes.md"_s);
        QSignalSpy said(saved, &ui::SavedPanel::notice);
        saved->exportTo(notes);
        QVERIFY(said.wait());
        QFile file(notes);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString markdown = QString::fromUtf8(file.readAll());
        QVERIFY(markdown.contains(u"> "_s + quote.trimmed()));
        QVERIFY(markdown.contains(u"Worth reading twice"_s));
        // Opened from the list: the reader shows it.
        for (int i = 0; i < saved->model().rowCount(); ++i) {
            if (!saved->model().index(i).data(models::SavedListModel::IsHighlightRole).toBool()) {
                saved->list()->setCurrentIndex(saved->model().index(i));
            }
        }
        QTest::mouseClick(saved->openButton(), Qt::LeftButton);
        QCOMPARE(m_window->currentPanel(), ui::MainWindow::FeedPage);
        QVERIFY(opened.wait());
        QCOMPARE(opened.last().at(0).value<protocol::Article>().id, listed.id);

        // The article as Markdown and as a PDF, off the window's thread.
        QSignalSpy exported(tools, &ui::ReaderTools::notice);
        const QString pdf = m_dir.filePath(u"article.pdf"_s);
        tools->exportTo(pdf, app::ArticleExporter::Format::Pdf);
        QVERIFY(exported.wait(30000));
        QVERIFY2(exported.last().at(0).toString().startsWith(u"Exported to"_s),
                 qPrintable(exported.last().at(0).toString()));
        QFile pdfFile(pdf);
        QVERIFY(pdfFile.open(QIODevice::ReadOnly));
        QVERIFY(pdfFile.read(5) == "%PDF-");
        QVERIFY(pdfFile.size() > 1000);
        const QString md = m_dir.filePath(u"article.md"_s);
        tools->exportTo(md, app::ArticleExporter::Format::Markdown);
        QVERIFY(exported.wait(30000));
        QFile mdFile(md);
        QVERIFY(mdFile.open(QIODevice::ReadOnly));
        QVERIFY(QString::fromUtf8(mdFile.readAll()).startsWith(u"# "_s + listed.title.simplified()));
        // And the bookmark and highlight reached the server.
        QTRY_COMPARE_WITH_TIMEOUT(m_writes->writes().size(), 0, 15000);
        test::HttpClient member = test::HttpClient::signedIn(m_server->baseUrl(), m_session->user().username);
        const auto onServer = protocol::SavedItems::fromJson(member.get(endpoints::MySaved.url()).json);
        QVERIFY(onServer);
        QCOMPARE(onServer->bookmarks.size(), 1);
        QCOMPARE(onServer->highlights.size(), 1);
        QCOMPARE(onServer->highlights.first().note, u"Worth reading twice"_s);
    }

    void keyboard_panelsItemsReplyAndTheSheet()
    {
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        // A panel each: Ctrl+3 is Chat; Ctrl+6 is Admin, not offered to a member, so nothing moves.
        QTest::keyClick(m_window.get(), Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(m_window->currentPanel(), ui::MainWindow::ChatPage);
        QVERIFY(!m_window->panelAvailable(ui::MainWindow::AdminPage));
        QTest::keyClick(m_window.get(), Qt::Key_6, Qt::ControlModifier);
        QCOMPARE(m_window->currentPanel(), ui::MainWindow::ChatPage);
        QTest::keyClick(m_window.get(), Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(m_window->currentPanel(), ui::MainWindow::FeedPage);

        // J and K walk the feed, and the reader follows.
        QListView *feed = m_window->feedPanel()->list();
        feed->setCurrentIndex(feed->model()->index(0, 0));
        QSignalSpy opened(m_feed.get(), &app::FeedService::articleOpened);
        QTest::keyClick(feed, Qt::Key_J);
        QCOMPARE(feed->currentIndex().row(), 1);
        QTRY_VERIFY(!opened.isEmpty());
        QCOMPARE(opened.last().at(0).value<protocol::Article>().id, m_model->articleAt(1)->id);
        QTest::keyClick(feed, Qt::Key_K);
        QTest::keyClick(feed, Qt::Key_K); // no row above the first: stays
        QCOMPARE(feed->currentIndex().row(), 0);
        // In a text box the letters are typing.
        QLineEdit *search = m_window->feedPanel()->findChild<QLineEdit *>();
        QVERIFY(search);
        search->setFocus();
        QTest::keyClick(search, Qt::Key_J);
        QCOMPARE(search->text(), u"j"_s);
        QCOMPARE(feed->currentIndex().row(), 0);
        search->clear();

        // Elsewhere J and K move the open panel's own list.
        QTest::keyClick(m_window.get(), Qt::Key_5, Qt::ControlModifier);
        QAbstractItemView *inCommunity = m_window->keyboard()->currentList();
        QVERIFY(inCommunity && m_window->currentPage()->isAncestorOf(inCommunity));
        QTest::keyClick(m_window.get(), Qt::Key_1, Qt::ControlModifier);

        // Reading text larger and back.
        ui::SafeTextBrowser *reader = m_window->feedPanel()->reader()->browser();
        const qreal normal = reader->font().pointSizeF();
        QTest::keyClick(m_window.get(), Qt::Key_Plus, Qt::ControlModifier);
        QTest::keyClick(m_window.get(), Qt::Key_Equal, Qt::ControlModifier);
        QCOMPARE(m_window->keyboard()->readingZoom(), 2);
        QVERIFY(reader->font().pointSizeF() > normal);
        QTest::keyClick(m_window.get(), Qt::Key_0, Qt::ControlModifier);
        QCOMPARE(reader->font().pointSizeF(), normal);

        // In the chat, J chooses a message and R replies to it.
        QTest::keyClick(m_window.get(), Qt::Key_3, Qt::ControlModifier);
        ui::ChatPanel *chat = m_window->chatPanel();
        chat->channelList()->setCurrentIndex(chat->channelList()->model()->index(0, 0));
        QTRY_VERIFY(chat->messageList()->model()->rowCount() > 0);
        chat->messageList()->setFocus();
        const int newest = chat->messageList()->model()->rowCount() - 1;
        chat->messageList()->setCurrentIndex(chat->messageList()->model()->index(newest, 0));
        QTest::keyClick(chat->messageList(), Qt::Key_K);
        const QModelIndex chosen = chat->messageList()->currentIndex();
        QCOMPARE(chosen.row(), newest - 1);
        QTest::keyClick(chat->messageList(), Qt::Key_R);
        QCOMPARE(chat->replyingTo(), chosen.data(models::ChatMessageModel::IdRole).toLongLong());
        QTest::keyClick(chat->composer(), Qt::Key_Escape);

        // The sheet lists what the menus offer, with their keys.
        QTest::keyClick(m_window.get(), Qt::Key_Slash, Qt::ControlModifier);
        ui::ShortcutSheet *sheet = nullptr;
        QTRY_VERIFY((sheet = m_window->findChild<ui::ShortcutSheet *>()) != nullptr);
        const QStringList rows = sheet->rows();
        QVERIFY2(rows.contains(u"Go\tNext item\tJ"_s), qPrintable(rows.join(u'\n')));
        QVERIFY(rows.contains(u"Go\tChat\tCtrl+3"_s));
        QVERIFY(rows.contains(u"Go\tReply to the chosen message\tR"_s));
        QVERIFY(rows.contains(u"Help\tKeyboard shortcuts\tCtrl+/"_s));
        QVERIFY(std::any_of(rows.cbegin(), rows.cend(),
                            [](const QString &r) { return r.startsWith(u"Guild\tSearch everything"_s); }));
        save(*sheet, u"shortcuts.png"_s);
        sheet->close();
        m_window->showPanel(ui::MainWindow::FeedPage);
    }

    void windowState_keptAcrossARestart()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(u"guild.ini"_s), QSettings::IniFormat);
        auto *splitter = m_window->findChild<QSplitter *>(u"feedSplitter"_s);
        QVERIFY(splitter);
        splitter->setSizes({300, 900});
        const QList<int> sizes = splitter->sizes();
        m_window->showPanel(ui::MainWindow::FeedPage);
        const qint64 article = m_model->articleAt(2)->id;
        QSignalSpy opened(m_feed.get(), &app::FeedService::articleOpened);
        m_feed->openArticle(article);
        QVERIFY(opened.wait());
        m_window->showPanel(ui::MainWindow::SavedPage);
        m_window->keyboard()->setReadingZoom(3);
        ui::WindowState::save(*m_window, settings);

        // Everything moved, then given back as the next start does.
        splitter->setSizes({600, 600});
        m_window->showPanel(ui::MainWindow::ChatPage);
        m_window->keyboard()->setReadingZoom(0);
        m_feed->openArticle(m_model->articleAt(0)->id);
        QVERIFY(opened.wait());
        ui::WindowState::restore(*m_window, settings);
        QCOMPARE(splitter->sizes(), sizes);
        QCOMPARE(m_window->currentPanel(), ui::MainWindow::SavedPage);
        QCOMPARE(m_window->keyboard()->readingZoom(), 3);
        // The article opens once the feed has been read from the cache.
        m_feed->reload();
        QVERIFY(opened.wait());
        QCOMPARE(opened.last().at(0).value<protocol::Article>().id, article);
        QCOMPARE(m_window->openArticleId(), article);
        m_window->keyboard()->setReadingZoom(0);
        m_window->showPanel(ui::MainWindow::FeedPage);
    }

    /// What a screen reader would say for each thing one can reach with Tab or click in `root`:
    /// the interactive widgets and the first rows of each list that have no name.
    static QStringList unnamedIn(QWidget *root, const QString &where)
    {
        QStringList unnamed;
        const auto nameOf = [](QObject *object) {
            QAccessibleInterface *a = QAccessible::queryAccessibleInterface(object);
            return a ? a->text(QAccessible::Name).trimmed() : QString();
        };
        for (QWidget *w : root->findChildren<QWidget *>()) {
            if (!w->isVisible() || w->focusPolicy() == Qt::NoFocus || !w->isEnabled() ||
                qobject_cast<QScrollBar *>(w) || qobject_cast<QSplitterHandle *>(w) || w->inherits("QTabBar") ||
                w->parentWidget() == nullptr) {
                continue;
            }
            // A viewport, a line edit inside a combo box or a spin box, the calendar's own grid: each
            // speaks through its owner, which must have the name.
            if (w->parentWidget()->inherits("QCalendarWidget") ||
                qobject_cast<QAbstractScrollArea *>(w->parentWidget()) ||
                qobject_cast<QComboBox *>(w->parentWidget()) || qobject_cast<QAbstractSpinBox *>(w->parentWidget())) {
                continue;
            }
            if (nameOf(w).isEmpty()) {
                unnamed << u"%1 %2 (%3)"_s.arg(where, QString::fromLatin1(w->metaObject()->className()),
                                               w->objectName());
            }
            if (auto *view = qobject_cast<QAbstractItemView *>(w); view && view->model()) {
                const int rows = std::min(view->model()->rowCount(view->rootIndex()), 5);
                for (int row = 0; row < rows; ++row) {
                    const QModelIndex index = view->model()->index(row, 0, view->rootIndex());
                    const QString name = index.data(Qt::AccessibleTextRole).toString().isEmpty()
                                             ? index.data(Qt::DisplayRole).toString()
                                             : index.data(Qt::AccessibleTextRole).toString();
                    if (name.trimmed().isEmpty()) {
                        unnamed << u"%1 row %2 of %3"_s.arg(where, QString::number(row),
                                                            QString::fromLatin1(view->metaObject()->className()));
                    }
                }
            }
        }
        return unnamed;
    }

    void accessibility_everyInteractiveWidgetAndRowHasAName()
    {
        // Every panel the member has, then every tab of the Admin panel as the admin has it: nothing
        // interactive may be nameless, and neither may a row of a list.
        QStringList unnamed;
        for (int page = ui::MainWindow::FeedPage; page <= ui::MainWindow::SavedPage; ++page) {
            if (!m_window->panelAvailable(ui::MainWindow::Panel(page))) {
                continue;
            }
            m_window->showPanel(ui::MainWindow::Panel(page));
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
            unnamed << unnamedIn(m_window.get(), ui::MainWindow::panelName(ui::MainWindow::Panel(page)));
        }
        m_window->showPanel(ui::MainWindow::FeedPage);
        const std::unique_ptr<AdminWindow> admin = openAdminPanel(QSize(1000, 700));
        QVERIFY(admin);
        QTRY_VERIFY(admin->panel.memberTable()->model()->rowCount() >= 5);
        for (int tab = 0; tab < admin->panel.tabs()->count(); ++tab) {
            admin->panel.tabs()->setCurrentIndex(tab);
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
            unnamed << unnamedIn(&admin->panel, u"Admin › "_s + admin->panel.tabs()->tabText(tab));
        }
        for (const QString &line : std::as_const(unnamed)) {
            qInfo().noquote() << "unnamed:" << line; // the failure message is cut short
        }
        QVERIFY2(unnamed.isEmpty(), qPrintable(u"\n"_s + unnamed.join(u'\n')));
    }

    /// What Tab does in `panel`, pressed as a keyboard user presses it from `start` (outside the panel
    /// or its first control): every control the panel shows must be reached, one side of a split
    /// finished before the other, and within a column the order must go down the page.
    static QStringList tabProblems(QWidget *start, QWidget *panel, const QString &name)
    {
        QStringList problems;
        const auto describe = [](const QWidget *w) {
            return u"%1(%2 \"%3\")"_s.arg(QString::fromLatin1(w->metaObject()->className()), w->objectName(),
                                          w->accessibleName());
        };
        start->setFocus(Qt::TabFocusReason);
        if (QApplication::focusWidget() != start) {
            return {name + u": cannot start at "_s + describe(start)};
        }
        QList<QWidget *> order;
        for (int press = 0; press < 200; ++press) {
            QWidget *from = QApplication::focusWidget();
            QTest::keyClick(from, Qt::Key_Tab);
            QWidget *now = QApplication::focusWidget();
            if (now == from) {
                problems << u"%1: Tab stays in %2"_s.arg(name, describe(now));
                break;
            }
            if (now == start || order.contains(now)) {
                break;
            }
            if (panel->isAncestorOf(now)) {
                order << now;
            }
        }
        // Everything that takes Tab and is in sight was reached.
        for (QWidget *w : panel->findChildren<QWidget *>()) {
            const bool reachable = w->isVisible() && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus) &&
                                   !w->focusProxy() && !qobject_cast<QScrollBar *>(w);
            if (reachable && w != start && !order.contains(w)) {
                problems << u"%1: Tab never reaches %2"_s.arg(name, describe(w));
            }
        }
        // Reading order: a split's sides one after the other, and down each column.
        const auto paneOf = [](QWidget *w) -> QWidget * {
            for (QWidget *p = w; p && p->parentWidget(); p = p->parentWidget()) {
                if (qobject_cast<QSplitter *>(p->parentWidget())) {
                    return p;
                }
            }
            return nullptr;
        };
        QList<QWidget *> panesLeft;
        for (qsizetype i = 1; i < order.size(); ++i) {
            QWidget *a = order.at(i - 1);
            QWidget *b = order.at(i);
            if (paneOf(a) != paneOf(b)) {
                if (panesLeft.contains(paneOf(b))) {
                    problems << u"%1: Tab goes back to a side already left, at %2"_s.arg(name, describe(b));
                }
                panesLeft << paneOf(a);
                continue;
            }
            const QRect ra(a->mapTo(a->window(), QPoint(0, 0)), a->size());
            const QRect rb(b->mapTo(b->window(), QPoint(0, 0)), b->size());
            const bool sameColumn = ra.left() < rb.right() && rb.left() < ra.right();
            if (sameColumn && rb.bottom() < ra.top()) {
                problems << u"%1: Tab goes up from %2 to %3"_s.arg(name, describe(a), describe(b));
            }
        }
        if (!problems.isEmpty()) {
            for (QWidget *w : std::as_const(order)) { // the failure message is cut short
                qInfo().noquote() << name << "Tab order:" << describe(w) << w->mapTo(w->window(), QPoint(0, 0))
                                  << paneOf(w);
            }
        }
        return problems;
    }

    void tabOrder_everyPanel_reachesEverything_inReadingOrder()
    {
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        auto *sidebar = m_window->findChild<QListWidget *>();
        QStringList problems;
        for (int page = ui::MainWindow::FeedPage; page <= ui::MainWindow::SavedPage; ++page) {
            if (!m_window->panelAvailable(ui::MainWindow::Panel(page))) {
                continue;
            }
            m_window->showPanel(ui::MainWindow::Panel(page));
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
            problems << tabProblems(sidebar, m_window->currentPage(),
                                    ui::MainWindow::panelName(ui::MainWindow::Panel(page)));
        }
        m_window->showPanel(ui::MainWindow::FeedPage);
        // The Admin panel, each of its tabs, as the admin has it.
        const std::unique_ptr<AdminWindow> admin = openAdminPanel(QSize(1000, 700));
        QVERIFY(admin);
        QApplication::setActiveWindow(&admin->panel);
        QVERIFY(QTest::qWaitForWindowActive(&admin->panel));
        QTRY_VERIFY(admin->panel.memberTable()->model()->rowCount() >= 5);
        auto *tabBar = admin->panel.tabs()->findChild<QTabBar *>();
        for (int tab = 0; tab < admin->panel.tabs()->count(); ++tab) {
            admin->panel.tabs()->setCurrentIndex(tab);
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
            problems << tabProblems(tabBar, admin->panel.tabs()->currentWidget(),
                                    u"Admin › "_s + admin->panel.tabs()->tabText(tab));
        }
        QApplication::setActiveWindow(m_window.get());
        QVERIFY2(problems.isEmpty(), qPrintable(u"\n"_s + problems.join(u'\n')));
    }

    void everyPanel_lightAndDark_englishAndChinese()
    {
        // Each panel as the member sees it, in both schemes and both languages, at the scale of this
        // run (ctest runs this function again with QT_SCALE_FACTOR=2): build/test-artifacts/panel_*.png.
        const qreal scale = m_window->devicePixelRatio();
        const QString scaleName = u"%1x"_s.arg(scale);
        auto *sidebar = m_window->findChild<QListWidget *>();
        QVERIFY(sidebar);
        const QStringList pages{u"feed"_s,      u"courses"_s, u"chat"_s,      u"membership"_s,
                                u"community"_s, u"admin"_s,   u"dashboard"_s, u"saved"_s};
        QCOMPARE(sidebar->count(), pages.size());
        ui::ThemeController theme;
        for (const auto appearance : {ui::ThemeController::Appearance::Light, ui::ThemeController::Appearance::Dark}) {
            theme.setAppearance(appearance);
            const bool dark = appearance == ui::ThemeController::Appearance::Dark;
            // The application's palette reaches the widgets through posted events.
            QTRY_COMPARE(sidebar->palette().color(QPalette::Base), QApplication::palette().color(QPalette::Base));
            for (const QString &language : {u"en"_s, u"zh_CN"_s}) {
                ui::Translations::apply(language);
                QTRY_COMPARE(sidebar->item(0)->text(), QCoreApplication::translate("guild::ui::MainWindow", "Feed"));
                for (int page = 0; page < sidebar->count(); ++page) {
                    if (sidebar->item(page)->isHidden()) {
                        continue;
                    }
                    m_window->showPanel(ui::MainWindow::Panel(page));
                    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
                    const QPixmap shot = m_window->grab();
                    QCOMPARE(shot.devicePixelRatio(), scale);
                    QCOMPARE(shot.size(), m_window->size() * scale);
                    QVERIFY(shot.save(QStringLiteral(GUILD_ARTIFACT_DIR) +
                                      u"/panel_%1_%2_%3_%4.png"_s.arg(pages.at(page), dark ? u"dark"_s : u"light"_s,
                                                                      language, scaleName)));
                    // The sidebar's background is the scheme's, not a light one left behind.
                    const QPoint empty = sidebar->mapTo(m_window.get(), QPoint(8, sidebar->height() - 8));
                    const QColor side = shot.toImage().pixelColor(empty * scale);
                    QVERIFY2(dark ? side.lightness() < 80 : side.lightness() > 200,
                             qPrintable(pages.at(page) + u" "_s + side.name()));
                }
            }
        }
        ui::Translations::apply(u"en"_s);
        theme.setAppearance(ui::ThemeController::Appearance::Light);
        QTRY_COMPARE(sidebar->item(0)->text(), u"Feed"_s);
        m_window->showPanel(ui::MainWindow::FeedPage);
    }

    void adminAndDialogs_lightAndDark_englishAndChinese()
    {
        // What members never see but authors and admins do (the Admin panel, every tab of it, signed in
        // as the admin), and the dialogs, in both schemes and both languages at this run's scale:
        // build/test-artifacts/admin_<tab>_… and dialog_<name>_….png.
        const std::unique_ptr<AdminWindow> admin = openAdminPanel(m_window->size() - QSize(200, 60));
        QVERIFY(admin);
        ui::AdminPanel &panel = admin->panel;
        QTRY_VERIFY(panel.memberTable()->model()->rowCount() >= 5);

        app::ApiClient guestApi;
        app::MemorySecretStore guestSecrets;
        app::Session guest(guestApi, guestSecrets);
        // Dialogs are made when asked for, so each is made again in the language and scheme of the moment.
        const auto makeDialogs = [&] {
            std::vector<std::pair<QString, std::unique_ptr<QWidget>>> dialogs;
            dialogs.emplace_back(u"signin"_s,
                                 std::make_unique<ui::LoginDialog>(guest, m_server->baseUrl(), u"author"_s));
            dialogs.emplace_back(u"forgot_password"_s,
                                 std::make_unique<ui::ForgotPasswordDialog>(guest, m_server->baseUrl(), u"author"_s));
            dialogs.emplace_back(u"settings"_s, std::make_unique<ui::SettingsDialog>(u"en"_s, QString()));
            dialogs.back().second->resize(600, 640);
            dialogs.emplace_back(u"event"_s, std::make_unique<ui::EventDialog>());
            dialogs.emplace_back(u"composer"_s, std::make_unique<ui::ArticleComposer>(*m_publishing));
            dialogs.back().second->resize(900, 700);
            dialogs.emplace_back(u"shortcuts"_s, std::make_unique<ui::ShortcutSheet>(m_window->menuBar()));
            return dialogs;
        };
        const QString scaleName = u"%1x"_s.arg(m_window->devicePixelRatio());
        const auto check = [&](QWidget &widget, const QString &file, bool dark) {
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
            const QPixmap shot = widget.grab();
            QVERIFY(shot.save(QStringLiteral(GUILD_ARTIFACT_DIR) + u"/"_s + file));
            // The window's own background follows the scheme (nothing left light in dark).
            const QColor corner = shot.toImage().pixelColor(2, shot.height() - 3);
            QVERIFY2(dark ? corner.lightness() < 100 : corner.lightness() > 180, qPrintable(file + corner.name()));
        };
        ui::ThemeController theme;
        for (const auto appearance : {ui::ThemeController::Appearance::Light, ui::ThemeController::Appearance::Dark}) {
            theme.setAppearance(appearance);
            const bool dark = appearance == ui::ThemeController::Appearance::Dark;
            const QString scheme = dark ? u"dark"_s : u"light"_s;
            QTRY_COMPARE(panel.palette().color(QPalette::Window), QApplication::palette().color(QPalette::Window));
            for (const QString &language : {u"en"_s, u"zh_CN"_s}) {
                ui::Translations::apply(language);
                QTRY_COMPARE(panel.tabs()->tabText(0), QCoreApplication::translate("guild::ui::AdminPanel", "Members"));
                for (int tab = 0; tab < panel.tabs()->count(); ++tab) {
                    panel.tabs()->setCurrentIndex(tab);
                    check(panel, u"admin_%1_%2_%3_%4.png"_s.arg(QString::number(tab), scheme, language, scaleName),
                          dark);
                }
                for (const auto &[name, dialog] : makeDialogs()) {
                    dialog->show();
                    QTRY_COMPARE(dialog->palette().color(QPalette::Window),
                                 QApplication::palette().color(QPalette::Window));
                    check(*dialog, u"dialog_%1_%2_%3_%4.png"_s.arg(name, scheme, language, scaleName), dark);
                    // Qt's own buttons (OK, Cancel, Close) speak the member's language too.
                    for (const QDialogButtonBox *box : dialog->findChildren<QDialogButtonBox *>()) {
                        for (const QAbstractButton *button : box->buttons()) {
                            if (button->isHidden()) {
                                continue;
                            }
                            const bool latin = button->text().contains(QRegularExpression(u"[A-Za-z]{2}"_s));
                            QVERIFY2(language == u"en"_s ? latin : !latin, qPrintable(name + u": "_s + button->text()));
                        }
                    }
                }
            }
        }
        ui::Translations::apply(u"en"_s);
        theme.setAppearance(ui::ThemeController::Appearance::Light);
        QTRY_COMPARE(panel.tabs()->tabText(0), u"Members"_s);
    }

    void serverStopped_showsOfflineAndKeepsFeed()
    {
        const int cached = m_window->feedPanel()->list()->model()->rowCount();
        QVERIFY(cached >= 200); // the demo's articles and those the tests wrote
        m_server->stop();
        QSignalSpy failed(m_sync.get(), &app::SyncService::failed);
        m_sync->start();
        QVERIFY(failed.wait(30000));
        QTRY_COMPARE(m_window->connectionText(), u"● Offline: showing saved articles"_s);
        QCOMPARE(m_window->feedPanel()->list()->model()->rowCount(), cached);
        // Comments need the server: the pane says so instead of claiming there are none.
        ui::ArticleView *reader = m_window->feedPanel()->reader();
        QSignalSpy opened(m_feed.get(), &app::FeedService::articleOpened);
        int row = 0;
        while (m_model->articleAt(row)->locked) {
            ++row;
        }
        m_feed->openArticle(m_model->articleAt(row)->id);
        QVERIFY(opened.wait());
        QTest::mouseClick(reader->commentsButton(), Qt::LeftButton);
        const auto says = [reader](const QString &text) {
            const auto labels = reader->commentsView()->findChildren<QLabel *>();
            return std::any_of(labels.cbegin(), labels.cend(),
                               [&](const QLabel *l) { return l->isVisible() && l->text().contains(text); });
        };
        QTRY_VERIFY(says(u"offline"_s));
        QVERIFY(!says(u"No comments yet"_s));
        // Written offline: kept, shown as sending under the article, and counted in the status bar,
        // whose menu says what waits.
        ui::CommentsView *comments = reader->commentsView();
        comments->editor()->setPlainText(u"Written on the train."_s);
        QTest::mouseClick(comments->sendButton(), Qt::LeftButton);
        QTRY_COMPARE(comments->model().pendingCount(), 1);
        QVERIFY(comments->editor()->toPlainText().isEmpty());
        QCOMPARE(comments->model().index(comments->model().rowCount() - 1).data().toString(),
                 u"Written on the train."_s);
        QTRY_VERIFY(m_window->outboxStatus()->isVisible());
        QCOMPARE(m_window->outboxStatus()->text(), u"1 change waiting to be sent"_s);
        m_window->outboxStatus()->menu()->popup(m_window->outboxStatus()->mapToGlobal(QPoint(0, 0)));
        QTRY_COMPARE(m_window->outboxStatus()->menu()->actions().size(), 1);
        QVERIFY(m_window->outboxStatus()->menu()->actions().first()->text().startsWith(u"Comment on"_s));
        save(u"mainwindow_offline_outbox.png"_s);
        m_window->outboxStatus()->menu()->hide();
        QTest::mouseClick(reader->commentsButton(), Qt::LeftButton);
        save(u"mainwindow_offline.png"_s);
    }

    void offlineRestart_knowsTheMember_andShowsWhatWasKept()
    {
        // The server is still away. Resumed as the member the cache remembers (an author, here), the
        // author's panels show although the server cannot say so; the membership is what the cache
        // kept, and says from when.
        protocol::User remembered = m_session->user();
        remembered.role = protocol::Role::Author;
        QSignalSpy failed(m_session.get(), &app::Session::signInFailed);
        m_session->resume(m_server->baseUrl(), remembered.username, remembered);
        QVERIFY(failed.wait(30000));
        QVERIFY(failed.last().at(1).toBool()); // the network, not the account
        QCOMPARE(m_session->state(), app::Session::State::SigningIn);
        m_window->showPanel(ui::MainWindow::FeedPage);
        QTRY_VERIFY(m_window->feedPanel()->writeButton()->isVisible());
        QVERIFY(m_window->membershipPanel()->tierLabel()->text().isEmpty() == false);
        m_account->refresh();
        m_window->showPanel(ui::MainWindow::MembershipPage);
        QTRY_VERIFY(m_window->membershipPanel()->expiryLabel()->text().contains(u"As of"_s));
        QVERIFY(m_window->membershipPanel()->tierLabel()->text().startsWith(u"Your tier: "_s));
        save(u"mainwindow_offline_membership.png"_s);

        // The dashboard shows the last report and activity the server gave, and says from when.
        QSignalSpy report(m_dashboard.get(), &app::DashboardService::reportLoaded);
        QSignalSpy activity(m_dashboard.get(), &app::DashboardService::myActivityLoaded);
        QSignalSpy said(m_dashboard.get(), &app::DashboardService::failed);
        const QDate today = QDate::currentDate();
        m_dashboard->loadReport(today.addDays(-29), today, u"day"_s);
        QVERIFY(report.wait(30000));
        QVERIFY(!report.last().at(0).value<protocol::analytics::Report>().periods.isEmpty());
        QTRY_VERIFY(!said.isEmpty());
        QVERIFY(said.last().at(0).toString().startsWith(u"You are offline: this is what the server showed on"_s));
        m_dashboard->loadMyActivity(today.addDays(-29), today);
        QVERIFY(activity.wait(30000));

        // Q&A and events open with what they showed last, and say from when.
        m_window->showPanel(ui::MainWindow::CommunityPage);
        ui::CommunityPanel *panel = m_window->communityPanel();
        panel->tabs()->setCurrentIndex(0);
        m_community->loadQuestions();
        QTRY_VERIFY(panel->noticeLabel()->text().startsWith(u"You are offline: this is what the server showed on"_s));
        QAbstractItemModel *questions = panel->questionList()->model();
        QTRY_VERIFY(questions->rowCount() >= 2);
        int asked = 0;
        while (asked < questions->rowCount() &&
               !questions->index(asked, 0).data().toString().contains(u"profile a Qt app"_s)) {
            ++asked;
        }
        QVERIFY(asked < questions->rowCount());
        panel->questionList()->setCurrentIndex(questions->index(asked, 0));
        QTRY_VERIFY(panel->questionBody()->toPlainText().contains(u"perf record"_s));
        QTRY_COMPARE(panel->answerList()->model()->rowCount(), 1); // the answer it had
        save(u"mainwindow_offline_community.png"_s);
        panel->tabs()->setCurrentIndex(1);
        panel->eventRangeBox()->setCurrentIndex(0);
        m_community->loadEvents();
        QTRY_VERIFY(panel->eventList()->model()->rowCount() >= 1);
        save(u"mainwindow_offline_events.png"_s);

        // The other panels too: the course library, chat, the dashboard and what was saved.
        m_window->showPanel(ui::MainWindow::CoursesPage);
        QTRY_VERIFY(m_window->coursesPanel()->library()->model()->rowCount() > 0);
        save(u"mainwindow_offline_courses.png"_s);
        m_window->showPanel(ui::MainWindow::ChatPage);
        QTRY_VERIFY(m_window->chatPanel()->channelList()->model()->rowCount() > 0);
        m_window->chatPanel()->channelList()->setCurrentIndex(
            m_window->chatPanel()->channelList()->model()->index(0, 0));
        QTRY_VERIFY(m_window->chatPanel()->messageList()->model()->rowCount() > 0);
        save(u"mainwindow_offline_chat.png"_s);
        m_window->showPanel(ui::MainWindow::DashboardPage);
        m_dashboard->loadReport(today.addDays(-29), today, u"day"_s);
        QVERIFY(report.wait(30000));
        save(u"mainwindow_offline_dashboard.png"_s);
        m_window->showPanel(ui::MainWindow::SavedPage);
        QTRY_COMPARE(m_window->savedPanel()->model().rowCount(), 2);
        save(u"mainwindow_offline_saved.png"_s);

        // A lesson read offline gets a highlight; the Saved panel lists it and opens the lesson again.
        m_window->showPanel(ui::MainWindow::CoursesPage);
        ui::LessonView *lesson = m_window->coursesPanel()->coursePage()->lessonView();
        QTRY_VERIFY(lesson->shownLesson().id > 0 && !lesson->body()->toPlainText().isEmpty());
        const qint64 lessonId = lesson->shownLesson().id;
        QTextCursor cursor(lesson->body()->document());
        cursor.movePosition(QTextCursor::NextBlock);
        cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        lesson->body()->setTextCursor(cursor);
        m_window->lessonTools()->highlightSelection(u"Ownership, in one line"_s);
        QTRY_COMPARE(m_window->lessonTools()->markedHighlights(), 1);
        save(u"mainwindow_offline_lesson_highlight.png"_s);
        m_window->showPanel(ui::MainWindow::SavedPage);
        ui::SavedPanel *saved = m_window->savedPanel();
        QTRY_COMPARE(saved->model().rowCount(), 3);
        for (int i = 0; i < saved->model().rowCount(); ++i) {
            if (saved->model().index(i).data(models::SavedListModel::KindRole).toInt() ==
                int(protocol::SavedKind::Lesson)) {
                saved->list()->setCurrentIndex(saved->model().index(i));
            }
        }
        QVERIFY(saved->openButton()->isEnabled());
        QTest::mouseClick(saved->openButton(), Qt::LeftButton);
        QCOMPARE(m_window->currentPanel(), ui::MainWindow::CoursesPage);
        QTRY_COMPARE(lesson->shownLesson().id, lessonId);
        QTRY_COMPARE(m_window->lessonTools()->markedHighlights(), 1);
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_chat.reset();
        m_chatLink.reset();
        m_connectivity.reset();
        m_sync.reset();
        m_feed.reset();
        m_publishing.reset();
        m_discussion.reset();
        m_model.reset();
        m_writes.reset();
        m_drafts.reset();
        m_cache.reset();
        // What was handed to deleteLater goes now, before the leak checker of a sanitizer build looks.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
