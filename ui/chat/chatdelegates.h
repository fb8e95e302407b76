#pragma once

#include "common/avatar.h"
#include "common/markdown.h"
#include "common/rowbodies.h"

#include <QStyledItemDelegate>

#include <functional>

namespace guild::ui {

/// Paints a chat message: a day separator before the first message of a day, the sender's picture (with
/// their presence), name and time before the first of a group, the wrapped body (or a note that it was deleted), the
/// state of the member's own unsent messages, and a footer with reactions, the thread's reply count and "edited".
class MessageDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    /// Where names and bodies start: right of the senders' pictures, so a group's messages line up.
    static constexpr int TextIndent = 50;
    /// Where the presence dot beside a sender's name comes from: "online", "away" or "offline".
    void setPresence(std::function<QString(qint64 userId)> presence) { m_presence = std::move(presence); }
    /// Where senders' pictures come from; without one, each sender shows their initial.
    void setAvatars(AvatarLookup avatars) { m_avatars = std::move(avatars); }
    /// Bodies show the community's pictures from `images`, laid out again when one arrives.
    void setImages(app::PictureCache &images) { showPictures(m_bodies, images, this); }
    /// Whether to show "N replies" under thread starters (not inside the thread view itself).
    void setShowReplyCounts(bool show) { m_showReplyCounts = show; }
    /// Whether a reply quotes the message it answers (not needed inside a thread view).
    void setShowQuotes(bool show) { m_showQuotes = show; }
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

Q_SIGNALS:
    /// A reaction chip was clicked: add the member's `emoji` (`on`) or take it back.
    void reactionClicked(const QModelIndex &index, const QString &emoji, bool on);
    void threadClicked(const QModelIndex &index);

protected:
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override;

private:
    struct Layout
    {
        QRect day;
        QRect unread;
        QRect avatar;
        QRect header;
        QRect quote;
        QRect body;
        QRect footer;
        int height = 0;
    };
    /// Something clickable or shown in the footer, in row coordinates.
    struct FooterItem
    {
        enum class Kind
        {
            Reaction,
            Replies,
            Edited
        } kind;
        QRect rect;
        QString text;
        QString emoji;
        bool mine = false;
    };
    QList<FooterItem> footerItems(const QStyleOptionViewItem &option, const QModelIndex &index,
                                  const QRect &footer) const;
    bool hasFooter(const QModelIndex &index) const;
    Layout layout(const QStyleOptionViewItem &option, const QModelIndex &index, int width) const;
    /// The rendered body, laid out for `width`; cached, since sizeHint and paint both need it often.
    const RowBody *body(const QStyleOptionViewItem &option, const QModelIndex &index, int width) const;

    std::function<QString(qint64)> m_presence;
    AvatarLookup m_avatars;
    bool m_showReplyCounts = true;
    bool m_showQuotes = true;
    mutable RowBodies m_bodies{2000};
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
