#pragma once

#include "markdown.h"

#include <QCache>
#include <QStyledItemDelegate>

#include <functional>

namespace guild::ui {

/// Paints a chat message: a day separator before the first message of a day, sender and time before
/// the first of a group, the wrapped body, and the state of the member's own unsent messages.
class MessageDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    /// Where the presence dot beside a sender's name comes from: "online", "away" or "offline".
    void setPresence(std::function<QString(qint64 userId)> presence) { m_presence = std::move(presence); }
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    struct Layout
    {
        QRect day;
        QRect unread;
        QRect header;
        QRect quote;
        QRect body;
        int height = 0;
    };
    Layout layout(const QStyleOptionViewItem &option, const QModelIndex &index, int width) const;
    /// The rendered body, laid out for `width`; cached, since sizeHint and paint both need it often.
    SafeMarkdownDocument *document(const QStyleOptionViewItem &option, const QModelIndex &index, int width) const;

    std::function<QString(qint64)> m_presence;
    mutable QCache<QString, SafeMarkdownDocument> m_documents{2000};
};

/// Paints a channel: "# name" and, when messages arrived unseen, a count badge.
class ChannelDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace guild::ui
