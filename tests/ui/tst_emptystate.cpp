#include "ui/common/emptystate.h"

#include <QDir>
#include <QListView>
#include <QPushButton>
#include <QStringListModel>
#include <QTest>

using namespace Qt::StringLiterals;
using guild::ui::EmptyState;

// An empty list says what it is for and offers the first thing to do; it steps aside for the first row.
class TestEmptyState : public QObject
{
    Q_OBJECT
private slots:
    void showsWhileEmpty_offersTheFirstAction_andFollowsTheModel()
    {
        QListView list;
        QStringListModel model;
        list.setModel(&model);
        list.resize(520, 360);
        int asked = 0;
        int acted = 0;
        auto *empty = new EmptyState(
            &list,
            [&asked] {
                ++asked;
                return EmptyState::Texts{u"No questions yet"_s, u"Ask what you are stuck on."_s,
                                         u"Ask the first question"_s};
            },
            [&acted] { ++acted; });
        list.show();
        QVERIFY(QTest::qWaitForWindowExposed(&list));
        QVERIFY(empty->isVisible());
        QCOMPARE(empty->title(), u"No questions yet"_s);
        QCOMPARE(empty->geometry(), list.viewport()->rect());
        QVERIFY(empty->button()->isVisible());
        QDir().mkpath(QStringLiteral(GUILD_ARTIFACT_DIR));
        QVERIFY(list.grab().save(QStringLiteral(GUILD_ARTIFACT_DIR) + u"/empty_state.png"_s));
        QTest::mouseClick(empty->button(), Qt::LeftButton);
        QCOMPARE(acted, 1);

        // Only some members may take the action: the button goes, the words stay.
        empty->setActionAvailable(false);
        QVERIFY(!empty->button()->isVisible());
        empty->setActionAvailable(true);
        QVERIFY(empty->button()->isVisible());

        // The first row: out of the way. The last removed: back.
        model.setStringList({u"How do I read a core dump?"_s});
        QVERIFY(!empty->isVisible());
        model.removeRows(0, 1);
        QVERIFY(empty->isVisible());
        model.setStringList({u"a"_s, u"b"_s}); // a reset
        QVERIFY(!empty->isVisible());

        // Another model on the view is followed too.
        QStringListModel other;
        list.setModel(&other);
        QTRY_VERIFY(empty->isVisible());

        // The language changed: the texts are asked for again.
        const int before = asked;
        QEvent change(QEvent::LanguageChange);
        QCoreApplication::sendEvent(empty, &change);
        QCOMPARE(asked, before + 1);

        // It follows the list's size.
        list.resize(700, 500);
        QTRY_COMPARE(empty->geometry(), list.viewport()->rect());
    }

    void withoutAnAction_noButton()
    {
        QListView list;
        QStringListModel model;
        list.setModel(&model);
        auto *empty = new EmptyState(&list, [] { return EmptyState::Texts{u"Nothing saved yet"_s, u"…"_s, {}}; });
        list.show();
        QVERIFY(QTest::qWaitForWindowExposed(&list));
        QVERIFY(empty->isVisible());
        QVERIFY(!empty->button()->isVisible());
    }
};

QTEST_MAIN(TestEmptyState)
#include "tst_emptystate.moc"
