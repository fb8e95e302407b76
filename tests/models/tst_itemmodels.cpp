// Every item model the client shows, driven through its changes under QAbstractItemModelTester, which
// fails the test on any broken promise to the views (rows, parents, signals, roles).

#include "models/channellistmodel.h"
#include "models/chatsearchmodel.h"
#include "models/contenttablemodel.h"
#include "models/courselistmodel.h"
#include "models/recordlistmodel.h"
#include "models/searchresultmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace guild;
using namespace guild::models;

namespace {

constexpr auto Fatal = QAbstractItemModelTester::FailureReportingMode::QtTest;

struct Note
{
    qint64 id = 0;
    QString text;
};

/// The smallest panel model: a row reads as its text.
class NoteModel final : public RecordListModel<Note>
{
public:
    using RecordListModel::RecordListModel;

protected:
    QVariant display(const Note &note, int row, int role) const override
    {
        return role == Qt::DisplayRole ? QVariant(u"%1. %2"_s.arg(row + 1).arg(note.text)) : QVariant();
    }
};

protocol::chat::Channel channel(qint64 id, const QString &name, qint64 lastSeq)
{
    protocol::chat::Channel c;
    c.id = id;
    c.name = name;
    c.lastSeq = lastSeq;
    return c;
}

protocol::course::Course course(qint64 id, const QString &title, bool enrolled, int progress)
{
    protocol::course::Course c;
    c.id = id;
    c.title = title;
    c.authorName = u"李老师"_s;
    c.enrolled = enrolled;
    c.progressPercent = progress;
    c.lessonCount = 4;
    c.completedLessons = c.lessonCount * progress / 100;
    return c;
}

} // namespace

class TestItemModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recordListModel_rowsIdsRecordsAndRefresh()
    {
        NoteModel model;
        QAbstractItemModelTester tester(&model, Fatal);
        QCOMPARE(model.rowCount(), 0);
        model.setRecords({{7, u"first"_s}, {9, u"second"_s}});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(1).data().toString(), u"2. second"_s);
        QCOMPARE(model.index(0).data(NoteModel::IdRole).toLongLong(), 7);
        QCOMPARE(model.index(1).data(NoteModel::RecordRole).value<Note>().text, u"second"_s);
        QCOMPARE(model.rowOfId(9), 1);
        QCOMPARE(model.rowOfId(8), -1);
        QVERIFY(model.at(2) == nullptr);
        QVERIFY(model.at(QModelIndex()) == nullptr);
        QCOMPARE(model.at(model.index(0))->text, u"first"_s);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.refresh();
        QCOMPARE(changed.size(), 1);
        model.setRecords({});
        model.refresh(); // nothing to tell about an empty list
        QCOMPARE(changed.size(), 1);
    }

    void channelListModel_followsMessagesReadsAndLevels()
    {
        ChannelListModel model;
        QAbstractItemModelTester tester(&model, Fatal);
        model.setChannels({channel(1, u"general"_s, 10), channel(2, u"help"_s, 3)});
        QCOMPARE(model.rowCount(), 2);
        model.setRead(1, 4);
        QCOMPARE(model.index(model.rowOf(1)).data(ChannelListModel::UnreadRole).toInt(), 6);
        model.noteMessage(1, 11, false);
        QCOMPARE(model.index(model.rowOf(1)).data(ChannelListModel::UnreadRole).toInt(), 7);
        model.noteMessage(1, 12, true); // the member's own message reads everything before it
        QCOMPARE(model.index(model.rowOf(1)).data(ChannelListModel::UnreadRole).toInt(), 0);
        model.addMention(2);
        model.setNotifyLevel(2, protocol::chat::NotifyLevel::Muted);
        QCOMPARE(model.notifyLevel(2), protocol::chat::NotifyLevel::Muted);
        model.addChannel(channel(3, u"新频道"_s, 0));
        QCOMPARE(model.rowCount(), 3);
        model.removeChannel(2);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.rowOf(2), -1);
        model.removeChannel(42); // unknown: nothing happens
        QCOMPARE(model.rowCount(), 2);
    }

    void chatSearchModel_resultsWithTheirChannels()
    {
        ChatSearchModel model;
        QAbstractItemModelTester tester(&model, Fatal);
        protocol::chat::Message m;
        m.channelId = 1;
        m.seq = 5;
        m.senderName = u"小明"_s;
        m.body = u"线程池怎么用"_s;
        model.setResults({m, m}, {{1, u"general"_s}});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0).data(ChatSearchModel::ChannelNameRole).toString(), u"general"_s);
        QCOMPARE(model.index(0).data(ChatSearchModel::SeqRole).toLongLong(), 5);
        model.setResults({}, {});
        QCOMPARE(model.rowCount(), 0);
    }

    void searchResults_groupedUnderHeadings_thatTheKeysStepOver()
    {
        models::SearchResultModel model;
        QAbstractItemModelTester tester(&model, Fatal);
        const auto hit = [](models::SearchHit::Kind kind, qint64 id) {
            models::SearchHit h;
            h.kind = kind;
            h.id = id;
            h.title = u"t%1"_s.arg(id);
            return h;
        };
        using Kind = models::SearchHit::Kind;
        models::SearchResults results;
        results.articles = {hit(Kind::Article, 1), hit(Kind::Article, 2)};
        results.messages = {hit(Kind::Message, 3)};
        model.setResults(results);
        // Articles' heading, two articles, the messages' heading, one message; no empty group.
        QCOMPARE(model.rowCount(), 5);
        QVERIFY(model.index(0).data(models::SearchResultModel::HeadingRole).toBool());
        QCOMPARE(model.index(0).data(Qt::DisplayRole).toInt(), 2);
        QCOMPARE(model.flags(model.index(0)), Qt::NoItemFlags);
        QCOMPARE(model.index(3).data(models::SearchResultModel::GroupRole).toInt(),
                 int(models::SearchResultModel::Group::Messages));
        QCOMPARE(model.firstHitRow(), 1);
        QCOMPARE(model.nextHitRow(2, 1), 4);  // over the messages' heading
        QCOMPARE(model.nextHitRow(4, 1), 4);  // the last stays
        QCOMPARE(model.nextHitRow(1, -1), 1); // nothing above but a heading
        QVERIFY(model.hitAt(3) == nullptr);
        QCOMPARE(model.hitAt(4)->id, 3);
        // What only the server found comes last, in its own group, marked.
        models::SearchHit question = hit(Kind::Question, 9);
        question.online = true;
        results.community = {question};
        model.setResults(results);
        QCOMPARE(model.rowCount(), 7);
        QCOMPARE(model.index(5).data(models::SearchResultModel::GroupRole).toInt(),
                 int(models::SearchResultModel::Group::Community));
        QVERIFY(model.index(6).data(models::SearchResultModel::OnlineRole).toBool());
        QVERIFY(!model.index(4).data(models::SearchResultModel::OnlineRole).toBool());
        model.setResults({});
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.firstHitRow(), -1);
    }

    void searchFilter_takesTheNarrowingTypedAmongTheWords()
    {
        models::SearchFilter f;
        QCOMPARE(f.takeTypedFilters(u"线程 #Qt from:mei 池"_s), u"线程 池"_s);
        QCOMPARE(f.tag, u"Qt"_s);
        QCOMPARE(f.author, u"mei"_s);
        models::SearchFilter zh;
        QCOMPARE(zh.takeTypedFilters(u"作者：李老师 ＃cpp 移动 "_s), u"移动 "_s); // a last space: the word is whole
        QCOMPARE(zh.tag, u"cpp"_s);
        QCOMPARE(zh.author, u"李老师"_s);
        QVERIFY(!zh.wantsMessages() && !zh.wantsCourses() && zh.wantsArticles());
        models::SearchFilter plain;
        QCOMPARE(plain.takeTypedFilters(u"# from: C#"_s), u"# from: C#"_s); // nothing after them: words
        QVERIFY(plain.tag.isEmpty() && plain.author.isEmpty());
    }

    void contentAndCohortTables_haveTheirColumns()
    {
        ContentTableModel content;
        QAbstractItemModelTester contentTester(&content, Fatal);
        protocol::analytics::ContentFigure figure;
        figure.itemType = u"article"_s;
        figure.itemId = 3;
        figure.title = u"RAII"_s;
        figure.readingSeconds = 7200;
        figure.reads = 12;
        content.setItems({figure, figure});
        QCOMPARE(content.rowCount(), 2);
        QCOMPARE(content.columnCount(), int(ContentTableModel::ColumnCount));
        QCOMPARE(content.index(0, ContentTableModel::Title).data().toString(), u"RAII"_s);
        QVERIFY(!content.headerData(ContentTableModel::Reads, Qt::Horizontal).toString().isEmpty());

        CohortTableModel cohorts;
        QAbstractItemModelTester cohortTester(&cohorts, Fatal);
        protocol::analytics::Cohort week;
        week.week = QDate(2026, 11, 2);
        week.size = 40;
        week.retention = {1.0, 0.5, 0.25};
        protocol::analytics::Cohort later = week;
        later.week = QDate(2026, 11, 9);
        later.retention = {1.0, 0.6};
        cohorts.setCohorts({week, later});
        QCOMPARE(cohorts.rowCount(), 2);
        QCOMPARE(cohorts.columnCount(), 3);
        QCOMPARE(cohorts.index(0, 2).data(CohortTableModel::ShareRole).toDouble(), 0.25);
        QVERIFY(!cohorts.index(1, 2).data(CohortTableModel::ShareRole).isValid()); // not a week old yet
        cohorts.setCohorts({});
        QCOMPARE(cohorts.rowCount(), 0);
    }

    void courseFilterModel_filtersAndSearches()
    {
        CourseListModel courses;
        CourseFilterModel filter;
        filter.setSourceModel(&courses);
        QAbstractItemModelTester sourceTester(&courses, Fatal);
        QAbstractItemModelTester filterTester(&filter, Fatal);
        courses.setCourses({course(1, u"Qt Quick 高级组件开发"_s, true, 50), course(2, u"C++20 协程"_s, false, 0),
                            course(3, u"CMake in practice"_s, true, 100)});
        QCOMPARE(filter.rowCount(), 3);
        filter.setFilter(CourseFilterModel::Filter::InProgress);
        QCOMPARE(filter.rowCount(), 1);
        QCOMPARE(filter.index(0, 0).data(CourseListModel::IdRole).toLongLong(), 1);
        filter.setFilter(CourseFilterModel::Filter::Completed);
        QCOMPARE(filter.rowCount(), 1);
        filter.setFilter(CourseFilterModel::Filter::All);
        filter.setSearch(u"协程"_s);
        QCOMPARE(filter.rowCount(), 1);
        filter.setSearch(u"李老师"_s); // the author counts too
        QCOMPARE(filter.rowCount(), 3);
        courses.updateCourse(course(2, u"C++20 协程"_s, true, 25));
        courses.setDownloaded(3, true);
        filter.setSearch(QString());
        filter.setFilter(CourseFilterModel::Filter::Downloaded);
        QCOMPARE(filter.rowCount(), 1);
    }
};

QTEST_GUILESS_MAIN(TestItemModels)
#include "tst_itemmodels.moc"
