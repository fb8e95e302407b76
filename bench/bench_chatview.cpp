#include "chathistory.h"
#include "models/chatmessagemodel.h"
#include "ui/chat/chatdelegates.h"

#include <QApplication>
#include <QListView>
#include <QScrollBar>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace guild;

// The chat message view with 100,000 messages in one channel: opening the channel, jumping to the end,
// and scrolling a page at a time, each including a full paint of the visible rows.
class BenchChatView : public QObject
{
    Q_OBJECT
private:
    QList<protocol::chat::Message> m_history;
    models::ChatMessageModel m_model;
    std::unique_ptr<QListView> m_view;

private Q_SLOTS:
    void initTestCase()
    {
        m_history = bench::channelHistory(100000);
        m_view = std::make_unique<QListView>();
        m_view->setItemDelegate(new ui::MessageDelegate(m_view.get()));
        m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
        m_view->setResizeMode(QListView::Adjust);
        m_view->setLayoutMode(QListView::Batched);
        m_view->setBatchSize(200);
        m_view->resize(900, 700);
        m_view->setModel(&m_model);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    }

    void openChannel_100000_toFirstPaint()
    {
        QBENCHMARK_ONCE
        {
            m_model.reset(1, m_history, {});
            m_view->scrollToBottom();
            m_view->grab();
        }
        QCOMPARE(m_model.rowCount(), 100000);
    }

    void fullLayout_100000_singlePass()
    {
        // What the batched layout spreads over many event-loop turns, done at once: the total cost.
        QListView view;
        view.setItemDelegate(new ui::MessageDelegate(&view));
        view.setResizeMode(QListView::Adjust);
        view.setLayoutMode(QListView::SinglePass);
        view.resize(900, 700);
        models::ChatMessageModel model;
        view.setModel(&model);
        view.show();
        QBENCHMARK_ONCE
        {
            model.reset(1, m_history, {});
            view.scrollToBottom();
            view.grab();
        }
    }

    void scrollOnePage_andPaint()
    {
        QScrollBar *bar = m_view->verticalScrollBar();
        QBENCHMARK
        {
            bar->setValue(bar->value() > bar->minimum() + 800 ? bar->value() - 700 : bar->maximum());
            m_view->grab();
        }
    }

    void newMessageArrives_atTheEnd()
    {
        qint64 seq = 100000;
        QBENCHMARK
        {
            protocol::chat::Message m = m_history.last();
            m.seq = ++seq;
            m.id = seq;
            m_model.upsert(m);
            m_view->scrollToBottom();
            m_view->grab();
        }
    }
};

QTEST_MAIN(BenchChatView)
#include "bench_chatview.moc"
