#include "chatdelegates.h"

#include "common/theme.h"
#include "models/channellistmodel.h"
#include "models/chatmessagemodel.h"

#include <QAbstractItemView>
#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QDateTime>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QtMath>

using namespace Qt::StringLiterals;

namespace guild::ui {

using models::ChatMessageModel;

namespace {
constexpr int Margin = 10;
constexpr int Gap = 4;
constexpr int AvatarSize = 32;
constexpr int Indent = MessageDelegate::TextIndent;
static_assert(Indent == Margin + AvatarSize + 8);

QFont bold(QFont font)
{
    font.setBold(true);
    return font;
}
} // namespace

const RowBody *MessageDelegate::body(const QStyleOptionViewItem &option, const QModelIndex &index, int width) const
{
    const QString body = index.data(ChatMessageModel::BodyRole).toString();
    const QString key = index.data(ChatMessageModel::SeqRole).toString() + u'|' +
                        index.data(ChatMessageModel::ClientIdRole).toString() + u'|' + QString::number(qHash(body));
    return m_bodies.body(key, body, option, width - Indent - Margin);
}

MessageDelegate::Layout MessageDelegate::layout(const QStyleOptionViewItem &option, const QModelIndex &index,
                                                int width) const
{
    const QFontMetrics fm(option.font);
    Layout l;
    int y = 0;
    if (index.data(ChatMessageModel::FirstOfDayRole).toBool()) {
        l.day = QRect(0, y + Gap, width, fm.height() + Gap);
        y = l.day.bottom() + Gap;
    }
    if (index.data(ChatMessageModel::FirstUnreadRole).toBool()) {
        l.unread = QRect(0, y + Gap, width, fm.height());
        y = l.unread.bottom() + Gap;
    }
    const int content = width - Indent - Margin;
    if (index.data(ChatMessageModel::FirstOfGroupRole).toBool()) {
        l.avatar = QRect(Margin, y + Gap * 2 + 2, AvatarSize, AvatarSize);
        l.header = QRect(Indent, y + Gap * 2, content, fm.height());
        y = l.header.bottom() + 1;
    }
    if (m_showQuotes && index.data(ChatMessageModel::ReplyToRole).toLongLong() > 0) {
        l.quote = QRect(Indent, y + 2, content, fm.height());
        y = l.quote.bottom() + 1;
    }
    const int bodyHeight =
        index.data(ChatMessageModel::DeletedRole).toBool() ? fm.height() : qCeil(body(option, index, width)->height());
    l.body = QRect(Indent, y + 2, content, bodyHeight);
    l.height = l.body.bottom() + Gap;
    if (hasFooter(index)) {
        l.footer = QRect(Indent, l.body.bottom() + 3, content, fm.height() + 6);
        l.height = l.footer.bottom() + Gap;
    }
    if (l.avatar.isValid()) {
        l.height = qMax(l.height, l.avatar.bottom() + Gap);
    }
    return l;
}

bool MessageDelegate::hasFooter(const QModelIndex &index) const
{
    return !index.data(ChatMessageModel::ReactionsRole).toList().isEmpty() ||
           index.data(ChatMessageModel::EditedRole).toBool() ||
           (m_showReplyCounts && index.data(ChatMessageModel::ReplyCountRole).toInt() > 0);
}

QList<MessageDelegate::FooterItem> MessageDelegate::footerItems(const QStyleOptionViewItem &option,
                                                                const QModelIndex &index, const QRect &footer) const
{
    const QFontMetrics fm(option.font);
    QList<FooterItem> items;
    int x = footer.left();
    const auto place = [&](FooterItem item, int padding) {
        const int w = fm.horizontalAdvance(item.text) + 2 * padding;
        if (x + w > footer.right() && !items.isEmpty()) {
            return; // one line: what does not fit stays in the context menu
        }
        item.rect = QRect(x, footer.top(), w, footer.height());
        x += w + 6;
        items.append(item);
    };
    for (const QVariant &v : index.data(ChatMessageModel::ReactionsRole).toList()) {
        const QVariantMap r = v.toMap();
        const QString emoji = r.value(u"emoji"_s).toString();
        place({FooterItem::Kind::Reaction,
               {},
               u"%1 %2"_s.arg(emoji).arg(r.value(u"count"_s).toInt()),
               emoji,
               r.value(u"mine"_s).toBool()},
              8);
    }
    const int replies = m_showReplyCounts ? index.data(ChatMessageModel::ReplyCountRole).toInt() : 0;
    if (replies > 0) {
        place({FooterItem::Kind::Replies, {}, tr("%n reply(s)", nullptr, replies), {}, false}, 4);
    }
    if (index.data(ChatMessageModel::EditedRole).toBool()) {
        place({FooterItem::Kind::Edited, {}, tr("(edited)"), {}, false}, 2);
    }
    return items;
}

bool MessageDelegate::editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                                  const QModelIndex &index)
{
    if (event->type() != QEvent::MouseButtonRelease) {
        return QStyledItemDelegate::editorEvent(event, model, option, index);
    }
    const auto *mouse = static_cast<QMouseEvent *>(event);
    if (mouse->button() != Qt::LeftButton) {
        return false;
    }
    const Layout l = layout(option, index, option.rect.width());
    if (!l.footer.isValid()) {
        return false;
    }
    const QPoint at = mouse->position().toPoint() - option.rect.topLeft();
    for (const FooterItem &item : footerItems(option, index, l.footer)) {
        if (!item.rect.contains(at)) {
            continue;
        }
        if (item.kind == FooterItem::Kind::Reaction) {
            Q_EMIT reactionClicked(index, item.emoji, !item.mine);
            return true;
        }
        if (item.kind == FooterItem::Kind::Replies) {
            Q_EMIT threadClicked(index);
            return true;
        }
    }
    return false;
}

