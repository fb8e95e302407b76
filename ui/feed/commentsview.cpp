#include "commentsview.h"

#include "common/avatar.h"
#include "common/copycode.h"
#include "common/draftbinding.h"
#include "common/markdown.h"
#include "common/postdelegate.h"
#include "common/theme.h"
#include "protocol/limits.h"

#include <QAbstractTextDocumentLayout>
#include <QClipboard>
#include <QEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QMenu>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QStyledItemDelegate>
#include <QVBoxLayout>
#include <QtMath>

using namespace Qt::StringLiterals;

namespace guild::ui {

using models::CommentListModel;

namespace {

/// A comment: its author, when it was written (or that it waits to be sent, or why it was refused),
/// and its body.
class CommentDelegate final : public PostDelegate
{
public:
    explicit CommentDelegate(QObject *parent)
        : PostDelegate({CommentListModel::IdRole, CommentListModel::BodyRole, CommentListModel::AuthorRole,
                        CommentListModel::AuthorIdRole},
                       parent)
    {}

protected:
    Line line(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        switch (index.data(CommentListModel::StateRole).value<CommentListModel::State>()) {
        case CommentListModel::State::Sending:
            return {CommentsView::tr("Waiting to be sent…"), {}};
        case CommentListModel::State::Refused:
            // Red reads as "not sent" on light and dark backgrounds alike.
            return {CommentsView::tr("Not sent: %1 (right-click to send again or discard)")
                        .arg(index.data(CommentListModel::ErrorRole).toString()),
                    theme::color(theme::Role::Negative, option.palette)};
        default:
            return {QLocale().toString(index.data(CommentListModel::CreatedAtRole).toDateTime().toLocalTime(),
                                       QLocale::ShortFormat),
                    {}};
        }
    }
};

} // namespace

CommentsView::CommentsView(QWidget *parent)
    : QWidget(parent)
    , m_empty(new QLabel(this))
    , m_list(new QListView(this))
    , m_more(new QPushButton(this))
    , m_editor(new QPlainTextEdit(this))
    , m_send(new QPushButton(this))
    , m_status(new QLabel(this))
{
    m_draft = new DraftBinding(m_editor);
    for (QLabel *label : {m_empty, m_status}) {
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
    }
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_list->setModel(&m_model);
    m_list->setItemDelegate(new CommentDelegate(m_list));
    m_list->setResizeMode(QListView::Adjust); // heights follow the width
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_list, &QWidget::customContextMenuRequested, this, &CommentsView::showRowMenu);
    m_editor->setTabChangesFocus(true);
    m_editor->setMaximumHeight(m_editor->fontMetrics().lineSpacing() * 4 + 12);

    auto *compose = new QHBoxLayout;
    compose->addWidget(m_editor, 1);
    compose->addWidget(m_send, 0, Qt::AlignBottom);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(m_empty);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_more, 0, Qt::AlignHCenter);
    layout->addWidget(m_status);
    layout->addLayout(compose);

    connect(m_more, &QPushButton::clicked, this, [this] {
        m_loading = true;
        m_loadError.clear();
        updateState();
        Q_EMIT loadRequested(m_model.articleId(), m_model.nextPageAfter());
    });
    connect(m_send, &QPushButton::clicked, this, &CommentsView::send);
    auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), m_editor);
    shortcut->setContext(Qt::WidgetShortcut);
    connect(shortcut, &QShortcut::activated, this, &CommentsView::send);
    connect(m_editor, &QPlainTextEdit::textChanged, this, &CommentsView::updateState);
    connect(&m_model, &QAbstractItemModel::rowsInserted, this, &CommentsView::updateState);
    retranslate();
    updateState();
}

void CommentsView::setImages(app::PictureCache &images)
{
    static_cast<CommentDelegate *>(m_list->itemDelegate())->setImages(images);
}

void CommentsView::setAvatars(app::PictureCache &avatars)
{
    static_cast<CommentDelegate *>(m_list->itemDelegate())->setAvatars(picturesFor(avatars, m_list));
}

void CommentsView::retranslate()
{
    m_more->setText(tr("Show more comments"));
    m_send->setText(tr("Comment"));
    m_send->setToolTip(tr("Send the comment (Ctrl+Enter)"));
    m_editor->setPlaceholderText(tr("Write a comment… Markdown and code blocks work."));
    updateState();
}

void CommentsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

void CommentsView::setDrafts(app::DraftService &drafts)
{
    m_draft->setDrafts(drafts);
}

void CommentsView::setPendingLookup(std::function<QList<models::PendingWrite>(qint64)> lookup)
{
    m_pendingLookup = std::move(lookup);
}

void CommentsView::reloadPending()
{
    if (!m_pendingLookup) {
        return;
    }
    QList<CommentListModel::Pending> pending;
    for (const models::PendingWrite &w : m_pendingLookup(m_model.articleId())) {
        pending.append({w.id, w.text(), tr("You"), w.queuedAt, w.error});
    }
    m_model.setPending(pending);
}

