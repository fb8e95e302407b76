#include "models/commentlistmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace guild::models;
using guild::protocol::Comment;

class TestCommentListModel : public QObject
{
    Q_OBJECT
private:
    static Comment comment(qint64 id, qint64 articleId = 7)
    {
        return {id, articleId, u"Ada"_s, u"Comment %1"_s.arg(id), QDateTime::fromSecsSinceEpoch(id * 60, Qt::UTC)};
    }

private Q_SLOTS:
    void pages_append_andSetWhereTheNextStarts()
    {
        CommentListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reset(7);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.nextPageAfter(), 0);
        model.addPage({comment(1), comment(2), comment(4)});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.nextPageAfter(), 4);
        QCOMPARE(model.data(model.index(2), CommentListModel::BodyRole).toString(), u"Comment 4"_s);
        QCOMPARE(model.data(model.index(0), CommentListModel::AuthorRole).toString(), u"Ada"_s);
        QCOMPARE(model.data(model.index(1), CommentListModel::IdRole).toLongLong(), 2);
        QCOMPARE(model.data(model.index(0), CommentListModel::CreatedAtRole).toDateTime(),
                 QDateTime::fromSecsSinceEpoch(60, Qt::UTC));
    }

    void ownComment_keepsThePageCursor_andIsNotRepeated()
    {
        CommentListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reset(7);
        model.addPage({comment(1), comment(2)});
        // The member writes while comments 3 to 9 by others are still unloaded.
        model.addOne(comment(10));
        QCOMPARE(model.nextPageAfter(), 2);
        QCOMPARE(model.rowCount(), 3);
        // The next page holds the unloaded ones and the member's own again: each is listed once, in order.
        model.addPage({comment(3), comment(9), comment(10)});
        QCOMPARE(model.rowCount(), 5);
        QList<qint64> ids;
        for (int row = 0; row < model.rowCount(); ++row) {
            ids.append(model.data(model.index(row), CommentListModel::IdRole).toLongLong());
        }
        QCOMPARE(ids, (QList<qint64>{1, 2, 3, 9, 10}));
        QCOMPARE(model.nextPageAfter(), 10);
    }

    void otherArticles_comments_areIgnored_andResetStartsOver()
    {
        CommentListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reset(7);
        model.addPage({comment(1)});
        model.addOne(comment(2, 8)); // a late answer for an article no longer shown
        QCOMPARE(model.rowCount(), 1);
        QSignalSpy reset(&model, &CommentListModel::modelReset);
        model.reset(8);
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.nextPageAfter(), 0);
        QCOMPARE(model.articleId(), 8);
    }
};

QTEST_GUILESS_MAIN(TestCommentListModel)
#include "tst_commentlistmodel.moc"