QSize MessageDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const int width = rowWidth(option);
    return {width, layout(option, index, width).height};
}

void MessageDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    painter->save();
    painter->translate(option.rect.topLeft());
    const Layout l = layout(option, index, option.rect.width());
    const QPalette &pal = option.palette;
    QColor muted = pal.color(QPalette::Text);
    muted.setAlphaF(0.55);
    const QDateTime created = index.data(ChatMessageModel::CreatedAtRole).toDateTime().toLocalTime();

    if (l.day.isValid()) {
        painter->setPen(pal.color(QPalette::Mid));
        const int mid = l.day.center().y();
        const QString day = QLocale().toString(created.date(), QLocale::LongFormat);
        const int textWidth = QFontMetrics(option.font).horizontalAdvance(day) + 24;
        painter->drawLine(Margin, mid, (l.day.width() - textWidth) / 2, mid);
        painter->drawLine((l.day.width() + textWidth) / 2, mid, l.day.width() - Margin, mid);
        painter->setPen(muted);
        painter->drawText(l.day, Qt::AlignCenter, day);
    }
    if (l.unread.isValid()) {
        const QColor red = theme::color(theme::Role::Negative, pal);
        painter->setPen(red);
        const int mid = l.unread.center().y();
        const QString label = tr("New");
        const int labelWidth = QFontMetrics(option.font).horizontalAdvance(label) + 12;
        painter->drawLine(Margin, mid, l.unread.width() - Margin - labelWidth, mid);
        painter->drawText(QRect(l.unread.width() - Margin - labelWidth, l.unread.top(), labelWidth, l.unread.height()),
                          Qt::AlignRight | Qt::AlignVCenter, label);
    }
    if (l.header.isValid()) {
        const qint64 senderId = index.data(ChatMessageModel::SenderIdRole).toLongLong();
        const QString senderName = index.data(ChatMessageModel::SenderRole).toString();
        painter->setRenderHint(QPainter::Antialiasing);
        paintAvatar(*painter, l.avatar, m_avatars ? m_avatars(senderId) : QImage(), senderName, senderId);
        const QString presence = m_presence ? m_presence(senderId) : QString();
        const QColor dot = presence == u"online"_s ? theme::color(theme::Role::Positive, option.palette)
                           : presence == u"away"_s ? theme::color(theme::Role::Warning, option.palette)
                                                   : QColor();
        if (dot.isValid()) {
            // On the picture's corner, ringed in the background so it reads on any picture.
            painter->setPen(QPen(pal.color(QPalette::Base), 2));
            painter->setBrush(dot);
            painter->drawEllipse(QPointF(l.avatar.right() - 3, l.avatar.bottom() - 3), 5, 5);
        }
        painter->setFont(bold(option.font));
        painter->setPen(pal.color(QPalette::Text));
        painter->drawText(l.header, Qt::AlignLeft | Qt::AlignVCenter, senderName);
        const int after = QFontMetrics(painter->font()).horizontalAdvance(senderName) + 8;
        painter->setFont(option.font);
        painter->setPen(muted);
        painter->drawText(l.header.adjusted(after, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
                          QLocale().toString(created.time(), QLocale::ShortFormat));
    }
    if (l.footer.isValid()) {
        painter->setFont(option.font);
        for (const FooterItem &item : footerItems(option, index, l.footer)) {
            if (item.kind == FooterItem::Kind::Reaction) {
                QPainterPath chip;
                chip.addRoundedRect(QRectF(item.rect).adjusted(0.5, 0.5, -0.5, -0.5), item.rect.height() / 2.0,
                                    item.rect.height() / 2.0);
                QColor fill = item.mine ? pal.color(QPalette::Highlight) : pal.color(QPalette::Mid);
                fill.setAlphaF(item.mine ? 0.25 : 0.18);
                painter->fillPath(chip, fill);
                painter->setBrush(Qt::NoBrush);
                painter->setPen(item.mine ? pal.color(QPalette::Highlight) : pal.color(QPalette::Mid));
                painter->drawPath(chip);
                painter->setPen(pal.color(QPalette::Text));
            } else {
                painter->setPen(item.kind == FooterItem::Kind::Replies ? pal.color(QPalette::Link) : muted);
            }
            painter->drawText(item.rect, Qt::AlignCenter, item.text);
        }
    }
    if (l.quote.isValid()) {
        const QString quote = index.data(ChatMessageModel::ReplyQuoteRole).toString();
        painter->setPen(QPen(pal.color(QPalette::Mid), 2));
        painter->drawLine(l.quote.left() + 1, l.quote.top() + 2, l.quote.left() + 1, l.quote.bottom() - 2);
        painter->setPen(muted);
        painter->setFont(option.font);
        const QString text = u"↪ "_s + (quote.isEmpty() ? tr("a reply to an earlier message")
                                        : index.data(ChatMessageModel::ReplyQuoteDeletedRole).toBool()
                                            ? tr("%1 (deleted message)").arg(quote.section(u':', 0, 0))
                                            : quote);
        painter->drawText(l.quote.adjusted(8, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
                          QFontMetrics(option.font).elidedText(text, Qt::ElideRight, l.quote.width() - 8));
    }
    if (index.data(ChatMessageModel::DeletedRole).toBool()) {
        QFont italic = option.font;
        italic.setItalic(true);
        painter->setFont(italic);
        painter->setPen(muted);
        painter->drawText(l.body.adjusted(4, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
                          tr("This message was deleted."));
        painter->restore();
        return;
    }
    const auto state = static_cast<ChatMessageModel::State>(index.data(ChatMessageModel::StateRole).toInt());
    QPalette text = pal;
    text.setColor(QPalette::Text, state == ChatMessageModel::State::Sent     ? pal.color(QPalette::Text)
                                  : state == ChatMessageModel::State::Failed ? theme::color(theme::Role::Negative, pal)
                                                                             : muted);
    painter->translate(l.body.topLeft());
    body(option, index, option.rect.width())->draw(painter, text);
    painter->restore();
}

QSize ChannelDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    return {160, QFontMetrics(option.font).height() + 14};
}

void ChannelDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    QStyle *style = option.widget ? option.widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, option.widget);
    painter->save();
    const bool selected = option.state & QStyle::State_Selected;
    const int unread = index.data(models::ChannelListModel::UnreadRole).toInt();
    const int mentions = index.data(models::ChannelListModel::MentionsRole).toInt();
    const auto level =
        static_cast<protocol::chat::NotifyLevel>(index.data(models::ChannelListModel::NotifyLevelRole).toInt());
    // Mentions always show; plain unread counts only where the member wants to hear about everything.
    const bool showBadge = mentions > 0 || (unread > 0 && level == protocol::chat::NotifyLevel::All);
    QRect text = option.rect.adjusted(10, 0, -10, 0);
    if (showBadge) {
        // Mentions get the loud badge; plain unread messages a quiet one.
        const QString count = mentions > 0 ? u"@%1"_s.arg(mentions) : unread > 99 ? u"99+"_s : QString::number(unread);
        const int w = qMax(20, QFontMetrics(option.font).horizontalAdvance(count) + 10);
        const QRect badge(text.right() - w, option.rect.center().y() - 9, w, 18);
        QPainterPath path;
        path.addRoundedRect(badge, 9, 9);
        painter->fillPath(
            path, theme::color(mentions > 0 ? theme::Role::AlertBadge : theme::Role::QuietBadge, option.palette));
        painter->setPen(Qt::white);
        painter->drawText(badge, Qt::AlignCenter, count);
        text.setRight(badge.left() - 6);
    }
    painter->setFont(showBadge ? bold(option.font) : option.font);
    QColor nameColor = option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    if (level == protocol::chat::NotifyLevel::Muted && !selected) {
        nameColor.setAlphaF(0.45);
    }
    painter->setPen(nameColor);
    painter->drawText(text, Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(painter->font())
                          .elidedText((index.data(models::ChannelListModel::DirectRole).toBool() ? u"@ "_s : u"# "_s) +
                                          index.data(models::ChannelListModel::NameRole).toString(),
                                      Qt::ElideRight, text.width()));
    painter->restore();
}

} // namespace guild::ui