void CommentsView::showRowMenu(const QPoint &at)
{
    const QModelIndex index = m_list->indexAt(at);
    if (!index.isValid()) {
        return;
    }
    const QString body = index.data(CommentListModel::BodyRole).toString();
    QMenu menu(this);
    menu.addAction(tr("Copy text"), this, [body] { QGuiApplication::clipboard()->setText(body); });
    addCopyCode(menu, body);
    // The member's own on its way: sent again or discarded once the server refused it.
    const qint64 writeId = index.data(CommentListModel::WriteIdRole).toLongLong();
    const bool refused =
        index.data(CommentListModel::StateRole).value<CommentListModel::State>() == CommentListModel::State::Refused;
    QAction *again = nullptr;
    QAction *discard = nullptr;
    if (writeId != 0) {
        menu.addSeparator();
        again = menu.addAction(tr("Send again"));
        again->setEnabled(refused);
        discard = menu.addAction(tr("Discard"));
        discard->setEnabled(refused);
    }
    const QAction *chosen = menu.exec(m_list->viewport()->mapToGlobal(at));
    if (!chosen || writeId == 0) {
        return;
    }
    if (chosen == again) {
        m_model.setPendingError(writeId, {}); // sending again
        Q_EMIT retryRequested(writeId);
    } else if (chosen == discard) {
        Q_EMIT discardRequested(writeId);
    }
}

void CommentsView::showFor(qint64 articleId)
{
    m_model.reset(articleId);
    m_draft->setKey(u"comment:"_s + QString::number(articleId));
    reloadPending();
    m_more->hide();
    m_status->clear();
    m_loadError.clear();
    m_loading = true;
    updateState();
    Q_EMIT loadRequested(articleId, 0);
}

void CommentsView::showComments(qint64 articleId, const QList<protocol::Comment> &comments, bool first, bool more)
{
    if (articleId != m_model.articleId()) {
        return;
    }
    if (first) {
        m_model.reset(articleId);
        reloadPending();
    }
    m_model.addPage(comments);
    m_loading = false;
    m_loadError.clear();
    m_more->setVisible(more);
    m_status->clear();
    updateState();
}

void CommentsView::showKept(qint64 articleId, const QString &note)
{
    if (articleId == m_model.articleId()) {
        m_status->setText(note);
    }
}

void CommentsView::showLoadFailed(qint64 articleId, const QString &message)
{
    if (articleId == m_model.articleId()) {
        m_loading = false;
        m_loadError = message; // in place of "no comments yet", which would not be true
        updateState();
    }
}

void CommentsView::send()
{
    const QString body = m_editor->toPlainText();
    if (m_sending || m_model.articleId() <= 0 || body.trimmed().isEmpty()) {
        return;
    }
    m_sending = true;
    m_status->clear();
    updateState();
    Q_EMIT postRequested(m_model.articleId(), body);
}

void CommentsView::showQueued(qint64 articleId, const models::PendingWrite &write)
{
    if (articleId != m_model.articleId()) {
        return;
    }
    // Kept in the outbox now: the box is free for the next one, offline too.
    m_sending = false;
    m_draft->sent();
    m_editor->clear();
    m_status->clear();
    m_model.addPending({write.id, write.text(), tr("You"), write.queuedAt, {}});
    m_list->scrollToBottom();
    updateState();
}

void CommentsView::showPosted(const protocol::Comment &comment, qint64 writeId)
{
    if (comment.articleId != m_model.articleId()) {
        return;
    }
    m_model.posted(writeId, comment);
    m_list->scrollToBottom();
    updateState();
}

void CommentsView::showPostFailed(qint64 articleId, const QString &message, qint64 writeId)
{
    if (articleId != m_model.articleId()) {
        return;
    }
    if (writeId != 0) {
        m_model.setPendingError(writeId, message);
        return;
    }
    m_sending = false; // the text stays in the box, to send again
    m_status->setText(message);
    updateState();
}

void CommentsView::showDiscarded(qint64 articleId, qint64 writeId)
{
    if (articleId == m_model.articleId()) {
        m_model.removePending(writeId);
        updateState();
    }
}

void CommentsView::updateState()
{
    const bool hasComments = m_model.rowCount() > 0;
    m_empty->setText(m_loading                ? tr("Loading comments…")
                     : !m_loadError.isEmpty() ? m_loadError
                                              : tr("No comments yet. Say what you think."));
    if (hasComments && !m_loadError.isEmpty()) {
        m_status->setText(m_loadError);
    }
    m_empty->setVisible(!hasComments);
    m_list->setVisible(hasComments);
    m_more->setEnabled(!m_loading);
    const qsizetype length = m_editor->toPlainText().size();
    m_send->setEnabled(!m_sending && m_model.articleId() > 0 && !m_editor->toPlainText().trimmed().isEmpty() &&
                       length <= protocol::limits::CommentMax);
    m_editor->setReadOnly(m_sending);
    if (length > protocol::limits::CommentMax) {
        m_status->setText(
            tr("This comment is %n character(s) too long.", nullptr, int(length - protocol::limits::CommentMax)));
        m_tooLong = true;
    } else if (m_tooLong) {
        m_status->clear();
        m_tooLong = false;
    }
}

} // namespace guild::ui
