#include "chatpanel.h"

#include "chatdelegates.h"
#include "common/emptystate.h"
#include "messageactions.h"
#include "models/channellistmodel.h"
#include "models/chatmessagemodel.h"
#include "models/chatsearchmodel.h"
#include "newestfollower.h"
#include "services/chatservice.h"
#include "stickyrunheader.h"
#include "threadview.h"

#include <QClipboard>
#include <QEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace guild::ui {

ComposerEdit::ComposerEdit(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setTabChangesFocus(true);
    // Room for three lines; longer messages scroll inside the box.
    setFixedHeight(fontMetrics().lineSpacing() * 3 + 14);
}

void ComposerEdit::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        Q_EMIT cancelled();
        return;
    }
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && !(event->modifiers() & Qt::ShiftModifier)) {
        Q_EMIT submitted();
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

ChatPanel::ChatPanel(app::ChatService &chat, models::ChannelListModel &channels, models::ChatMessageModel &messages,
                     QWidget *parent)
    : QWidget(parent)
    , m_chat(chat)
    , m_channels(channels)
    , m_messages(messages)
    , m_search(new QLineEdit(this))
    , m_results(new QListView(this))
    , m_resultsModel(new models::ChatSearchModel(this))
    , m_channelList(new QListView(this))
    , m_header(new QLabel(this))
    , m_messageList(new QListView(this))
    , m_composer(new ComposerEdit(this))
    , m_send(new QPushButton(this))
    , m_status(new QLabel(this))
    , m_typing(new QLabel(this))
    , m_replyBar(new QWidget(this))
    , m_replyLabel(new QLabel(m_replyBar))
    , m_actions(new MessageActions(chat, this))
    , m_thread(new ThreadView(chat, messages, this))
{
    m_channelList->setModel(&channels);
    m_channelList->setItemDelegate(new ChannelDelegate(m_channelList));
    m_channelList->setFrameShape(QFrame::NoFrame);
    m_channelList->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_channelList, &QWidget::customContextMenuRequested, this, [this](const QPoint &at) {
        const QModelIndex index = m_channelList->indexAt(at);
        if (!index.isValid()) {
            return;
        }
        const qint64 channel = index.data(models::ChannelListModel::IdRole).toLongLong();
        using Level = protocol::chat::NotifyLevel;
        const auto current = static_cast<Level>(index.data(models::ChannelListModel::NotifyLevelRole).toInt());
        QMenu menu(this);
        menu.addSection(tr("Notify me about"));
        const QList<std::pair<Level, QString>> levels{{Level::All, tr("All messages")},
                                                      {Level::Mentions, tr("Mentions only")},
                                                      {Level::Muted, tr("Nothing (mute)")}};
        for (const auto &[level, label] : levels) {
            QAction *action = menu.addAction(label, this, [this, channel, level = level] {
                m_chat.notifications().setChannelLevel(channel, level);
            });
            action->setCheckable(true);
            action->setChecked(level == current);
        }
        menu.exec(m_channelList->viewport()->mapToGlobal(at));
    });
    m_messageList->setModel(&messages);
    auto *delegate = new MessageDelegate(m_messageList);
    delegate->setPresence([this](qint64 userId) { return m_chat.presence().presenceOf(userId); });
    connect(delegate, &MessageDelegate::reactionClicked, this,
            [this](const QModelIndex &index, const QString &emoji, bool on) {
                if (!m_chat.setReaction(index.data(models::ChatMessageModel::IdRole).toLongLong(), emoji, on)) {
                    m_status->setText(tr("Reactions need a connection."));
                }
            });
    connect(delegate, &MessageDelegate::threadClicked, this, [this](const QModelIndex &index) {
        openThread(index.data(models::ChatMessageModel::IdRole).toLongLong());
    });
    m_messageList->setItemDelegate(delegate);
    m_messageList->setFrameShape(QFrame::NoFrame);
    m_messageList->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_messageList->setResizeMode(QListView::Adjust);
    // Rows have different heights; batches keep a long history from laying out in one go.
    m_messageList->setLayoutMode(QListView::Batched);
    m_messageList->setBatchSize(200);
    m_messageList->setSelectionMode(QAbstractItemView::NoSelection);
    m_messageList->setWordWrap(true);
    m_messageList->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_messageList, &QWidget::customContextMenuRequested, this, [this](const QPoint &at) {
        const QModelIndex index = m_messageList->indexAt(at);
        if (index.isValid()) {
            showMessageActions(index, at);
        }
    });
    connect(m_actions, &MessageActions::replyRequested, this, &ChatPanel::replyTo);
    connect(m_actions, &MessageActions::editRequested, this, &ChatPanel::startEdit);
    connect(m_actions, &MessageActions::threadRequested, this, &ChatPanel::openThread);
    connect(m_actions, &MessageActions::promoteRequested, this, &ChatPanel::promoteRequested);
    connect(m_actions, &MessageActions::bookmarkRequested, this, [this](const QModelIndex &message) {
        const QString title = message.data(models::ChatMessageModel::SenderRole).toString() + u": "_s +
                              message.data(models::ChatMessageModel::BodyRole).toString().simplified().left(120);
        Q_EMIT bookmarkRequested(message.data(models::ChatMessageModel::IdRole).toLongLong(), m_messages.channelId(),
                                 message.data(models::ChatMessageModel::SeqRole).toLongLong(), title);
    });
    connect(m_actions, &MessageActions::reportRequested, this,
            [this](qint64 id) { Q_EMIT reportRequested(u"message"_s, id); });
    connect(m_actions, &MessageActions::promoteQuestionRequested, this, &ChatPanel::promoteQuestionRequested);
    m_thread->list()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_thread->list(), &QWidget::customContextMenuRequested, this, [this](const QPoint &at) {
        const QModelIndex index = m_thread->list()->indexAt(at);
        if (index.isValid()) {
            const auto *channel = m_channels.channelAt(m_channels.rowOf(m_chat.openChannelId()));
            m_actions->exec(index, m_thread->list()->viewport()->mapToGlobal(at), channel && channel->direct);
        }
    });
    for (QLabel *label : {m_header, m_status, m_typing}) {
        label->setTextFormat(Qt::PlainText);
    }
    QFont headerFont = m_header->font();
    headerFont.setBold(true);
    headerFont.setPointSizeF(headerFont.pointSizeF() * 1.15);
    m_header->setFont(headerFont);
    m_status->setForegroundRole(QPalette::PlaceholderText);
    m_typing->setForegroundRole(QPalette::PlaceholderText);
    QFont italic = m_typing->font();
    italic.setItalic(true);
    m_typing->setFont(italic);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(8, 8, 8, 8);
    rightLayout->addWidget(m_header);
    rightLayout->addWidget(m_messageList, 1);
    rightLayout->addWidget(m_typing);
    m_replyLabel->setTextFormat(Qt::PlainText);
    m_replyLabel->setForegroundRole(QPalette::PlaceholderText);
    auto *cancelReply = new QPushButton(u"✕"_s, m_replyBar);
    cancelReply->setFlat(true);
    cancelReply->setFixedWidth(28);
    connect(cancelReply, &QPushButton::clicked, this, &ChatPanel::clearComposerMode);
    connect(m_composer, &ComposerEdit::cancelled, this, &ChatPanel::clearComposerMode);
    auto *replyLayout = new QHBoxLayout(m_replyBar);
    replyLayout->setContentsMargins(0, 0, 0, 0);
    replyLayout->addWidget(m_replyLabel, 1);
    replyLayout->addWidget(cancelReply);
    m_replyBar->hide();
    rightLayout->addWidget(m_replyBar);
    auto *composerRow = new QHBoxLayout;
    composerRow->addWidget(m_composer, 1);
    composerRow->addWidget(m_send, 0, Qt::AlignBottom);
    rightLayout->addLayout(composerRow);
    rightLayout->addWidget(m_status);

    m_search->setClearButtonEnabled(true);
    m_results->setModel(m_resultsModel);
    m_results->setFrameShape(QFrame::NoFrame);
    m_results->setWordWrap(true);
    m_results->hide();
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(6, 8, 0, 0);
    leftLayout->addWidget(m_search);
    leftLayout->addWidget(m_channelList, 1);
    leftLayout->addWidget(m_results, 1);
    m_newDirect = new QPushButton(this);
    m_newDirect->setFlat(true);
    leftLayout->addWidget(m_newDirect);
    // Tab finishes the channels' side before the conversation's.
    setTabOrder(m_channelList, m_results);
    setTabOrder(m_results, m_newDirect);
    setTabOrder(m_newDirect, m_messageList);
    new EmptyState(
        m_messageList,
        [] {
            return EmptyState::Texts{tr("No messages yet"),
                                     tr("Say hello: what you write here reaches everyone in this conversation, and "
                                        "stays readable offline."),
                                     tr("Write the first message")};
        },
        [this] { m_composer->setFocus(); });
    new EmptyState(
        m_channelList,
        [] {
            return EmptyState::Texts{tr("No channels yet"),
                                     tr("The community's channels appear here as they open. A direct message reaches "
                                        "one member."),
                                     tr("Message a member…")};
        },
        [this] { m_newDirect->click(); });
    connect(m_newDirect, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(
            this, tr("Direct message"), tr("Username of the member to write to:"), QLineEdit::Normal, QString(), &ok);
        if (ok && !name.trimmed().isEmpty()) {
            openDirect(name);
        }
    });
    connect(&m_chat, &app::ChatService::directOpened, this, [this](qint64 channelId, bool requestedHere) {
        if (requestedHere) {
            m_search->clear();
            m_channelList->setCurrentIndex(m_channels.index(m_channels.rowOf(channelId)));
        }
    });
    connect(&m_chat, &app::ChatService::requestFailed, m_status, &QLabel::setText);
    connect(&m_chat, &app::ChatService::channelClosed, this, [this](qint64, const QString &name) {
        m_status->setText(tr("Your membership no longer includes #%1; it has left your list.").arg(name));
    });
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        const bool searching = !text.trimmed().isEmpty();
        m_results->setVisible(searching);
        m_channelList->setVisible(!searching);
        if (searching) {
            m_chat.search(text);
        }
    });
    connect(&m_chat, &app::ChatService::searchFinished, this,
            [this](const QString &text, const QList<protocol::chat::Message> &results) {
                if (text != m_search->text()) {
                    return; // an answer to an older query
                }
                QHash<qint64, QString> names;
                for (int row = 0; row < m_channels.rowCount(); ++row) {
                    names.insert(m_channels.channelAt(row)->id, m_channels.channelAt(row)->name);
                }
                m_resultsModel->setResults(results, names);
            });
    connect(m_results, &QListView::activated, this, [this](const QModelIndex &index) {
        openChannelAt(index.data(models::ChatSearchModel::ChannelIdRole).toLongLong(),
                      index.data(models::ChatSearchModel::SeqRole).toLongLong());
    });

    auto *splitter = new QSplitter(this);
    splitter->setObjectName(u"chatSplitter"_s); // its sizes are kept across restarts (WindowState)
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->addWidget(m_thread);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({200, 900, 360});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_channelList->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                const auto *channel = m_channels.channelAt(current.row());
                if (channel) {
                    clearComposerMode();
                    if (m_thread->rootId() > 0 && channel->id != m_chat.openChannelId()) {
                        m_thread->hide();
                    }
                    m_chat.openChannel(channel->id);
                    m_header->setText(channel->topic.isEmpty() ? (channel->direct ? u"@ "_s : u"# "_s) + channel->name
                                                               : u"# %1  ·  %2"_s.arg(channel->name, channel->topic));
                }
            });
    connect(&m_chat, &app::ChatService::channelsLoaded, this, [this] {
        if (!m_channelList->currentIndex().isValid() && m_channels.rowCount() > 0) {
            m_channelList->setCurrentIndex(m_channels.index(0));
        }
    });
    connect(&m_channels, &QAbstractItemModel::modelReset, this, [this] {
        const int row = m_channels.rowOf(m_chat.openChannelId());
        m_channelList->setCurrentIndex(m_channels.index(row >= 0 ? row : 0));
    });
    // Follow the conversation while the member is at the bottom; leave them be when reading back.
    m_follower = new NewestFollower(m_messageList);
    // Who wrote the run at the top, while its own header is scrolled away.
    m_runHeader = new StickyRunHeader(m_messageList);
    // On opening a channel: to the first unread message if there is one, else to the newest.
    connect(&m_chat, &app::ChatService::channelOpened, m_messageList, [this](qint64, qint64 focusSeq) {
        QMetaObject::invokeMethod(
            m_messageList,
            [this, focusSeq] {
                const int focus = focusSeq > 0 ? m_messages.rowOfSeq(focusSeq) : -1;
                const int firstUnread = m_messages.firstUnreadRow();
                if (focus >= 0) {
                    m_messageList->scrollTo(m_messages.index(focus), QAbstractItemView::PositionAtCenter);
                } else if (firstUnread >= 0) {
                    m_messageList->scrollTo(m_messages.index(firstUnread), QAbstractItemView::PositionAtTop);
                } else {
                    m_messageList->scrollToBottom();
                }
            },
            Qt::QueuedConnection);
    });
    // Near the top: bring in older messages, keeping the member's place.
    connect(m_messageList->verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) {
        if (value < 200 && m_messages.hasOlder()) {
            m_chat.loadOlder();
        }
    });
    connect(&m_messages, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &, int first, int last) {
        if (first == 0 && last + 1 < m_messages.rowCount()) {
            m_messageList->scrollTo(m_messages.index(last + 1), QAbstractItemView::PositionAtTop);
        }
    });
    connect(m_composer, &ComposerEdit::submitted, this, &ChatPanel::submit);
    connect(m_composer, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_composer->toPlainText().isEmpty()) {
            m_chat.presence().typing(m_chat.openChannelId());
        }
    });
    connect(&m_chat.presence(), &app::ChatPresence::typingChanged, this, &ChatPanel::updateTyping);
    connect(&m_messages, &QAbstractItemModel::modelReset, this, &ChatPanel::updateTyping);
    connect(&m_chat.presence(), &app::ChatPresence::presenceChanged, m_messageList->viewport(),
            qOverload<>(&QWidget::update));
    // Away while Guild is in the background, so others see it.
    connect(qApp, &QGuiApplication::applicationStateChanged, this,
            [this](Qt::ApplicationState state) { m_chat.presence().setAway(state != Qt::ApplicationActive); });
    connect(m_send, &QPushButton::clicked, this, &ChatPanel::submit);
    connect(&m_chat, &app::ChatService::linkChanged, this, &ChatPanel::updateStatus);
    connect(&m_chat.outbox(), &app::ChatOutbox::changed, this, [this](int pending) {
        m_pending = pending;
        updateStatus();
    });
    retranslate();
}

