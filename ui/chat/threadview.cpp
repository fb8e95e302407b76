#include "threadview.h"

#include "chatdelegates.h"
#include "chatpanel.h"
#include "models/chatmessagemodel.h"
#include "services/chatservice.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace guild::ui {

using models::ChatMessageModel;

namespace {
// Entries of the level box: the channel's level, then the thread's own choices (0 all, 1 mentions, 2 muted).
constexpr int SameAsChannel = -1;
} // namespace

ThreadView::ThreadView(app::ChatService &chat, ChatMessageModel &conversation, QWidget *parent)
    : QWidget(parent)
    , m_chat(chat)
    , m_conversation(conversation)
    , m_model(new ChatMessageModel(this))
    , m_delegate(new MessageDelegate(this))
    , m_title(new QLabel(this))
    , m_close(new QPushButton(u"✕"_s, this))
    , m_levelLabel(new QLabel(this))
    , m_level(new QComboBox(this))
    , m_list(new QListView(this))
    , m_composer(new ComposerEdit(this))
    , m_send(new QPushButton(this))
{
    m_title->setTextFormat(Qt::PlainText);
    m_levelLabel->setTextFormat(Qt::PlainText);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_close->setFlat(true);
    m_close->setFixedWidth(28);
    connect(m_close, &QPushButton::clicked, this, [this] {
        m_rootId = 0;
        hide();
        Q_EMIT closed();
    });

    m_delegate->setShowReplyCounts(false);
    m_delegate->setShowQuotes(false);
    m_delegate->setPresence([this](qint64 userId) { return m_chat.presence().presenceOf(userId); });
    connect(m_delegate, &MessageDelegate::reactionClicked, this,
            [this](const QModelIndex &index, const QString &emoji, bool on) {
                m_chat.setReaction(index.data(ChatMessageModel::IdRole).toLongLong(), emoji, on);
            });
    m_list->setModel(m_model);
    m_list->setItemDelegate(m_delegate);
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setResizeMode(QListView::Adjust);
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    m_list->setWordWrap(true);

    connect(m_level, &QComboBox::activated, this, [this](int row) {
        const int level = m_level->itemData(row).toInt();
        if (level != SameAsChannel) {
            m_chat.notifications().setThreadLevel(m_channelId, m_rootId,
                                                  static_cast<protocol::chat::NotifyLevel>(level));
        }
    });
    connect(&m_chat.notifications(), &app::ChatNotifications::levelChanged, this, &ThreadView::showLevel);

    auto *top = new QHBoxLayout;
    top->addWidget(m_title, 1);
    top->addWidget(m_close);
    auto *levelRow = new QHBoxLayout;
    levelRow->addWidget(m_levelLabel);
    levelRow->addWidget(m_level, 1);
    auto *composerRow = new QHBoxLayout;
    composerRow->addWidget(m_composer, 1);
    composerRow->addWidget(m_send, 0, Qt::AlignBottom);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addLayout(top);
    layout->addLayout(levelRow);
    layout->addWidget(m_list, 1);
    layout->addLayout(composerRow);

    connect(m_composer, &ComposerEdit::submitted, this, &ThreadView::submit);
    connect(m_send, &QPushButton::clicked, this, &ThreadView::submit);
    connect(&m_chat, &app::ChatService::threadLoaded, this,
            [this](qint64 rootId, const QList<protocol::chat::Message> &messages) {
                if (rootId != m_rootId) {
                    return;
                }
                m_model->reset(m_channelId, messages, {});
                m_list->scrollToBottom();
            });
    connect(&m_chat, &app::ChatService::messageChanged, this, [this](const protocol::chat::Message &m) {
        if (m_rootId > 0 && (m.id == m_rootId || m.replyTo == m_rootId)) {
            m_model->update(m);
        }
    });
    // A new reply in the conversation is a new reply here.
    connect(&m_conversation, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &, int first, int last) {
        for (int row = first; row <= last && m_rootId > 0; ++row) {
            const QModelIndex index = m_conversation.index(row);
            if (index.data(ChatMessageModel::ReplyToRole).toLongLong() == m_rootId &&
                index.data(ChatMessageModel::IdRole).toLongLong() > 0) {
                reload();
                return;
            }
        }
    });
    hide();
    retranslate();
}

void ThreadView::open(qint64 channelId, qint64 rootId)
{
    m_channelId = channelId;
    m_rootId = rootId;
    m_model->reset(channelId, {}, {});
    showLevel();
    show();
    reload();
    m_composer->setFocus();
}

void ThreadView::reload()
{
    if (m_rootId > 0) {
        m_chat.loadThread(m_rootId);
    }
}

void ThreadView::submit()
{
    if (m_rootId > 0 && m_chat.sendMessage(m_channelId, m_composer->toPlainText(), m_rootId)) {
        m_composer->clear();
    }
}

void ThreadView::showLevel()
{
    const auto own = m_chat.notifications().threadLevel(m_rootId);
    m_level->setCurrentIndex(m_level->findData(own ? static_cast<int>(*own) : SameAsChannel));
}

void ThreadView::retranslate()
{
    m_title->setText(tr("Thread"));
    m_close->setToolTip(tr("Close the thread"));
    m_levelLabel->setText(tr("Notify me:"));
    m_level->clear();
    m_level->addItem(tr("As the channel"), SameAsChannel);
    using Level = protocol::chat::NotifyLevel;
    m_level->addItem(tr("All replies"), static_cast<int>(Level::All));
    m_level->addItem(tr("Mentions only"), static_cast<int>(Level::Mentions));
    m_level->addItem(tr("Nothing (mute)"), static_cast<int>(Level::Muted));
    m_send->setText(tr("Reply"));
    m_composer->setPlaceholderText(tr("Reply in the thread. Enter sends, Shift+Enter adds a line."));
    showLevel();
}

void ThreadView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

} // namespace guild::ui
