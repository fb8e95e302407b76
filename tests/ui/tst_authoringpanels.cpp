// The author's and the moderator's screens against a real server: the Tiers tab sets a price and a
// currency, the Reports tab hides a reported comment with a reason, and the course editor makes a
// course, shows a quiz lesson with its answers, moves a lesson by the outline (as a drop does) and
// uploads a video with its progress. Each screen is saved to build/test-artifacts/ to be looked at.

#include "account/accountpage.h"
#include "account/forgotpassworddialog.h"
#include "admin/adminpanel.h"
#include "admin/codespage.h"
#include "admin/reportspage.h"
#include "admin/tierspage.h"
#include "common/hintedlistview.h"
#include "community/communitymodels.h"
#include "community/communitypanel.h"
#include "community/eventdialog.h"
#include "courses/courseeditor.h"
#include "courses/courseform.h"
#include "courses/lessonform.h"
#include "feed/articlecomposer.h"
#include "models/courseoutlinemodel.h"
#include "net/apiclient.h"
#include "protocol/endpoints.h"
#include "protocol/limits.h"
#include "secrets/secretstore.h"
#include "services/adminservice.h"
#include "services/communityservice.h"
#include "services/courseauthoringservice.h"
#include "services/picturecache.h"
#include "services/profileservice.h"
#include "services/publishingservice.h"
#include "services/videouploader.h"
#include "services/writeoutbox.h"
#include "session.h"
#include "storage/localcache.h"
#include "support/cachewait.h"
#include "support/httpclient.h"
#include "support/signin.h"
#include "support/testserver.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace guild;
using namespace guild::protocol;
namespace endpoints = guild::protocol::endpoints;

namespace {

void save(QWidget &widget, const QString &name)
{
    QDir().mkpath(QStringLiteral(GUILD_ARTIFACT_DIR));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    const QString path = QStringLiteral(GUILD_ARTIFACT_DIR) + u'/' + name;
    QVERIFY(widget.grab().save(path));
    qInfo("screenshot: %s", qPrintable(path));
}

/// A signed-in client of the test server with the services of the admin panel.
struct Staff
{
    app::ApiClient api;
    app::MemorySecretStore secrets;
    app::Session session{api, secrets};
    app::AdminService admin{api};
    app::CourseAuthoringService authoring{api};
    app::VideoUploader uploader{api};
    QTemporaryDir dir;
    app::LocalCache cache;
    app::WriteOutbox writes{api, cache};

    Staff()
    {
        QVERIFY(test::openCache(cache, dir.filePath(QStringLiteral("staff.sqlite"))).isEmpty());
        writes.start();
    }
};

} // namespace