void ChatPanel::showMessageActions(const QModelIndex &index, const QPoint &inViewport)
{
    const auto *channel = m_channels.channelAt(m_channels.rowOf(m_chat.openChannelId()));
    m_actions->exec(index, m_messageList->viewport()->mapToGlobal(inViewport), channel && channel->direct);
}

void ChatPanel::replyToRow(int row)
{
    replyTo(m_messages.index(row));
}

void ChatPanel::openDirect(const QString &username)
{
    m_chat.openDirect(username);
}

void ChatPanel::openChannelAt(qint64 channelId, qint64 seq)
{
    m_channelList->setCurrentIndex(m_channels.index(m_channels.rowOf(channelId)));
    m_chat.openChannelAt(channelId, seq);
}

void ChatPanel::setAvatars(app::PictureCache &avatars)
{
    if (auto *delegate = qobject_cast<MessageDelegate *>(m_messageList->itemDelegate())) {
        delegate->setAvatars(picturesFor(avatars, m_messageList));
    }
    m_thread->delegate()->setAvatars(picturesFor(avatars, m_thread->list()));
}

void ChatPanel::setImages(app::PictureCache &images)
{
    if (auto *delegate = qobject_cast<MessageDelegate *>(m_messageList->itemDelegate())) {
        delegate->setImages(images);
    }
    m_thread->delegate()->setImages(images);
}

