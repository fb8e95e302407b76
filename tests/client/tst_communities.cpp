// Several communities in one client, against two real guild-servers: sign in to a second without
// leaving the first, switch between them in one click with no password asked again, each with its own
// cache (what one community published never shows in the other), and the switcher marks the open one.

#include "clientcontroller.h"
#include "models/articlefeedmodel.h"
#include "models/searchresultmodel.h"
#include "protocol/api/articles.h"
#include "protocol/endpoints.h"
#include "secrets/secretstore.h"
#include "support/httpclient.h"
#include "support/testserver.h"
#include "ui/common/communityswitcher.h"
#include "ui/common/searchpopup.h"
#include "ui/feed/articleview.h"
#include "ui/feed/feedpanel.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QLineEdit>
#include <QListView>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace guild;
using guild::test::TestServer;
namespace endpoints = guild::protocol::endpoints;

namespace {

bool feedHolds(ui::MainWindow &window, const QString &title)
{
    const QAbstractItemModel *model = window.feedPanel()->list()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(models::ArticleFeedModel::TitleRole).toString() == title) {
            return true;
        }
    }
    return false;
}

qint64 publish(const QUrl &server, const QString &title)
{
    test::HttpClient author = test::HttpClient::signedIn(server, u"author"_s);
    protocol::ArticleInput draft;
    draft.title = title;
    draft.body = u"Only in this community."_s;
    draft.requiredTier = protocol::Tier::Free;
    const auto made =
        protocol::ArticleReply::fromJson(author.post(endpoints::CreateArticle.url(), draft.toJson()).json);
    return made ? made->value.id : 0;
}

} // namespace

class TestCommunities : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // Settings of this test's own (in the test-mode config folder), empty at the start.
        QApplication::setOrganizationName(u"GuildTest"_s);
        QApplication::setApplicationName(u"communities"_s);
        QSettings().clear();
    }

    void twoCommunities_switchInOneClick_eachWithItsOwnCache()
    {
        TestServer qt;
        TestServer rust;
        QVERIFY(qt.start());
        QVERIFY(rust.start());
        QVERIFY(publish(qt.baseUrl(), u"Only in the Qt community"_s) > 0);
        QVERIFY(publish(rust.baseUrl(), u"Only in the Rust community"_s) > 0);

        app::ClientOptions options;
        options.server = qt.baseUrl();
        options.demoLogin = u"member"_s;
        options.secrets = std::make_unique<app::MemorySecretStore>();
        app::ClientController controller(std::move(options));
        ui::MainWindow &window = *controller.window();
        window.resize(1280, 800);
        QSignalSpy signedIn(&controller.session(), &app::Session::signedIn);
        controller.start();
        QVERIFY(signedIn.wait(15000));
        ui::CommunitySwitcher *switcher = window.communitySwitcher();
        QTRY_COMPARE(switcher->entries().size(), 1);
        QVERIFY(switcher->entries().first().current);
        QTRY_VERIFY(feedHolds(window, u"Only in the Qt community"_s));

        // A second community, signed in to beside the first.
        controller.session().signIn(rust.baseUrl(), u"premium"_s, u"guild-demo"_s);
        QVERIFY(signedIn.wait(15000));
        QTRY_COMPARE(switcher->entries().size(), 2);
        QVERIFY(!switcher->entries().at(0).current);
        QVERIFY(switcher->entries().at(1).current);
        QVERIFY(switcher->buttons().at(1)->isChecked());
        QTRY_VERIFY(feedHolds(window, u"Only in the Rust community"_s));
        QVERIFY(!feedHolds(window, u"Only in the Qt community"_s));

        // One click back: no password, the first community's own cache and account.
        QTest::mouseClick(switcher->buttons().at(0), Qt::LeftButton);
        QVERIFY(signedIn.wait(15000));
        QCOMPARE(controller.session().server(), qt.baseUrl());
        QCOMPARE(controller.session().user().username, u"member"_s);
        QTRY_VERIFY(feedHolds(window, u"Only in the Qt community"_s));
        QVERIFY(!feedHolds(window, u"Only in the Rust community"_s));
        QTRY_VERIFY(switcher->entries().at(0).current);
        QVERIFY(switcher->buttons().at(0)->isChecked());
        QVERIFY(!switcher->buttons().at(1)->isChecked());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        for (QToolButton *button : switcher->buttons()) {
            QVERIFY(button->isVisible());
            QVERIFY(!button->icon().isNull());
        }
        QDir().mkpath(QStringLiteral(GUILD_ARTIFACT_DIR));
        QVERIFY(window.grab().save(QStringLiteral(GUILD_ARTIFACT_DIR "/communities.png")));

        // The search box reaches into the other community's cache; choosing a find there opens it there.
        window.openSearch();
        ui::SearchPopup *popup = window.searchPopup();
        QTRY_VERIFY(popup->isVisible());
        QTest::keyClicks(popup->input(), u"Only in the Rust"_s);
        models::SearchResultModel *results = popup->model();
        int elsewhere = -1;
        QTRY_VERIFY([&] {
            for (int row = 0; row < results->rowCount(); ++row) {
                if (!results->index(row).data(models::SearchResultModel::HeadingRole).toBool() &&
                    results->index(row).data(models::SearchResultModel::GroupRole).toInt() ==
                        int(models::SearchResultModel::Group::Elsewhere)) {
                    elsewhere = row;
                    return true;
                }
            }
            return false;
        }());
        QVERIFY(results->index(elsewhere)
                    .data(models::SearchResultModel::TitleRole)
                    .toString()
                    .endsWith(u"Only in the Rust community"_s));
        QVERIFY(popup->grab().save(QStringLiteral(GUILD_ARTIFACT_DIR "/communities_search.png")));
        popup->results()->setCurrentIndex(results->index(elsewhere));
        QTest::keyClick(popup->input(), Qt::Key_Return);
        QVERIFY(signedIn.wait(15000));
        QCOMPARE(controller.session().user().username, u"premium"_s);
        QTRY_COMPARE(window.feedPanel()->reader()->shownArticle().title, u"Only in the Rust community"_s);

        // And again the other way, then signed out of one: the other opens, still signed in.
        QTRY_VERIFY(feedHolds(window, u"Only in the Rust community"_s));
        controller.session().signOut();
        QVERIFY(signedIn.wait(15000));
        QCOMPARE(controller.session().server(), qt.baseUrl());
        QTRY_COMPARE(switcher->entries().size(), 1);
        QCOMPARE(controller.accounts().accounts().size(), 1);
    }
};

QTEST_MAIN(TestCommunities)
#include "tst_communities.moc"
