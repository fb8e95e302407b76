#include "models/chatmessagemodel.h"
#include "ui/chat/chatdelegates.h"
#include "ui/chat/newestfollower.h"
#include "ui/chat/stickyrunheader.h"
#include "ui/common/translations.h"

#include <QDir>
#include <QListView>
#include <QLocale>
#include <QScrollBar>
#include <QTest>
#include <QTimer>
#include <QToolButton>

using namespace Qt::StringLiterals;
using guild::models::ChatMessageModel;
using guild::protocol::chat::Message;
using guild::ui::NewestFollower;
using guild::ui::StickyRunHeader;

// A busy channel stays readable: the conversation follows the newest message however fast they
// arrive, unless the member scrolled up; then it stays where they are and counts what came.
class TestNewestFollower : public QObject
{
    Q_OBJECT
private:
    ChatMessageModel m_model;
    std::unique_ptr<QListView> m_list;
    NewestFollower *m_follower = nullptr;
    StickyRunHeader *m_runHeader = nullptr;
    qint64 m_seq = 0;

    Message next()
    {
        static const QStringList bodies{u"short one"_s,
                                        u"A longer message that wraps over a couple of lines in a view of ordinary "
                                        "width, the way people write when they explain something."_s,
                                        u"```cpp\nfor (int i = 0; i < n; ++i) {\n    work(i);\n}\n```"_s,
                                        u"中文消息也要顺畅地显示。"_s};
        Message m;
        m.channelId = 1;
        m.seq = ++m_seq;
        m.id = m.seq;
        m.senderId = 2 + m.seq % 5;
        m.senderName = u"Member %1"_s.arg(m.senderId);
        m.body = bodies.at(m.seq % bodies.size());
        m.createdAt = QDateTime::fromSecsSinceEpoch(1700000000 + m.seq * 2, Qt::UTC);
        m.rev = m.seq;
        return m;
    }

    /// `count` messages from others, one every millisecond or so, as the connection hands them over.
    void arrive(int count)
    {
        QTimer timer;
        int left = count;
        connect(&timer, &QTimer::timeout, this, [&] {
            m_model.upsert(next());
            if (--left == 0) {
                timer.stop();
            }
        });
        timer.start(1);
        QTRY_VERIFY_WITH_TIMEOUT(left == 0, 60000);
    }

