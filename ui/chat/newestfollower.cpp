#include "newestfollower.h"

#include <QEvent>
#include <QListView>
#include <QScrollBar>
#include <QToolButton>

namespace guild::ui {

namespace {
/// How close to the end still counts as "at the newest message", in pixels.
constexpr int Slack = 40;
} // namespace

NewestFollower::NewestFollower(QListView *list)
    : QObject(list)
    , m_list(list)
    , m_button(new QToolButton(list))
{
    m_button->setCursor(Qt::PointingHandCursor);
    m_button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_button->hide();
    connect(m_button, &QToolButton::clicked, this, &NewestFollower::jumpToNewest);
    // Whether the member is at the end is decided when they scroll, not when a message arrives: by
    // then the view may not have laid out the messages before it yet (a busy channel stopped
    // following that way). Each growth of the range then keeps a follower at the end. The list lays
    // its rows out again in batches after each new one, so its range shrinks for a moment: the
    // position that clamps is not the member's doing, and theirs comes back once the rows are there.
    QScrollBar *bar = list->verticalScrollBar();
    connect(bar, &QScrollBar::valueChanged, this, [this, bar](int value) {
        if (m_moving) {
            return;
        }
        if (m_clamped) {
            m_clamped = false;
            return;
        }
        m_held = -1;
        setFollowing(value >= bar->maximum() - Slack);
    });
    connect(bar, &QScrollBar::rangeChanged, this, [this, bar](int, int maximum) {
        if (m_following) {
            follow();
        } else if (bar->value() > maximum) { // still the value before the range moved
            if (m_held < 0) {
                m_held = bar->value();
            }
            m_clamped = true;
        } else if (m_held >= 0 && maximum >= m_held) {
            m_moving = true;
            bar->setValue(m_held);
            m_moving = false;
            m_held = -1;
        }
    });
    QAbstractItemModel *model = list->model();
    connect(model, &QAbstractItemModel::rowsInserted, this,
            [this, model](const QModelIndex &parent, int first, int last) {
                if (parent.isValid() || last != model->rowCount() - 1) {
                    return; // older messages above, or a thread's
                }
                if (m_following) {
                    follow();
                } else {
                    m_unseen += last - first + 1;
                    updateButton();
                }
            });
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        m_unseen = 0;
        updateButton();
    });
    list->installEventFilter(this);
    retranslate();
}

void NewestFollower::follow()
{
    // Only the scroll bar: this runs while the view lays itself out.
    m_moving = true;
    m_list->verticalScrollBar()->setValue(m_list->verticalScrollBar()->maximum());
    m_moving = false;
}

void NewestFollower::jumpToNewest()
{
    setFollowing(true);
    m_held = -1;
    m_moving = true;
    m_list->scrollToBottom();
    m_moving = false;
}

void NewestFollower::setFollowing(bool following)
{
    m_following = following;
    if (following && m_unseen > 0) {
        m_unseen = 0;
        updateButton();
    }
}

void NewestFollower::updateButton()
{
    m_button->setVisible(m_unseen > 0);
    if (m_unseen > 0) {
        m_button->setText(tr("%n new message(s) ↓", nullptr, m_unseen));
        m_button->setAccessibleName(m_button->text());
        m_button->adjustSize();
        m_button->move((m_list->width() - m_button->width()) / 2, m_list->height() - m_button->height() - 12);
        m_button->raise();
    }
}

void NewestFollower::retranslate()
{
    m_button->setToolTip(tr("Go to the newest message"));
    m_button->setAccessibleDescription(m_button->toolTip());
    updateButton();
}

bool NewestFollower::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_list && event->type() == QEvent::Resize) {
        updateButton();
    }
    return QObject::eventFilter(watched, event);
}

} // namespace guild::ui