void ChatPanel::setMember(qint64 userId, bool canPublish, bool isAdmin)
{
    m_actions->setMember(userId, canPublish, isAdmin);
}

void ChatPanel::openThread(qint64 rootId)
{
    if (rootId > 0) {
        m_thread->open(m_chat.openChannelId(), rootId);
    }
}

void ChatPanel::editRow(int row)
{
    startEdit(m_messages.index(row));
}

void ChatPanel::startEdit(const QModelIndex &message)
{
    clearComposerMode();
    m_editing = message.data(models::ChatMessageModel::IdRole).toLongLong();
    m_replyLabel->setText(tr("Editing your message · Enter saves, Esc cancels"));
    m_replyBar->show();
    m_composer->setPlainText(message.data(models::ChatMessageModel::BodyRole).toString());
    m_composer->moveCursor(QTextCursor::End);
    m_composer->setFocus();
}

void ChatPanel::clearComposerMode()
{
    if (m_editing > 0) {
        m_composer->clear(); // the text was the message being edited, not a draft
    }
    m_editing = 0;
    m_replyTo = 0;
    m_replyBar->hide();
}

void ChatPanel::replyTo(const QModelIndex &message)
{
    if (m_editing > 0) {
        clearComposerMode();
    }
    m_replyTo = message.data(models::ChatMessageModel::IdRole).toLongLong();
    m_replyLabel->setText(tr("Replying to %1: %2")
                              .arg(message.data(models::ChatMessageModel::SenderRole).toString(),
                                   message.data(models::ChatMessageModel::BodyRole).toString().simplified().left(80)));
    m_replyBar->show();
    m_composer->setFocus();
}