    bool atNewest() const
    {
        const QScrollBar *bar = m_list->verticalScrollBar();
        return bar->value() == bar->maximum() &&
               m_list->viewport()->rect().intersects(m_list->visualRect(m_model.index(m_model.rowCount() - 1)));
    }

private Q_SLOTS:
    void initTestCase()
    {
        guild::ui::Translations::apply(u"en"_s); // the English plurals, as the app has them
        m_model.setMyUserId(1);
        QList<Message> history;
        for (int i = 0; i < 50; ++i) {
            history.append(next());
        }
        m_model.reset(1, history, {});
        // Set up as the chat panel sets up its conversation.
        m_list = std::make_unique<QListView>();
        m_list->setModel(&m_model);
        m_list->setItemDelegate(new guild::ui::MessageDelegate(m_list.get()));
        m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
        m_list->setResizeMode(QListView::Adjust);
        m_list->setLayoutMode(QListView::Batched);
        m_list->setBatchSize(200);
        m_list->setWordWrap(true);
        m_list->resize(640, 480);
        m_follower = new NewestFollower(m_list.get());
        m_runHeader = new StickyRunHeader(m_list.get());
        m_list->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_list.get()));
        m_follower->jumpToNewest();
        QTRY_VERIFY(atNewest());
    }

    void aBusyChannel_isFollowedToTheNewestMessage()
    {
        arrive(2000);
        QTRY_VERIFY(atNewest());
        QVERIFY(m_follower->isFollowing());
        QCOMPARE(m_follower->unseen(), 0);
        QVERIFY(m_follower->button()->isHidden());
    }

    void scrolledUp_staysThere_andCountsWhatArrives()
    {
        QScrollBar *bar = m_list->verticalScrollBar();
        bar->triggerAction(QAbstractSlider::SliderPageStepSub); // as the member's Page Up
        bar->triggerAction(QAbstractSlider::SliderPageStepSub);
        const int reading = bar->value();
        QVERIFY(reading < bar->maximum() - 100);
        QVERIFY(!m_follower->isFollowing());
        arrive(30);
        QTRY_COMPARE(m_follower->unseen(), 30);
        // The list lays its rows out again after each arrival; once it has, the member is where they were.
        QTRY_COMPARE(bar->value(), reading);
        QVERIFY(!m_follower->isFollowing());
        QTRY_VERIFY(m_follower->button()->isVisible());
        QCOMPARE(m_follower->button()->text(), u"30 new messages ↓"_s);
        QVERIFY(m_list->rect().contains(m_follower->button()->geometry()));
        QDir().mkpath(QStringLiteral(GUILD_ARTIFACT_DIR));
        QVERIFY(m_list->grab().save(QStringLiteral(GUILD_ARTIFACT_DIR) + u"/chat_new_messages.png"_s));

        // The button goes to the newest message and follows again.
        QTest::mouseClick(m_follower->button(), Qt::LeftButton);
        QTRY_VERIFY(atNewest());
        QVERIFY(m_follower->isFollowing());
        QVERIFY(m_follower->button()->isHidden());
        arrive(100);
        QTRY_VERIFY(atNewest());
    }

    void scrollingBackDown_followsAgain()
    {
        QScrollBar *bar = m_list->verticalScrollBar();
        bar->triggerAction(QAbstractSlider::SliderPageStepSub);
        const int reading = bar->value();
        arrive(5);
        QTRY_COMPARE(m_follower->unseen(), 5);
        QTRY_COMPARE(bar->value(), reading);
        bar->triggerAction(QAbstractSlider::SliderToMaximum); // the member scrolls to the end
        QVERIFY(m_follower->isFollowing());
        QCOMPARE(m_follower->unseen(), 0);
        QVERIFY(m_follower->button()->isHidden());
        arrive(50);
        QTRY_VERIFY(atNewest());
    }

    void aLongRun_keepsItsSenderAndTimeInSight()
    {
        // Every message so far starts a group (each from another member): a header stands in only for
        // a tall message at the top whose own header is scrolled away.
        QTRY_VERIFY(atNewest());
        const QModelIndex top = m_list->indexAt(QPoint(m_list->viewport()->width() / 2, 0));
        QVERIFY(m_runHeader->isHidden() || m_runHeader->runStart() == top);
        // One member writes sixty messages in two minutes: one run, its header far above the newest.
        const int first = m_model.rowCount();
        for (int i = 0; i < 60; ++i) {
            Message m = next();
            m.senderId = 42;
            m.senderName = u"Long Talker"_s;
            m_model.upsert(m);
        }
        QTRY_VERIFY(atNewest());
        const QModelIndex start = m_model.index(first);
        QVERIFY(start.data(ChatMessageModel::FirstOfGroupRole).toBool());
        QVERIFY(!m_model.index(first + 1).data(ChatMessageModel::FirstOfGroupRole).toBool());
        QTRY_VERIFY(m_runHeader->isVisible());
        QCOMPARE(m_runHeader->runStart(), start);
        QCOMPARE(m_runHeader->sender(), u"Long Talker"_s);
        QVERIFY(m_runHeader->time().contains(QLocale().toString(
            start.data(ChatMessageModel::CreatedAtRole).toDateTime().toLocalTime().time(), QLocale::ShortFormat)));
        QCOMPARE(m_runHeader->geometry().top(), 0);
        QCOMPARE(m_runHeader->width(), m_list->viewport()->width());
        QVERIFY(m_list->grab().save(QStringLiteral(GUILD_ARTIFACT_DIR) + u"/chat_run_header.png"_s));

        // Clicking it goes to where the run starts; with the run's own header in sight it steps aside.
        QTest::mouseClick(m_runHeader, Qt::LeftButton, {}, m_runHeader->rect().center());
        QTRY_COMPARE(m_list->indexAt(QPoint(m_list->viewport()->width() / 2, 0)), start);
        QCOMPARE(m_list->visualRect(start).top(), 0);
        QVERIFY(m_runHeader->isHidden());
        QVERIFY(!m_follower->isFollowing());
        // A few pixels further its name still shows; once the second message is at the top it is back.
        m_list->verticalScrollBar()->setValue(m_list->verticalScrollBar()->value() + 4);
        QVERIFY(m_runHeader->isHidden());
        m_list->scrollTo(m_model.index(first + 1), QAbstractItemView::PositionAtTop);
        QTRY_VERIFY(m_runHeader->isVisible());
        QCOMPARE(m_runHeader->runStart(), start);
        // Above the run (the message before it starts its own group) nothing stands in.
        m_list->scrollTo(m_model.index(first - 1), QAbstractItemView::PositionAtTop);
        QTRY_VERIFY(m_runHeader->isHidden());
        m_follower->jumpToNewest();
        QTRY_VERIFY(atNewest());
    }
};

QTEST_MAIN(TestNewestFollower)
#include "tst_newestfollower.moc"