class TestAuthoringPanels : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestServer> m_server;
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_server = std::make_unique<test::TestServer>();
        QVERIFY(m_server->start());
    }

    void tiersTab_setsPricesInTheCommunitysCurrency()
    {
        Staff staff;
        QVERIFY(test::signIn(staff.session, m_server->baseUrl(), u"admin"_s));
        ui::AdminPanel panel(staff.admin);
        panel.setRole(true);
        panel.resize(1100, 720);
        panel.show();
        panel.tabs()->setCurrentWidget(panel.tiersPage());
        ui::TiersPage *tiers = panel.tiersPage();
        QAbstractItemModel *rows = tiers->tierList()->model();
        QTRY_COMPARE(rows->rowCount(), 3);
        tiers->tierList()->setCurrentIndex(rows->index(1, 0));
        QCOMPARE(tiers->nameEdit()->text(), u"Member"_s);
        tiers->nameEdit()->setText(u"Supporter"_s);
        tiers->monthlyPrice()->setValue(12.5);
        tiers->currencyBox()->setCurrentText(u"eur"_s); // typed in lower case: sent as the code
        QTest::mouseClick(tiers->saveButton(), Qt::LeftButton);
        QTRY_VERIFY2(rows->index(1, 0).data().toString().startsWith(u"Supporter · €12.50 a month"_s),
                     qPrintable(rows->index(1, 0).data().toString() + u" / "_s + panel.noticeLabel()->text()));
        QTRY_VERIFY(panel.noticeLabel()->text().contains(u"Supporter"_s));
        // Every tier is in euros now; the free tier cannot be priced at all.
        QVERIFY(rows->index(2, 0).data().toString().contains(u"€"_s));
        tiers->tierList()->setCurrentIndex(rows->index(0, 0));
        QVERIFY(!tiers->monthlyPrice()->isEnabled());
        QVERIFY(!tiers->retiredBox()->isEnabled());
        tiers->tierList()->setCurrentIndex(rows->index(1, 0));
        save(panel, u"adminpanel_tiers.png"_s);
        const QJsonArray served =
            test::HttpClient(m_server->baseUrl()).get(endpoints::ListTiers.url()).json[u"tiers"_s].toArray();
        QCOMPARE(served[1][u"monthlyPriceCents"_s].toInteger(), 1250);
        QCOMPARE(served[1][u"currency"_s].toString(), u"EUR"_s);
    }

    void codesTab_makesACode_showsItOnce_andListsItsUse()
    {
        Staff staff;
        QVERIFY(test::signIn(staff.session, m_server->baseUrl(), u"admin"_s));
        ui::AdminPanel panel(staff.admin);
        panel.setRole(true);
        panel.resize(1100, 720);
        panel.show();
        panel.tabs()->setCurrentWidget(panel.codesPage());
        ui::CodesPage *codes = panel.codesPage();
        codes->kindBox()->setCurrentIndex(0); // free days
        codes->amountBox()->setValue(7);
        codes->usesBox()->setValue(2);
        QTest::mouseClick(codes->createButton(), Qt::LeftButton);
        QTRY_COMPARE(codes->newCode()->text().size(), 19);
        const QString code = codes->newCode()->text();
        QAbstractItemModel *rows = codes->codeList()->model();
        QTRY_VERIFY(rows->rowCount() >= 1);
        QCOMPARE(rows->index(0, 0).data().toString(),
                 u"…%1 · 7 day(s) of Member · used 0 of 2 · by admin"_s.arg(code.right(4)));
        // A coupon is a percentage: the amount follows the kind.
        codes->kindBox()->setCurrentIndex(1);
        QCOMPARE(codes->amountBox()->maximum(), 100);
        save(panel, u"adminpanel_codes.png"_s);
        // The code works for a member, and the list shows the use.
        test::HttpClient fresh(m_server->baseUrl());
        QCOMPARE(fresh
                     .post(endpoints::Register.url(), {{u"username"_s, u"gifted"_s},
                                                       {u"email"_s, u"gifted@example.org"_s},
                                                       {u"password"_s, u"gifted-password"_s}})
                     .status,
                 201);
        QCOMPARE(fresh.login(u"gifted"_s, u"gifted-password"_s).status, 200);
        QCOMPARE(fresh.post(endpoints::Redeem.url(), {{u"code"_s, code}}).status, 200);
        staff.admin.loadCodes();
        QTRY_VERIFY(rows->index(0, 0).data().toString().contains(u"used 1 of 2"_s));
    }

    void reportsTab_hidesAReportedComment_withAReason()
    {
        test::HttpClient author = test::HttpClient::signedIn(m_server->baseUrl(), u"author"_s);
        test::HttpClient premium = test::HttpClient::signedIn(m_server->baseUrl(), u"premium"_s);
        test::HttpClient member = test::HttpClient::signedIn(m_server->baseUrl(), u"member"_s);
        const qint64 article =
            author.post(endpoints::CreateArticle.url(), {{u"title"_s, u"Open thread"_s}, {u"body"_s, u"Talk."_s}})
                .json[u"article"_s][u"id"_s]
                .toInteger();
        const qint64 comment =
            premium.post(endpoints::AddComment.url(article), {{u"body"_s, u"Cheap courses at spam.example!"_s}})
                .json[u"comment"_s][u"id"_s]
                .toInteger();
        QCOMPARE(member
                     .post(endpoints::ReportContent.url(),
                           {{u"kind"_s, u"comment"_s}, {u"id"_s, comment}, {u"reason"_s, u"Spam or advertising"_s}})
                     .status,
                 201);

        // An author moderates too: the Reports tab is theirs as well as the admins'.
        Staff staff;
        QVERIFY(test::signIn(staff.session, m_server->baseUrl(), u"author"_s));
        ui::AdminPanel panel(staff.admin);
        panel.setRole(false);
        panel.resize(1100, 720);
        panel.show();
        QVERIFY(panel.tabs()->isTabVisible(panel.tabs()->indexOf(panel.reportsPage())));
        QVERIFY(!panel.tabs()->isTabVisible(panel.tabs()->indexOf(panel.tiersPage())));
        panel.tabs()->setCurrentWidget(panel.reportsPage());
        ui::ReportsPage *reports = panel.reportsPage();
        QAbstractItemModel *rows = reports->reportList()->model();
        QTRY_COMPARE(rows->rowCount(), 1);
        QVERIFY(rows->index(0, 0).data().toString().startsWith(u"Comment by Pat Premium, reported by Mei Member"_s));
        reports->reportList()->setCurrentIndex(rows->index(0, 0));
        QVERIFY(reports->dismissButton()->isEnabled());
        QVERIFY(!reports->hideButton()->isEnabled()); // no reason yet
        reports->reasonEdit()->setText(u"No advertising, please"_s);
        QVERIFY(reports->hideButton()->isEnabled());
        save(panel, u"adminpanel_reports.png"_s);
        QTest::mouseClick(reports->hideButton(), Qt::LeftButton);
        QTRY_COMPARE(rows->rowCount(), 0);
        QTRY_VERIFY(panel.noticeLabel()->text().contains(u"told why"_s));
        QCOMPARE(member.get(endpoints::ListComments.url(article)).json[u"comments"_s].toArray().size(), 0);
        reports->showAllBox()->setChecked(true);
        QTRY_COMPARE(rows->rowCount(), 1);
        QVERIFY(rows->index(0, 0).data().toString().contains(u"hidden by"_s));
    }

    void forgottenPassword_withAnAdminsCode()
    {
        // This server sends no mail: the dialog says so, and an admin's code does the job.
        Staff client; // a signed-in client of its own
        app::Session &session = client.session;
        ui::ForgotPasswordDialog dialog(session, m_server->baseUrl(), u"fei"_s);
        dialog.show();
        QVERIFY(!dialog.resetButton()->isEnabled());
        dialog.loginEdit()->setText(u"free"_s);
        QTest::mouseClick(dialog.sendButton(), Qt::LeftButton);
        QTRY_VERIFY(dialog.statusLabel()->text().contains(u"does not send email"_s));
        QVERIFY(dialog.statusLabel()->text().contains(u"Ask one of its admins"_s));

        test::HttpClient admin = test::HttpClient::signedIn(m_server->baseUrl(), u"admin"_s);
        qint64 freeId = 0;
        for (const QJsonValue &m :
             admin.get(endpoints::ListMembers.url() + u"?q=free"_s).json[u"members"_s].toArray()) {
            freeId = m[u"username"_s] == u"free"_s ? m[u"id"_s].toInteger() : freeId;
        }
        const QString code =
            admin.post(endpoints::IssueResetCode.url(freeId), {}).json[u"reset"_s][u"code"_s].toString();
        dialog.codeEdit()->setText(u"wrong-code"_s);
        dialog.passwordEdit()->setText(u"a-new-password"_s);
        QTest::mouseClick(dialog.resetButton(), Qt::LeftButton);
        QTRY_VERIFY(dialog.statusLabel()->text().contains(u"does not work"_s));
        QVERIFY(dialog.isVisible());
        save(dialog, u"forgot_password.png"_s);
        dialog.codeEdit()->setText(code.toLower());
        QTest::mouseClick(dialog.resetButton(), Qt::LeftButton);
        QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(test::HttpClient(m_server->baseUrl()).login(u"free"_s, u"a-new-password"_s).status, 200);
    }

    void eventDialog_schedulesAndChanges_inTheEventsOwnTimeZone()
    {
        Staff client; // a signed-in client of its own
        app::ApiClient &api = client.api;
        app::Session &session = client.session;
        QVERIFY(test::signIn(session, m_server->baseUrl(), u"author"_s));
        app::CommunityService community(api, client.cache, client.writes);
        ui::EventDialog dialog;
        dialog.titleEdit()->setText(u"Q&A night"_s);
        dialog.timezoneBox()->setCurrentText(u"Asia/Shanghai"_s);
        dialog.startsEdit()->setDateTime(QDateTime(QDate(2027, 3, 1), QTime(20, 0)));
        dialog.capacityBox()->setValue(30);
        dialog.joinEdit()->setText(u"http://insecure.example.org"_s);
        QVERIFY(!dialog.okButton()->isEnabled()); // https only, as the server insists
        dialog.joinEdit()->setText(u"https://meet.example.org/qa"_s);
        QVERIFY(dialog.okButton()->isEnabled());
        const EventInput input = dialog.input();
        QCOMPARE(input.startsAt, QDateTime(QDate(2027, 3, 1), QTime(12, 0), Qt::UTC)); // 20:00 in Shanghai
        QSignalSpy loaded(&community, &app::CommunityService::eventsLoaded);
        community.saveEvent(0, input);
        QVERIFY(loaded.wait());
        engagement::Event made;
        for (const engagement::Event &e : loaded.last().at(0).value<QList<engagement::Event>>()) {
            made = e.title == u"Q&A night"_s ? e : made;
        }
        QVERIFY(made.id > 0);
        // Opened again, it reads as it was written, then moves an hour.
        ui::EventDialog again;
        again.setEvent(made);
        QCOMPARE(again.startsEdit()->dateTime().time(), QTime(20, 0));
        QCOMPARE(again.timezoneBox()->currentText(), u"Asia/Shanghai"_s);
        again.startsEdit()->setTime(QTime(21, 0));
        community.saveEvent(made.id, again.input());
        QVERIFY(loaded.wait());
        for (const engagement::Event &e : loaded.last().at(0).value<QList<engagement::Event>>()) {
            if (e.id == made.id) {
                QCOMPARE(e.startsAt, QDateTime(QDate(2027, 3, 1), QTime(13, 0), Qt::UTC));
            }
        }
        save(again, u"event_dialog.png"_s);
    }

    void composer_editsAnArticle_andItCanBeDeleted()
    {
        Staff client; // a signed-in client of its own
        app::ApiClient &api = client.api;
        app::Session &session = client.session;
        QVERIFY(test::signIn(session, m_server->baseUrl(), u"author"_s));
        app::LocalCache cache;
        QCOMPARE(test::openCache(cache, m_dir.filePath(u"edit.sqlite"_s)), QString());
        app::PublishingService publishing(api, cache, client.writes);
        test::HttpClient http = test::HttpClient::signedIn(m_server->baseUrl(), u"author"_s);
        const QJsonObject made = http.post(endpoints::CreateArticle.url(), {{u"title"_s, u"Draft title"_s},
                                                                            {u"body"_s, u"First words."_s},
                                                                            {u"tags"_s, QJsonArray{u"qt"_s}}})
                                     .json[u"article"_s]
                                     .toObject();
        const Article article = *Article::fromJson(made);

        ui::ArticleComposer composer(publishing);
        composer.editArticle(article);
        QCOMPARE(composer.titleEdit()->text(), u"Draft title"_s);
        QCOMPARE(composer.bodyEdit()->toPlainText(), u"First words."_s);
        QCOMPARE(composer.publishButton()->text(), u"Save changes"_s);
        QVERIFY(!composer.laterBox()->isEnabled()); // it has gone out: no new time
        composer.titleEdit()->setText(u"Final title"_s);
        composer.show();
        save(composer, u"article_edit.png"_s);
        QSignalSpy published(&publishing, &app::PublishingService::published);
        QTest::mouseClick(composer.publishButton(), Qt::LeftButton);
        QVERIFY(published.wait());
        QCOMPARE(published.last().at(0).value<Article>().title, u"Final title"_s);
        QCOMPARE(http.get(endpoints::GetArticle.url(article.id)).json[u"article"_s][u"title"_s].toString(),
                 u"Final title"_s);

        QSignalSpy deleted(&publishing, &app::PublishingService::deleted);
        publishing.remove(article.id); // what Delete… does once confirmed
        QVERIFY(deleted.wait());
        QCOMPARE(http.get(endpoints::GetArticle.url(article.id)).status, 404);
    }

    void community_anAnswerOnItsWay_showsUnderTheQuestion()
    {
        Staff client; // a signed-in client of its own
        QVERIFY(test::signIn(client.session, m_server->baseUrl(), u"member"_s));
        QTemporaryDir dir;
        app::LocalCache cache;
        QCOMPARE(test::openCache(cache, dir.filePath(u"held.sqlite"_s)), QString());
        app::WriteOutbox held(client.api, cache); // never started: what is written stays on its way
        app::CommunityService community(client.api, cache, held);
        ui::CommunityPanel panel(community);
        test::HttpClient author = test::HttpClient::signedIn(m_server->baseUrl(), u"author"_s);
        const qint64 question =
            author.post(endpoints::AskQuestion.url(), {{u"title"_s, u"Move or copy?"_s}, {u"body"_s, u"?"_s}})
                .json[u"question"_s][u"id"_s]
                .toInteger();
        QSignalSpy opened(&community, &app::CommunityService::questionOpened);
        community.openQuestion(question);
        QVERIFY(opened.wait());
        QCOMPARE(panel.answerList()->model()->rowCount(), 0);
        community.answer(question, u"Move, then it is cheap."_s);
        QTRY_COMPARE(panel.answerList()->model()->rowCount(), 1);
        const QString row = panel.answerList()->model()->index(0, 0).data().toString();
        QVERIFY(row.contains(u"waiting to be sent"_s));
        QVERIFY(row.endsWith(u"Move, then it is cheap."_s));
    }

    void community_ownFeedbackWithAnswers_andAnswersIntoTheDigest()
    {
        Staff client; // a signed-in client of its own
        app::ApiClient &api = client.api;
        app::Session &session = client.session;
        QVERIFY(test::signIn(session, m_server->baseUrl(), u"member"_s));
        app::CommunityService community(api, client.cache, client.writes);
        ui::CommunityPanel panel(community);
        QVERIFY(panel.featureButton()->isHidden()); // a member's panel until told otherwise
        QVERIFY(panel.newEventButton()->isHidden());
        panel.resize(1100, 720);
        panel.show();
        QSignalSpy mine(&community, &app::CommunityService::myFeedbackLoaded);
        community.sendFeedback(u"idea"_s, u"A dark theme, please"_s);
        QVERIFY(mine.wait());
        QAbstractItemModel *rows = panel.ownFeedbackList()->model();
        QTRY_COMPARE(rows->rowCount(), 1);
        QVERIFY(rows->index(0, 0).data().toString().endsWith(u"Waiting for an answer."_s));
        test::HttpClient admin = test::HttpClient::signedIn(m_server->baseUrl(), u"admin"_s);
        const qint64 id = admin.get(endpoints::ListFeedback.url()).json[u"feedback"_s][0][u"id"_s].toInteger();
        QCOMPARE(admin.post(endpoints::AnswerFeedback.url(id), {{u"answer"_s, u"Coming in 1.2"_s}}).status, 200);
        community.loadMyFeedback();
        QVERIFY(mine.wait());
        QTRY_VERIFY(rows->index(0, 0).data().toString().endsWith(u"Answer: Coming in 1.2"_s));
        auto *tabs = panel.findChild<QTabWidget *>();
        // From the bell: "your feedback was answered" opens the Feedback tab with that feedback selected.
        tabs->setCurrentIndex(0);
        panel.openFeedback(id);
        QCOMPARE(tabs->currentIndex(), tabs->count() - 1);
        QTRY_COMPARE(panel.ownFeedbackList()->currentIndex().data(ui::OwnFeedbackModel::IdRole).toLongLong(), id);
        save(panel, u"community_feedback.png"_s);
        panel.setCanPublish(true); // as an author sees it
        QVERIFY(!panel.newEventButton()->isHidden());
        tabs->setCurrentIndex(1);
        QSignalSpy events(&community, &app::CommunityService::eventsLoaded);
        community.loadEvents();
        QVERIFY(events.wait());
        save(panel, u"community_events_author.png"_s);

        // An author puts an answer into the digest from the answer list.
        Staff authorClient; // a signed-in client of its own
        app::ApiClient &authorApi = authorClient.api;
        app::Session &authorSession = authorClient.session;
        QVERIFY(test::signIn(authorSession, m_server->baseUrl(), u"author"_s));
        test::HttpClient author = test::HttpClient::signedIn(m_server->baseUrl(), u"author"_s);
        const qint64 question =
            author.post(endpoints::AskQuestion.url(), {{u"title"_s, u"Digest me"_s}, {u"body"_s, u"?"_s}})
                .json[u"question"_s][u"id"_s]
                .toInteger();
        const qint64 answer = author.post(endpoints::AnswerQuestion.url(question), {{u"body"_s, u"Like this."_s}})
                                  .json[u"answer"_s][u"id"_s]
                                  .toInteger();
        app::CommunityService authoring(authorApi, authorClient.cache, authorClient.writes);
        QSignalSpy opened(&authoring, &app::CommunityService::questionOpened);
        authoring.featureAnswer(question, answer, true);
        QVERIFY(opened.wait());
        QVERIFY(opened.last().at(0).value<engagement::Question>().answers.first().featured);
    }

    void accountPage_picture_isMadeSmall_savedAndShown()
    {
        Staff client; // a signed-in client of its own
        app::ApiClient &api = client.api;
        app::Session &session = client.session;
        QVERIFY(test::signIn(session, m_server->baseUrl(), u"premium"_s));
        app::ProfileService profile(api);
        ui::AccountPage page(profile, u"Pat Premium"_s);
        page.show();
        QImage photo(1200, 900, QImage::Format_RGB32);
        photo.fill(QColor(0x3366cc));
        const QString file = m_dir.filePath(u"photo.png"_s);
        QVERIFY(photo.save(file));
        QSignalSpy saved(&profile, &app::ProfileService::avatarLoaded);
        page.usePicture(file);
        QTRY_VERIFY(!saved.isEmpty() && !saved.last().at(0).toByteArray().isEmpty());
        QTRY_VERIFY(!page.pictureLabel()->pixmap().isNull());
        test::HttpClient other = test::HttpClient::signedIn(m_server->baseUrl(), u"member"_s);
        const qint64 id = test::HttpClient::signedIn(m_server->baseUrl(), u"premium"_s)
                              .get(endpoints::Me.url())
                              .json[u"user"_s][u"id"_s]
                              .toInteger();
        const test::HttpResponse served = other.get(endpoints::MemberAvatar.url(id));
        QCOMPARE(served.status, 200);
        QImage back;
        QVERIFY(back.loadFromData(served.body));
        QCOMPARE(back.width(), 128); // made small before it left
        save(page, u"settings_account_picture.png"_s);
    }

    void courseEditor_makesArrangesAndUploads()
    {
        Staff staff;
        QVERIFY(test::signIn(staff.session, m_server->baseUrl(), u"author"_s));
        staff.uploader.backoff() = app::Backoff(50, 300, 0.2);
        ui::CourseEditor editor(staff.authoring, staff.uploader);
        editor.resize(1200, 760);
        editor.show();
        QSignalSpy loaded(&staff.authoring, &app::CourseAuthoringService::courseLoaded);
        QTRY_VERIFY(editor.courseBox()->count() >= 1); // the demo author's courses

        // A new course, two sections, a text lesson and a quiz (the buttons ask with dialogs; the
        // service calls are what they make).
        CourseInput course;
        course.title = u"Model/view in depth"_s;
        course.requiredTier = Tier::Member;
        staff.authoring.createCourse(course);
        QVERIFY(loaded.wait());
        const qint64 courseId = loaded.last().at(0).value<course::Course>().id;
        QTRY_COMPARE(editor.courseBox()->currentData().toLongLong(), courseId);
        QVERIFY(editor.courseBox()->currentText().endsWith(u"(draft)"_s));
        staff.authoring.addSection(courseId, u"Models"_s);
        QVERIFY(loaded.wait());
        staff.authoring.addSection(courseId, u"Views"_s);
        QVERIFY(loaded.wait());
        models::CourseOutlineModel *outline = editor.outlineModel();
        QTRY_COMPARE(outline->rowCount(), 2);
        const qint64 models = outline->index(0, 0).data(models::CourseOutlineModel::IdRole).toLongLong();
        const qint64 views = outline->index(1, 0).data(models::CourseOutlineModel::IdRole).toLongLong();
        LessonInput text;
        text.sectionId = models;
        text.title = u"Roles"_s;
        text.body = u"# Roles\n\nEvery datum has a **role**."_s;
        staff.authoring.addLesson(courseId, text);
        QVERIFY(loaded.wait());
        LessonInput video;
        video.sectionId = models;
        video.title = u"A list view, live"_s;
        video.kind = course::LessonKind::Video;
        staff.authoring.addLesson(courseId, video);
        QVERIFY(loaded.wait());
        QTRY_COMPARE(outline->rowCount(outline->index(0, 0)), 2);

        // Selecting the video lesson shows its form; a quiz written as text is checked as typed.
        const qint64 videoId = editor.outline()->currentIndex().data(models::CourseOutlineModel::IdRole).toLongLong();
        QCOMPARE(editor.outline()->currentIndex().data().toString(), u"A list view, live · video · no video yet"_s);
        ui::LessonForm *form = editor.lessonForm();
        QTRY_COMPARE(form->lessonId(), videoId);
        QCOMPARE(form->titleEdit()->text(), u"A list view, live"_s);
        QVERIFY(form->uploadButton()->isVisible());

        // The video, uploaded from the form's signal as the file dialog would send it.
        QByteArray clip = QByteArray::fromHex("00000018") + "ftypisom" + QByteArray(1536 * 1024, 'v');
        QFile file(m_dir.filePath(u"clip.mp4"_s));
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(clip) == clip.size());
        file.close();
        QSignalSpy uploaded(&staff.uploader, &app::VideoUploader::finished);
        QSignalSpy progress(&staff.uploader, &app::VideoUploader::progress);
        Q_EMIT form->uploadRequested(videoId, file.fileName());
        QVERIFY(progress.wait());
        QTRY_VERIFY(form->uploadProgress()->isVisible());
        QVERIFY(uploaded.wait(30000));
        QVERIFY2(uploaded.last().at(1).toBool(), qPrintable(uploaded.last().at(2).toString()));
        QTRY_VERIFY(outline->lessonIndex(videoId).data().toString() == u"A list view, live · video"_s);

        // The text lesson moves to "Views" as a drop would move it; the server has the new order.
        const qint64 roles =
            outline->index(0, 0, outline->index(0, 0)).data(models::CourseOutlineModel::IdRole).toLongLong();
        QVERIFY(outline->moveLesson(roles, views, 0));
        QTRY_VERIFY(editor.noticeLabel()->text().contains(u"New order saved"_s));
        test::HttpClient http = test::HttpClient::signedIn(m_server->baseUrl(), u"author"_s);
        const QJsonArray sections =
            http.get(endpoints::GetCourse.url(courseId)).json[u"course"_s][u"sections"_s].toArray();
        QCOMPARE(sections[1][u"lessons"_s][0][u"id"_s].toInteger(), roles);

        // A quiz lesson: the form reads the text format and says what is wrong.
        LessonInput quiz;
        quiz.sectionId = views;
        quiz.title = u"Check yourself"_s;
        quiz.kind = course::LessonKind::Quiz;
        quiz.questions = {{u"Which method does a view call for data?"_s,
                           {u"data()"_s, u"paint()"_s},
                           {0},
                           u"Views ask the model."_s}};
        staff.authoring.addLesson(courseId, quiz);
        QTRY_VERIFY(form->quizEdit()->isVisible());
        QTRY_VERIFY(form->quizEdit()->toPlainText().contains(u"* data()"_s));
        QVERIFY(form->quizStatus()->text().contains(u"1 question"_s));
        form->quizEdit()->appendPlainText(u"\n? A second question without answers"_s);
        QVERIFY(form->quizStatus()->text().contains(u"at least two answers"_s));
        QVERIFY(!form->input().has_value());
        form->quizEdit()->appendPlainText(u"* yes\n- no"_s);
        QVERIFY(form->input().has_value());
        QTest::mouseClick(form->saveButton(), Qt::LeftButton);
        QTRY_VERIFY(editor.noticeLabel()->text().contains(u"Lesson saved"_s));
        save(editor, u"course_editor_quiz.png"_s);

        // The course itself: published from its form.
        editor.outline()->setCurrentIndex({});
        QTRY_VERIFY(editor.courseForm()->isVisible());
        QCOMPARE(editor.courseForm()->titleEdit()->text(), u"Model/view in depth"_s);
        editor.courseForm()->publishedBox()->setChecked(true);
        QTest::mouseClick(editor.courseForm()->saveButton(), Qt::LeftButton);
        QTRY_VERIFY(!editor.courseBox()->currentText().endsWith(u"(draft)"_s));

        // A cover picture: a large photo is made 640 px wide, sent as a JPEG, and shown in the form.
        app::LocalCache noCache; // never opened: pictures come from the server alone
        app::PictureCache covers(app::PictureCache::Kind::CourseCover, staff.api, noCache);
        editor.setCovers(covers);
        connect(&staff.authoring, &app::CourseAuthoringService::coverChanged, &covers, &app::PictureCache::put);
        QVERIFY(!editor.courseForm()->removeCoverButton()->isEnabled());
        QImage photo(1600, 1000, QImage::Format_RGB32);
        QRandomGenerator grain(42); // like a photo's grain, it compresses badly as a PNG
        for (int y = 0; y < photo.height(); ++y) {
            for (int x = 0; x < photo.width(); ++x) {
                photo.setPixel(x, y, qRgb(x % 256, y % 256, int(grain.bounded(256))));
            }
        }
        const QString coverFile = m_dir.filePath(u"cover.png"_s);
        QVERIFY(photo.save(coverFile));
        QSignalSpy coverSaved(&staff.authoring, &app::CourseAuthoringService::coverChanged);
        editor.courseForm()->useCoverFile(coverFile);
        QVERIFY(coverSaved.wait());
        QTRY_VERIFY(editor.noticeLabel()->text().contains(u"Cover picture saved"_s));
        QTRY_VERIFY(!editor.courseForm()->findChildren<QLabel *>().isEmpty());
        QTRY_VERIFY(editor.courseForm()->removeCoverButton()->isEnabled());
        const test::HttpResponse served = http.get(endpoints::CourseCover.url(courseId));
        QCOMPARE(served.status, 200);
        QCOMPARE(served.headers.value("content-type"), QByteArray("image/jpeg"));
        QVERIFY(served.body.size() <= limits::CoverBytesMax);
        QImage back;
        QVERIFY(back.loadFromData(served.body));
        QCOMPARE(back.size(), QSize(640, 400));
        QVERIFY(http.get(endpoints::GetCourse.url(courseId)).json[u"course"_s][u"hasCover"_s].toBool());
        // Not a picture: refused before anything is sent.
        const QString notPicture = m_dir.filePath(u"notes.png"_s);
        QFile notes(notPicture);
        QVERIFY(notes.open(QIODevice::WriteOnly) && notes.write("just text") > 0);
        notes.close();
        editor.courseForm()->useCoverFile(notPicture);
        QTRY_VERIFY(editor.noticeLabel()->text().contains(u"not a picture"_s));
        save(editor, u"course_editor_course.png"_s);
        editor.outline()->setCurrentIndex(outline->lessonIndex(videoId));
        QTRY_COMPARE(form->lessonId(), videoId);
        QTRY_VERIFY(form->isVisible());
        save(editor, u"course_editor_video.png"_s);
    }
};

QTEST_MAIN(TestAuthoringPanels)
#include "tst_authoringpanels.moc"
