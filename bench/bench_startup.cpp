#include "models/articlefeedmodel.h"
#include "models/channellistmodel.h"
#include "models/chatmessagemodel.h"
#include "models/courselistmodel.h"
#include "models/syllabusmodel.h"
#include "net/apiclient.h"
#include "net/chatconnection.h"
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
#include "services/picturecache.h"
#include "services/publishingservice.h"
#include "services/reportservice.h"
#include "services/savedservice.h"
#include "services/searchservice.h"
#include "services/syncservice.h"
#include "services/videouploader.h"
#include "services/writeoutbox.h"
#include "session.h"
#include "storage/articlecache.h"
#include "storage/localcache.h"
#include "support/cachewait.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QEventLoop>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace guild;

// From nothing to a painted window showing the first page of a cached feed of 10,000 articles, with
// no server reachable: what a member waits for when they open Guild.
class BenchStartup : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_path;

private Q_SLOTS:
    void initTestCase()
    {
        m_path = m_dir.filePath(u"cache.sqlite"_s);
        app::LocalCache cache;
        QCOMPARE(test::openCache(cache, m_path), QString());
        protocol::SyncPage page;
        for (int i = 0; i < 10000; ++i) {
            protocol::Article a;
            a.id = i + 1;
            a.title = u"Cached article %1"_s.arg(i);
            a.summary = u"Summary of article %1"_s.arg(i);
            a.authorName = u"author"_s;
            a.body = u"body %1"_s.arg(i);
            a.hasBody = true;
            a.publishedAt = QDateTime::fromMSecsSinceEpoch(1700000000000LL + qint64(i) * 60000, Qt::UTC);
            a.updatedAt = a.publishedAt;
            page.upserts.append(a);
        }
        page.nextToken = u"1.10000.1"_s;
        QVERIFY(*test::runOnCache<bool>(
            cache, [page](QSqlDatabase &db) { return app::ArticleCache(db).applySyncPage(page); }, 60000));
    }

    void windowWithCachedFeed()
    {
        QBENCHMARK
        {
            app::ApiClient api;
            app::MemorySecretStore secrets;
            app::Session session(api, secrets);
            app::LocalCache cache;
            models::ArticleFeedModel model;
            app::FeedService feed(api, cache, model);
            app::WriteOutbox writes(api, cache);
            app::DraftService drafts(cache);
            app::PublishingService publishing(api, cache, writes);
            app::DiscussionService discussion(api, cache, writes);
            app::SyncService sync(api, cache);
            app::Connectivity connectivity(api);
            app::ChatConnection chatLink([] { return QString(); });
            models::ChannelListModel channels;
            models::ChatMessageModel messages;
            app::ChatService chat(chatLink, cache, channels, messages);
            models::CourseListModel courseList;
            models::SyllabusModel syllabus;
            app::CourseService courses(api, cache, writes, courseList, syllabus);
            app::DownloadService downloads(api, cache);
            app::AccountService account(api, cache, writes);
            app::CommunityService community(api, cache, writes);
            app::AdminService admin(api);
            app::ReportService reports(api);
            app::CourseAuthoringService authoring(api);
            app::VideoUploader uploads(api);
            app::DashboardService dashboard(api, cache);
            app::PictureCache avatars(app::PictureCache::Kind::MemberAvatar, api, cache);
            app::PictureCache covers(app::PictureCache::Kind::CourseCover, api, cache);
            app::SearchService search(api, cache);
            app::SavedService saved(api, cache, writes);
            ui::MainWindow window(ui::MainWindow::Services{
                session,  feed,      publishing, discussion, sync,     connectivity, model,     chat,   channels,
                messages, courses,   downloads,  courseList, syllabus, account,      community, admin,  dashboard,
                reports,  authoring, uploads,    avatars,    covers,   search,       writes,    drafts, saved});
            window.show();
            bool opened = false;
            cache.open(m_path, &window, [&](const QString &) {
                opened = true;
                feed.reload();
            });
            QEventLoop loop;
            connect(&model, &models::ArticleFeedModel::dataChanged, &loop, &QEventLoop::quit);
            loop.exec(); // until the first page has arrived from the cache
            QVERIFY(model.articleAt(0) != nullptr);
            window.grab(); // one full paint with the rows in it
            QVERIFY(opened);
        }
    }
};

QTEST_MAIN(BenchStartup)
#include "bench_startup.moc"
