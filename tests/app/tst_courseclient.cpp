#include "models/courselistmodel.h"
#include "models/syllabusmodel.h"
#include "net/apiclient.h"
#include "protocol/api/membership.h"
#include "protocol/endpoints.h"
#include "secrets/secretstore.h"
#include "services/courseservice.h"
#include "services/downloadservice.h"
#include "services/writeoutbox.h"
#include "session.h"
#include "storage/coursecache.h"
#include "storage/localcache.h"
#include "support/cachewait.h"
#include "support/httpclient.h"
#include "support/signin.h"
#include "support/testserver.h"

#include <QAbstractItemModelTester>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace guild;
using namespace guild::app;
using namespace guild::protocol::course;
using test::TestServer;
namespace endpoints = guild::protocol::endpoints;

// The client's course stack (cache, services, models, downloads) against a real server that goes
// away and comes back.
class TestCourseClient : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    /// One client over a cache file; destroying it is what quitting the app does.
    struct Client
    {
        ApiClient api;
        MemorySecretStore secrets;
        Session session{api, secrets};
        LocalCache cache;
        models::CourseListModel courses;
        models::SyllabusModel syllabus;
        WriteOutbox writes{api, cache};
        CourseService service{api, cache, writes, courses, syllabus};
        DownloadService downloads{api, cache};
    };

    std::unique_ptr<Client> makeClient(const QString &name)
    {
        auto c = std::make_unique<Client>();
        if (!test::openCache(c->cache, m_dir.filePath(name + u".sqlite"_s)).isEmpty()) {
            return nullptr;
        }
        c->downloads.setDirectory(m_dir.filePath(name + u"-media"_s));
        c->downloads.setChunkSize(16 * 1024); // several pieces per file, so a download can stop midway
        c->downloads.backoff() = Backoff(50, 300, 0.2);
        return c;
    }

    std::unique_ptr<Client> signedIn(const TestServer &server, const QString &user, const QString &name)
    {
        auto c = makeClient(name);
        if (!c || !test::signIn(c->session, server.baseUrl(), user)) {
            return nullptr;
        }
        c->writes.start();
        return c;
    }

    static std::optional<Course> openAndWait(Client &c, qint64 courseId, bool fromServer)
    {
        // A cached page is shown first; with `fromServer`, the server's answer is waited for as well.
        const bool cached = test::runOnCache<bool>(c.cache, [courseId](QSqlDatabase &db) {
                                return CourseCache(db).course(courseId).has_value();
                            }).value_or(false);
        QSignalSpy opened(&c.service, &CourseService::courseOpened);
        c.service.openCourse(courseId);
        const qsizetype wanted = fromServer && cached ? 2 : 1;
        if (!QTest::qWaitFor([&] { return opened.size() >= wanted; }, 10000)) {
            return std::nullopt;
        }
        return opened.last().at(0).value<Course>();
    }

    /// Loads the catalogue and opens its first course (Modern C++ for Qt developers) from the server;
    /// its id, or 0.
    static qint64 openFirstCourse(Client &c)
    {
        QSignalSpy loaded(&c.service, &CourseService::catalogueLoaded);
        c.service.refresh();
        if (!loaded.wait()) {
            return 0;
        }
        const qint64 id = c.courses.index(0).data(models::CourseListModel::IdRole).toLongLong();
        return openAndWait(c, id, true) ? id : 0;
    }

    static QByteArray serverFileHash(const TestServer &server, qint64 lessonId)
    {
        test::HttpClient http(server.baseUrl());
        http.login(u"member"_s);
        const QString link = http.post(endpoints::VideoLink.url(lessonId), QJsonObject{}).json[u"url"_s].toString();
        return QCryptographicHash::hash(http.get(link).body, QCryptographicHash::Sha256);
    }

    static QByteArray fileHash(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256)
                                           : QByteArray();
    }

