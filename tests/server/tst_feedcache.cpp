#include "domain/feedcache.h"

#include <QTest>

using namespace Qt::StringLiterals;
using guild::server::ArticleRow;
using guild::server::FeedCache;

// What the feed's kept pages promise: nothing kept across a version, nothing read under an older
// version kept, and the memory bound.
class TestFeedCache : public QObject
{
    Q_OBJECT
private:
    static QList<ArticleRow> rows(int count, const QString &title)
    {
        QList<ArticleRow> list;
        for (int i = 0; i < count; ++i) {
            ArticleRow row;
            row.article.id = i + 1;
            row.article.title = title;
            list.append(row);
        }
        return list;
    }

private Q_SLOTS:
    void kept_underItsVersion_only()
    {
        FeedCache cache;
        QVERIFY(!cache.find(u"q"_s, 5));
        cache.keep(u"q"_s, rows(3, u"five"_s), 5);
        const auto kept = cache.find(u"q"_s, 5);
        QVERIFY(kept);
        QCOMPARE(kept->size(), 3);
        QVERIFY(!cache.find(u"other"_s, 5));
        QVERIFY(!cache.find(u"q"_s, 6)); // the version moved: everything goes
        QVERIFY(!cache.find(u"q"_s, 5)); // and does not come back under the old one
    }

    void rowsReadUnderAnotherVersion_areNotKept()
    {
        FeedCache cache;
        QVERIFY(!cache.find(u"q"_s, 7)); // a request read version 7 …
        QVERIFY(!cache.find(u"q"_s, 8)); // … another one has since seen 8
        cache.keep(u"q"_s, rows(1, u"old"_s), 7);
        QVERIFY(!cache.find(u"q"_s, 8));
        cache.keep(u"q"_s, rows(1, u"new"_s), 8);
        QCOMPARE(cache.find(u"q"_s, 8)->first().article.title, u"new"_s);
    }

    void pastItsBudget_itStartsAgain()
    {
        const qsizetype page = FeedCache::estimatedBytes(rows(20, u"a title of some length"_s));
        FeedCache cache(3 * page + 1024); // three pages and their keys, not four
        QVERIFY(!cache.find(u"p1"_s, 1));
        for (const QString &key : {u"p1"_s, u"p2"_s, u"p3"_s}) {
            cache.keep(key, rows(20, u"a title of some length"_s), 1);
        }
        QVERIFY(cache.find(u"p1"_s, 1) && cache.find(u"p3"_s, 1));
        cache.keep(u"p4"_s, rows(20, u"a title of some length"_s), 1);
        QVERIFY(!cache.find(u"p1"_s, 1));
        QVERIFY(cache.find(u"p4"_s, 1));
        QVERIFY(FeedCache::estimatedBytes(rows(1, QString(10'000, u'x'))) > 20'000);

        // Empty answers (ids that name nothing) count too, so asking for many cannot grow it unbounded.
        FeedCache small(4096);
        QVERIFY(!small.find(u"0"_s, 1));
        for (int id = 1; id <= 100; ++id) {
            small.keep(QString::number(id), {}, 1);
        }
        QVERIFY(!small.find(u"1"_s, 1)); // the first went when the budget filled
        QVERIFY(small.find(u"100"_s, 1));
    }
};

QTEST_GUILESS_MAIN(TestFeedCache)
#include "tst_feedcache.moc"
