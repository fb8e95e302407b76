#include "models/articlefeedmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace guild::models;
using guild::protocol::Article;

class TestArticleFeedModel : public QObject
{
    Q_OBJECT
private:
    static QList<Article> makePage(int offset, int count)
    {
        QList<Article> page;
        for (int i = 0; i < count; ++i) {
            Article a;
            a.id = 1000 - offset - i;
            a.title = u"Article %1"_s.arg(offset + i);
            a.locked = (offset + i) % 2;
            page.append(a);
        }
        return page;
    }

private Q_SLOTS:
    void reset_reportsFullCount_withoutLoading()
    {
        ArticleFeedModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reset(100000);
        QCOMPARE(model.rowCount(), 100000);
        QCOMPARE(model.data(model.index(99999), ArticleFeedModel::LoadedRole).toBool(), false);
        QVERIFY(model.data(model.index(99999), ArticleFeedModel::TitleRole).isNull());
    }

    void unloadedRow_requestsItsPageOnce()
    {
        ArticleFeedModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reset(120);
        QSignalSpy needed(&model, &ArticleFeedModel::pageNeeded);
        model.data(model.index(75), ArticleFeedModel::TitleRole);
        model.data(model.index(80), ArticleFeedModel::TitleRole);
        QVERIFY(needed.wait());
        QCoreApplication::processEvents(); // deliver every queued request (the model tester reads row 0 too)
        QList<QList<QVariant>> secondPage;
        for (const auto &args : std::as_const(needed)) {
            if (args.at(0).toInt() == 50) {
                secondPage.append(args);
            }
        }
        QCOMPARE(secondPage.size(), 1);
        QCOMPARE(secondPage.at(0).at(1).toInt(), 50);
        QCOMPARE(secondPage.at(0).at(2).toInt(), model.generation());
    }

    void setPage_fillsRows_andAnnouncesThem()
    {
        ArticleFeedModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reset(120);
        QSignalSpy changed(&model, &ArticleFeedModel::dataChanged);
        model.setPage(100, makePage(100, 20));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 100);
        QCOMPARE(changed.at(0).at(1).toModelIndex().row(), 119);
        QCOMPARE(model.data(model.index(105), ArticleFeedModel::TitleRole).toString(), u"Article 105"_s);
        QCOMPARE(model.data(model.index(105), ArticleFeedModel::LockedRole).toBool(), true);
        QCOMPARE(model.data(model.index(105), ArticleFeedModel::LoadedRole).toBool(), true);
        QVERIFY(model.articleAt(104));
        QVERIFY(!model.articleAt(0));
    }

    void setPage_outOfRangeOrMisaligned_isIgnored()
    {
        ArticleFeedModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reset(30);
        model.setPage(50, makePage(50, 50));
        model.setPage(7, makePage(7, 10));
        QVERIFY(!model.articleAt(7));
        model.setPage(0, makePage(0, 50)); // longer than the model: trimmed
        QVERIFY(model.articleAt(29));
        QVERIFY(!model.articleAt(30));
    }

    // Scrolling through a long feed keeps a bounded number of pages: those furthest from where the view
    // is go, and are asked for again (once) when the view comes back to them.
    void pages_areBounded_andFarOnesAskedForAgain()
    {
        ArticleFeedModel model;
        model.reset(100000);
        const int pages = ArticleFeedModel::PagesKept + 10;
        for (int page = 0; page < pages; ++page) {
            model.data(model.index(page * ArticleFeedModel::PageSize), ArticleFeedModel::TitleRole);
            model.setPage(page * ArticleFeedModel::PageSize, makePage(page * ArticleFeedModel::PageSize, 50));
        }
        int held = 0;
        for (int page = 0; page < pages; ++page) {
            held += model.articleAt(page * ArticleFeedModel::PageSize) ? 1 : 0;
        }
        QCOMPARE(held, ArticleFeedModel::PagesKept);
        QVERIFY(!model.articleAt(0));                                            // the furthest went
        QVERIFY(model.articleAt((pages - 1) * ArticleFeedModel::PageSize + 49)); // the newest stayed
        QCoreApplication::processEvents();                                       // the first asks, delivered
        QSignalSpy needed(&model, &ArticleFeedModel::pageNeeded);
        QVERIFY(model.data(model.index(3), ArticleFeedModel::TitleRole).isNull());
        QVERIFY(needed.wait());
        QCOMPARE(needed.first().at(0).toInt(), 0);
    }

    void reset_dropsPagesAndBumpsGeneration()
    {
        ArticleFeedModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reset(60);
        model.setPage(0, makePage(0, 50));
        const int generation = model.generation();
        model.reset(10);
        QVERIFY(model.generation() != generation);
        QVERIFY(!model.articleAt(0));
        QCOMPARE(model.rowCount(), 10);
    }

    void updateArticle_refreshesItsLoadedRow_only()
    {
        ArticleFeedModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reset(120);
        model.setPage(50, makePage(50, 50));
        QSignalSpy changed(&model, &ArticleFeedModel::dataChanged);
        Article liked = *model.articleAt(57);
        liked.likeCount = 12;
        liked.commentCount = 3;
        liked.likedByMe = true;
        liked.body = u"A body the feed never shows"_s;
        model.updateArticle(liked);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 57);
        QCOMPARE(model.data(model.index(57), ArticleFeedModel::LikesRole).toInt(), 12);
        QCOMPARE(model.data(model.index(57), ArticleFeedModel::CommentsRole).toInt(), 3);
        QVERIFY(model.articleAt(57)->body.isEmpty());
        QCOMPARE(model.data(model.index(58), ArticleFeedModel::LikesRole).toInt(), 0);

        Article elsewhere = liked;
        elsewhere.id = 5; // not in any loaded page
        model.updateArticle(elsewhere);
        QCOMPARE(changed.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestArticleFeedModel)
#include "tst_articlefeedmodel.moc"