void ChatPanel::submit()
{
    if (m_chat.openChannelId() <= 0) {
        return;
    }
    if (m_editing > 0) {
        if (m_chat.editMessage(m_editing, m_composer->toPlainText())) {
            clearComposerMode();
        } else {
            m_status->setText(m_chat.link() == app::ChatService::Link::Live ? tr("A message cannot be empty.")
                                                                            : tr("Edits need a connection."));
        }
        return;
    }
    if (m_chat.sendMessage(m_chat.openChannelId(), m_composer->toPlainText(), m_replyTo)) {
        m_composer->clear();
        m_replyTo = 0;
        m_replyBar->hide();
        m_follower->jumpToNewest();
    }
}

void ChatPanel::updateTyping()
{
    const QStringList names = m_chat.presence().typingIn(m_chat.openChannelId());
    if (names.isEmpty()) {
        m_typing->setText(QString(u' ')); // keeps its height, so the list does not jump
    } else if (names.size() == 1) {
        m_typing->setText(tr("%1 is typing…").arg(names.first()));
    } else if (names.size() == 2) {
        m_typing->setText(tr("%1 and %2 are typing…").arg(names.at(0), names.at(1)));
    } else {
        m_typing->setText(tr("Several people are typing…"));
    }
}

void ChatPanel::updateStatus()
{
    QString link;
    switch (m_chat.link()) {
    case app::ChatService::Link::Live:
        link = tr("Connected");
        break;
    case app::ChatService::Link::Connecting:
        link = tr("Connecting…");
        break;
    case app::ChatService::Link::Offline:
        link = tr("Offline: messages will be sent when the connection is back");
        break;
    }
    m_status->setText(m_pending > 0 ? tr("%1 · %n message(s) waiting to be sent", nullptr, m_pending).arg(link) : link);
}

void ChatPanel::retranslate()
{
    m_send->setText(tr("Send"));
    m_search->setPlaceholderText(tr("Search messages (works offline)"));
    m_search->setAccessibleName(m_search->placeholderText());
    m_results->setAccessibleName(tr("Messages found"));
    m_channelList->setAccessibleName(tr("Channels"));
    m_messageList->setAccessibleName(tr("Messages"));
    m_newDirect->setText(tr("+ Direct message…"));
    m_composer->setPlaceholderText(tr("Write a message. Enter sends, Shift+Enter adds a line."));
    m_composer->setAccessibleName(tr("Message to send"));
    m_follower->retranslate();
    updateStatus();
    updateTyping();
}

void ChatPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

} // namespace guild::ui
