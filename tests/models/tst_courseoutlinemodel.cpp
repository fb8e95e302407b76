// The course outline an author rearranges: sections and lessons move by drag and drop (the same
// mime data a view hands over), persistent indexes follow them, each move announces the whole order,
// and drops that make no sense are refused. Checked by QAbstractItemModelTester throughout.

#include "models/courseoutlinemodel.h"
#include "models/quiztext.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using guild::models::CourseOutlineModel;
using namespace guild::protocol;

namespace {

course::Course twoSections()
{
    course::Course c;
    c.id = 7;
    const auto lesson = [](qint64 id, qint64 section, const QString &title, course::LessonKind kind) {
        course::LessonSummary l;
        l.id = id;
        l.sectionId = section;
        l.title = title;
        l.kind = kind;
        return l;
    };
    c.sections = {
        {1,
         u"Basics"_s,
         {lesson(10, 1, u"Why"_s, course::LessonKind::Text), lesson(11, 1, u"Setup"_s, course::LessonKind::Video),
          lesson(12, 1, u"Check"_s, course::LessonKind::Quiz)}},
        {2, u"Models"_s, {lesson(20, 2, u"Lists"_s, course::LessonKind::Text)}}};
    return c;
}

QList<qint64> lessonsOf(const CourseOrder &order, int section)
{
    return order.sections.at(section).lessons;
}

} // namespace

class TestCourseOutlineModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void outline_showsSectionsAndLessons()
    {
        CourseOutlineModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCourse(twoSections());
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.rowCount(model.index(0, 0)), 3);
        QCOMPARE(model.index(0, 0).data().toString(), u"Basics"_s);
        QVERIFY(model.index(1, 0, model.index(0, 0)).data().toString().contains(u"no video yet"_s));
        QCOMPARE(model.lessonIndex(20).parent(), model.sectionIndex(2));
        QCOMPARE(model.order().sections.size(), 2);
        QCOMPARE(lessonsOf(model.order(), 0), (QList<qint64>{10, 11, 12}));
    }

    void dragAndDrop_movesLessonsAcrossSections_andSectionsAmongThemselves()
    {
        CourseOutlineModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCourse(twoSections());
        QSignalSpy changed(&model, &CourseOutlineModel::orderChanged);
        const QPersistentModelIndex quiz = model.lessonIndex(12);

        // The quiz, dragged into "Models" before "Lists".
        std::unique_ptr<QMimeData> drag(model.mimeData({model.lessonIndex(12)}));
        QVERIFY(drag);
        QVERIFY(model.canDropMimeData(drag.get(), Qt::MoveAction, 0, 0, model.sectionIndex(2)));
        QVERIFY(model.dropMimeData(drag.get(), Qt::MoveAction, 0, 0, model.sectionIndex(2)));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(lessonsOf(model.order(), 0), (QList<qint64>{10, 11}));
        QCOMPARE(lessonsOf(model.order(), 1), (QList<qint64>{12, 20}));
        // The selection (a persistent index) follows it.
        QVERIFY(quiz.isValid());
        QCOMPARE(quiz.data(CourseOutlineModel::IdRole).toLongLong(), 12);
        QCOMPARE(quiz.parent(), QModelIndex(model.sectionIndex(2)));
        QCOMPARE(quiz.data(CourseOutlineModel::SectionIdRole).toLongLong(), 2);

        // Within a section, downwards: "Why" after "Setup".
        QVERIFY(model.moveLesson(10, 1, 2));
        QCOMPARE(lessonsOf(model.order(), 0), (QList<qint64>{11, 10}));

        // "Models" first: its lessons come along.
        drag.reset(model.mimeData({model.sectionIndex(2)}));
        QVERIFY(model.dropMimeData(drag.get(), Qt::MoveAction, 0, 0, {}));
        QCOMPARE(model.order().sections.at(0).id, 2);
        QCOMPARE(lessonsOf(model.order(), 0), (QList<qint64>{12, 20}));
        QCOMPARE(quiz.parent(), QModelIndex(model.sectionIndex(2)));
        QCOMPARE(changed.size(), 3);
    }

    void senselessDrops_areRefused_andChangeNothing()
    {
        CourseOutlineModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCourse(twoSections());
        QSignalSpy changed(&model, &CourseOutlineModel::orderChanged);
        std::unique_ptr<QMimeData> lesson(model.mimeData({model.lessonIndex(10)}));
        std::unique_ptr<QMimeData> section(model.mimeData({model.sectionIndex(1)}));
        QVERIFY(!model.canDropMimeData(lesson.get(), Qt::MoveAction, 0, 0, {}));                     // a lesson outside
        QVERIFY(!model.canDropMimeData(lesson.get(), Qt::MoveAction, 0, 0, model.lessonIndex(20)));  // into a lesson
        QVERIFY(!model.canDropMimeData(section.get(), Qt::MoveAction, 0, 0, model.sectionIndex(2))); // nested
        QVERIFY(!model.canDropMimeData(lesson.get(), Qt::CopyAction, 0, 0, model.sectionIndex(2)));
        QMimeData foreign;
        foreign.setText(u"hello"_s);
        QVERIFY(!model.dropMimeData(&foreign, Qt::MoveAction, 0, 0, model.sectionIndex(1)));
        QVERIFY(!model.moveLesson(10, 1, 0)); // where it is
        QVERIFY(!model.moveLesson(10, 1, 1));
        QVERIFY(!model.moveLesson(99, 1, 0));
        QVERIFY(!model.moveSection(1, 0));
        QVERIFY(!model.moveSection(1, 9));
        QVERIFY(model.mimeData({model.lessonIndex(10), model.lessonIndex(11)}) == nullptr); // one at a time
        QCOMPARE(changed.size(), 0);
        QCOMPARE(lessonsOf(model.order(), 0), (QList<qint64>{10, 11, 12}));
    }

    void quizText_roundTrips_andSaysWhichLineIsWrong()
    {
        const QString text = u"? Which class owns its children?\n"
                             "* QObject\n- QString\n> Parent ownership.\n\n"
                             "? Which are containers?\nPick all.\n* QList\n* QHash\n- QTimer"_s;
        QString error;
        const auto quiz = guild::models::QuizText::read(text, &error);
        QVERIFY2(quiz, qPrintable(error));
        QCOMPARE(quiz->size(), 2);
        QCOMPARE(quiz->at(0).answer, QList<int>{0});
        QCOMPARE(quiz->at(0).explanation, u"Parent ownership."_s);
        QCOMPARE(quiz->at(1).prompt, u"Which are containers?\nPick all."_s);
        QCOMPARE(quiz->at(1).answer, (QList<int>{0, 1}));
        // Written back as the author would see it, and read again the same.
        QList<course::QuizQuestion> stored;
        for (const QuizItemInput &q : *quiz) {
            stored.append({0, q.prompt, q.answer.size() > 1, q.options, q.answer, q.explanation});
        }
        const auto again = guild::models::QuizText::read(guild::models::QuizText::write(stored), &error);
        QVERIFY(again);
        QCOMPARE(again->at(1).options, quiz->at(1).options);

        for (const auto &[bad, line] :
             {std::pair(u"* orphan"_s, u"Line 1"_s), std::pair(u"? Q\n* only one"_s, u"Line 2"_s),
              std::pair(u"? Q\n- a\n- b"_s, u"right answer"_s), std::pair(u"? Q\n* a\n- b\nstray words"_s, u"Line 4"_s),
              std::pair(u"   "_s, u"at least one question"_s)}) {
            QVERIFY(!guild::models::QuizText::read(bad, &error));
            QVERIFY2(error.contains(line), qPrintable(error));
        }
    }
};

QTEST_GUILESS_MAIN(TestCourseOutlineModel)
#include "tst_courseoutlinemodel.moc"