private Q_SLOTS:
    void catalogue_filters_andSyllabus()
    {
        TestServer server;
        QVERIFY(server.start());
        auto c = signedIn(server, u"free"_s, u"catalogue"_s);
        QVERIFY(c);
        QAbstractItemModelTester tester(&c->courses, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&c->service, &CourseService::catalogueLoaded);
        c->service.refresh();
        QVERIFY(loaded.wait());
        QCOMPARE(c->courses.rowCount(), 3);

        models::CourseFilterModel filter;
        filter.setSourceModel(&c->courses);
        filter.setFilter(models::CourseFilterModel::Filter::Free);
        QCOMPARE(filter.rowCount(), 1);
        QCOMPARE(filter.index(0, 0).data(models::CourseListModel::TitleRole).toString(), u"系统设计入门"_s);
        filter.setFilter(models::CourseFilterModel::Filter::All);
        filter.setSearch(u"qt"_s);
        QCOMPARE(filter.rowCount(), 2); // "Modern C++ for Qt developers" and "Qt Quick 高级组件开发"
        filter.setSearch({});
        filter.setFilter(models::CourseFilterModel::Filter::Enrolled);
        QCOMPARE(filter.rowCount(), 0);

        const qint64 cpp = c->courses.index(0).data(models::CourseListModel::IdRole).toLongLong();
        QCOMPARE(c->courses.index(0).data(models::CourseListModel::AccessRole).toInt(),
                 int(Access::MembershipRequired));
        QAbstractItemModelTester syllabusTester(&c->syllabus, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto course = openAndWait(*c, cpp, false);
        QVERIFY(course);
        QTRY_COMPARE(c->syllabus.rowCount(), 7); // 2 sections + 5 lessons
        QVERIFY(c->syllabus.index(0).data(models::SyllabusModel::IsSectionRole).toBool());
        QVERIFY(!c->syllabus.index(1).data(models::SyllabusModel::LockedRole).toBool()); // free preview
        QVERIFY(c->syllabus.index(2).data(models::SyllabusModel::LockedRole).toBool());
        QVERIFY(!(c->syllabus.flags(c->syllabus.index(0)) & Qt::ItemIsSelectable));

        // A locked lesson says why; the preview opens.
        QSignalSpy unavailable(&c->service, &CourseService::lessonUnavailable);
        c->service.openLesson(c->syllabus.index(2).data(models::SyllabusModel::LessonIdRole).toLongLong());
        QVERIFY(unavailable.wait());
        QVERIFY(!unavailable.last().at(1).toString().isEmpty());
        QSignalSpy opened(&c->service, &CourseService::lessonOpened);
        c->service.openLesson(c->syllabus.index(1).data(models::SyllabusModel::LessonIdRole).toLongLong());
        QVERIFY(opened.wait());
        QCOMPARE(opened.last().at(0).value<Lesson>().kind, LessonKind::Video);
    }

    void lapsedMembership_takesTheCachedLessonAway()
    {
        TestServer server;
        QVERIFY(server.start());
        auto c = signedIn(server, u"member"_s, u"lapsed"_s);
        QVERIFY(c);
        const qint64 cpp = openFirstCourse(*c);
        QVERIFY(cpp > 0);
        const qint64 paid = c->syllabus.index(2).data(models::SyllabusModel::LessonIdRole).toLongLong();
        const auto cachedLesson = [&] {
            return test::runOnCache<bool>(c->cache,
                                          [paid](QSqlDatabase &db) { return CourseCache(db).lesson(paid).has_value(); })
                .value_or(false);
        };
        QSignalSpy opened(&c->service, &CourseService::lessonOpened);
        c->service.openLesson(paid);
        QVERIFY(opened.wait());
        QTRY_VERIFY(cachedLesson());

        // An admin takes the membership away; the next opening finds the server refusing.
        test::HttpClient admin = test::HttpClient::signedIn(server.baseUrl(), u"admin"_s);
        QCOMPARE(
            admin.post(endpoints::SetMemberTier.url(c->session.user().id), protocol::TierRequest{u"free"_s, 0}.toJson())
                .status,
            200);
        QSignalSpy unavailable(&c->service, &CourseService::lessonUnavailable);
        c->service.openLesson(paid);
        QVERIFY(unavailable.wait());
        QCOMPARE(unavailable.last().at(0).toLongLong(), paid);
        QTRY_VERIFY(!cachedLesson());
    }

    void offlineProgress_survivesRestart_andSyncsLater()
    {
        TestServer server;
        QVERIFY(server.start());
        auto c = signedIn(server, u"member"_s, u"progress"_s);
        QVERIFY(c);
        const QString access = c->api.accessToken();
        const QString refresh = c->api.refreshToken();
        QSignalSpy loaded(&c->service, &CourseService::catalogueLoaded);
        c->service.refresh();
        QVERIFY(loaded.wait());
        const qint64 cpp = c->courses.index(0).data(models::CourseListModel::IdRole).toLongLong();
        QVERIFY(openAndWait(*c, cpp, true));
        const qint64 video = c->syllabus.index(1).data(models::SyllabusModel::LessonIdRole).toLongLong();
        const qint64 text = c->syllabus.index(2).data(models::SyllabusModel::LessonIdRole).toLongLong();

        // The server goes away; the member watches and reads on.
        QVERIFY(server.stop());
        c->service.recordProgress(cpp, {video, false, 4.5, QDateTime::currentDateTimeUtc().addSecs(-60), 0});
        c->service.recordProgress(cpp, {text, true, 0, QDateTime::currentDateTimeUtc(), 0});
        QTRY_VERIFY(c->syllabus.index(2).data(models::SyllabusModel::DoneRole).toBool());
        QTRY_COMPARE(
            test::runOnCache<int>(
                c->cache,
                [](QSqlDatabase &db) { return static_cast<int>(CourseCache(db).pendingProgress().value(1).size()); })
                .value_or(-1),
            2);

        // Quit, start again offline: the cached page still shows it.
        c.reset();
        c = makeClient(u"progress"_s);
        QVERIFY(c);
        c->api.setBaseUrl(server.baseUrl());
        c->api.setTokens(access, refresh);
        const auto offline = openAndWait(*c, cpp, false);
        QVERIFY(offline);
        QCOMPARE(offline->completedLessons, 1);
        QCOMPARE(c->syllabus.index(1).data(models::SyllabusModel::PositionRole).toDouble(), 4.5);

        // The server comes back: a refresh sends what waited, and the server has it.
        QVERIFY(server.start());
        QSignalSpy flushed(&c->service, &CourseService::progressFlushed);
        c->service.refresh();
        QVERIFY(flushed.wait());
        test::HttpClient http(server.baseUrl());
        http.login(u"member"_s);
        const QJsonObject fromServer = http.get(endpoints::GetCourse.url(cpp)).json[u"course"_s].toObject();
        QCOMPARE(fromServer[u"completedLessons"_s].toInt(), 1);
        QCOMPARE(fromServer[u"lastLessonId"_s].toInteger(), text);
        QTRY_COMPARE(
            test::runOnCache<int>(
                c->cache, [](QSqlDatabase &db) { return static_cast<int>(CourseCache(db).pendingProgress().size()); })
                .value_or(-1),
            0);
    }

    void download_interruptedMidFile_resumes_andReadsOffline()
    {
        TestServer server;
        QVERIFY(server.start());
        auto c = signedIn(server, u"member"_s, u"download"_s);
        QVERIFY(c);
        const QString access = c->api.accessToken();
        const QString refresh = c->api.refreshToken();
        QSignalSpy loaded(&c->service, &CourseService::catalogueLoaded);
        c->service.refresh();
        QVERIFY(loaded.wait());
        const qint64 cpp = c->courses.index(0).data(models::CourseListModel::IdRole).toLongLong();
        const auto course = openAndWait(*c, cpp, true);
        QVERIFY(course);
        const qint64 video = c->syllabus.index(1).data(models::SyllabusModel::LessonIdRole).toLongLong();
        const qint64 text = c->syllabus.index(2).data(models::SyllabusModel::LessonIdRole).toLongLong();
        const qint64 total = DownloadService::totalBytes(*course);
        QVERIFY(total > 64 * 1024); // told before downloading; several pieces
        const QByteArray expected = serverFileHash(server, video);

        // Start, and cut the server off once part of the file is on disk.
        c->downloads.start();
        QSignalSpy pieces(&c->downloads, &DownloadService::courseProgress);
        QSignalSpy failures(&c->downloads, &DownloadService::failed);
        c->downloads.downloadCourse(*course);
        QVERIFY(QTest::qWaitFor([&] { return c->downloads.progress(cpp).first >= 32 * 1024; }, 10000));
        server.kill();
        QVERIFY(failures.wait());
        const qint64 partial = c->downloads.progress(cpp).first;
        QVERIFY(partial > 0 && partial < total);
        QVERIFY(c->downloads.localVideo(video).isEmpty());

        // The app quits mid-download and starts again: it carries on from the bytes on disk.
        c.reset();
        c = makeClient(u"download"_s);
        QVERIFY(c);
        c->api.setBaseUrl(server.baseUrl());
        c->api.setTokens(access, refresh);
        QVERIFY(server.start());
        QSignalSpy finished(&c->downloads, &DownloadService::courseFinished);
        c->downloads.start();
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 20000);
        QCOMPARE(finished.first().at(0).toLongLong(), cpp);
        QCOMPARE(c->downloads.progress(cpp), std::pair(total, total));
        const QString local = c->downloads.localVideo(video);
        QVERIFY(!local.isEmpty());
        QCOMPARE(fileHash(local), expected); // whole and uncorrupted
        // A paid lesson's video is the member's alone.
        QCOMPARE(QFile::permissions(local) & ~(QFile::ReadUser | QFile::WriteUser | QFile::ExeUser),
                 QFile::ReadOwner | QFile::WriteOwner);
        QCOMPARE(QFile::permissions(QFileInfo(local).absolutePath()) &
                     ~(QFile::ReadUser | QFile::WriteUser | QFile::ExeUser),
                 QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);

        // Pause and resume work too (nothing left here, so the state is what is checked).
        c->downloads.pause(cpp);
        QVERIFY(c->downloads.isPaused(cpp));
        c->downloads.resume(cpp);
        QVERIFY(!c->downloads.isPaused(cpp));

        // Offline, with the server gone: the course, its text lessons and its video are all here.
        QTRY_VERIFY_WITH_TIMEOUT(
            test::runOnCache<bool>(c->cache,
                                   [text](QSqlDatabase &db) { return CourseCache(db).lesson(text).has_value(); })
                .value_or(false),
            10000);
        QVERIFY(server.stop());
        c.reset();
        c = makeClient(u"download"_s);
        QVERIFY(c);
        c->api.setBaseUrl(server.baseUrl());
        c->downloads.start();
        const auto offline = openAndWait(*c, cpp, false);
        QVERIFY(offline);
        QCOMPARE(offline->title, course->title);
        QSignalSpy opened(&c->service, &CourseService::lessonOpened);
        c->service.openLesson(text);
        QVERIFY(opened.wait());
        QVERIFY(opened.last().at(0).value<Lesson>().body.contains(u"RAII"_s));
        QTRY_COMPARE(c->downloads.localVideo(video), local);
        QVERIFY(c->downloads.isDownloaded(cpp));

        // Storage is measured and can be given back.
        QSignalSpy measured(&c->downloads, &DownloadService::storageMeasured);
        c->downloads.measureStorage();
        QVERIFY(measured.wait());
        QCOMPARE(measured.last().at(0).toLongLong(), total);
        c->downloads.remove(cpp);
        QVERIFY(measured.wait());
        QCOMPARE(measured.last().at(0).toLongLong(), qint64(0));
        QVERIFY(!QFile::exists(local));
    }

    void quiz_homework_andNotifications()
    {
        TestServer server;
        QVERIFY(server.start());
        auto c = signedIn(server, u"member"_s, u"learn"_s);
        QVERIFY(c);
        const qint64 cpp = openFirstCourse(*c);
        QVERIFY(cpp > 0);
        const qint64 homeworkLesson = c->syllabus.index(2).data(models::SyllabusModel::LessonIdRole).toLongLong();
        const qint64 quiz = c->syllabus.index(3).data(models::SyllabusModel::LessonIdRole).toLongLong();

        QSignalSpy graded(&c->service, &CourseService::quizGraded);
        c->service.answerQuiz(quiz, {{1}, {0, 2}, {1}});
        QVERIFY(graded.wait());
        QVERIFY(graded.last().at(1).value<QuizResult>().passed);
        QTRY_VERIFY(c->syllabus.index(3).data(models::SyllabusModel::DoneRole).toBool());

        QSignalSpy failed(&c->service, &CourseService::requestFailed);
        c->service.answerQuiz(quiz, {{1}});
        QVERIFY(failed.wait()); // a clear message, nothing graded

        QSignalSpy submitted(&c->service, &CourseService::homeworkSubmitted);
        c->service.submitHomework(homeworkLesson, u"auto w = std::make_unique<Widget>();"_s);
        QVERIFY(submitted.wait());
        QCOMPARE(submitted.last().at(0).value<Homework>().status, HomeworkStatus::Submitted);
        test::HttpClient author(server.baseUrl());
        author.login(u"author"_s);
        QCOMPARE(author
                     .post(endpoints::ReviewHomework.url(submitted.last().at(0).value<Homework>().id),
                           {{u"verdict"_s, u"pass"_s}})
                     .status,
                 200);
        QSignalSpy notified(&c->service, &CourseService::notificationsArrived);
        c->service.fetchNotifications();
        QVERIFY(notified.wait());
        const auto notes = notified.last().at(0).value<QList<Notification>>();
        QCOMPARE(notes.size(), 1);
        QCOMPARE(notes.first().kind, u"homework.passed"_s);
        QSignalSpy history(&c->service, &CourseService::homeworkLoaded);
        c->service.loadHomework(homeworkLesson);
        QVERIFY(history.wait());
        QCOMPARE(history.last().at(1).value<QList<Homework>>().first().status, HomeworkStatus::Passed);

        // Handed in offline: kept in the write outbox, and handed in once when the server is back.
        QVERIFY(server.stop());
        c->service.fetchNotifications();
        QTRY_VERIFY(!c->api.isOnline());
        QSignalSpy offline(&c->service, &CourseService::handedInOffline);
        c->service.submitHomework(homeworkLesson, u"Revised on the train."_s);
        QCOMPARE(offline.size(), 1);
        QTRY_COMPARE(c->writes.writes().size(), 1);
        QVERIFY(server.start());
        QTRY_COMPARE_WITH_TIMEOUT(submitted.size(), 2, 30000);
        QCOMPARE(submitted.last().at(0).value<Homework>().body, u"Revised on the train."_s);
        c->service.loadHomework(homeworkLesson);
        QVERIFY(history.wait());
        QCOMPARE(history.last().at(1).value<QList<Homework>>().size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestCourseClient)
#include "tst_courseclient.moc"
