#include "chatdelegates.h"

#include "models/channellistmodel.h"
#include "models/chatmessagemodel.h"

#include <QAbstractItemView>
#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QDateTime>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QtMath>

using namespace Qt::StringLiterals;

namespace guild::ui {

using models::ChatMessageModel;

namespace {
constexpr int Margin = 10;
constexpr int Gap = 4;

int viewWidth(const QStyleOptionViewItem &option)
{
    if (const auto *view = qobject_cast<const QAbstractItemView *>(option.widget)) {
        return view->viewport()->width();
    }
    return option.rect.width();
}

QFont bold(QFont font)
{
    font.setBold(true);
    return font;
}
} // namespace

SafeMarkdownDocument *MessageDelegate::document(const QStyleOptionViewItem &option, const QModelIndex &index,
                                                int width) const
{
    const QString body = index.data(ChatMessageModel::BodyRole).toString();
    const QString key = index.data(ChatMessageModel::SeqRole).toString() + u'|' +
                        index.data(ChatMessageModel::ClientIdRole).toString() + u'|' + QString::number(width) + u'|' +
                        QString::number(qHash(body));
    if (SafeMarkdownDocument *cached = m_documents.object(key)) {
        return cached;
    }
    auto *doc = new SafeMarkdownDocument;
    doc->setDefaultFont(option.font);
    doc->setMarkdownSafely(body, option.palette.color(QPalette::AlternateBase));
    doc->setTextWidth(qMax(40, width - 2 * Margin));
    m_documents.insert(key, doc);
    return doc;
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
    if (index.data(ChatMessageModel::FirstOfGroupRole).toBool()) {
        l.header = QRect(Margin, y + Gap * 2, width - 2 * Margin, fm.height());
        y = l.header.bottom() + 1;
    }
    if (index.data(ChatMessageModel::ReplyToRole).toLongLong() > 0) {
        l.quote = QRect(Margin, y + 2, width - 2 * Margin, fm.height());
        y = l.quote.bottom() + 1;
    }
    const int bodyHeight = qCeil(document(option, index, width)->size().height());
    l.body = QRect(Margin, y + 2, width - 2 * Margin, bodyHeight);
    l.height = l.body.bottom() + Gap;
    return l;
}

QSize MessageDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const int width = viewWidth(option);
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
        const QColor red(0xd32f2f);
        painter->setPen(red);
        const int mid = l.unread.center().y();
        const QString label = tr("New");
        const int labelWidth = QFontMetrics(option.font).horizontalAdvance(label) + 12;
        painter->drawLine(Margin, mid, l.unread.width() - Margin - labelWidth, mid);
        painter->drawText(QRect(l.unread.width() - Margin - labelWidth, l.unread.top(), labelWidth, l.unread.height()),
                          Qt::AlignRight | Qt::AlignVCenter, label);
    }
    if (l.header.isValid()) {
        const QString presence =
            m_presence ? m_presence(index.data(ChatMessageModel::SenderIdRole).toLongLong()) : QString();
        const QColor dot = presence == u"online"_s ? QColor(0x2e7d32)
                           : presence == u"away"_s ? QColor(0xf9a825)
                                                   : QColor();
        if (dot.isValid()) {
            painter->setPen(Qt::NoPen);
            painter->setBrush(dot);
            painter->drawEllipse(QPoint(Margin / 2, l.header.center().y()), 3, 3);
        }
        painter->setFont(bold(option.font));
        painter->setPen(pal.color(QPalette::Text));
        const QString sender = index.data(ChatMessageModel::SenderRole).toString();
        painter->drawText(l.header, Qt::AlignLeft | Qt::AlignVCenter, sender);
        const int after = QFontMetrics(painter->font()).horizontalAdvance(sender) + 8;
        painter->setFont(option.font);
        painter->setPen(muted);
        painter->drawText(l.header.adjusted(after, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
                          QLocale().toString(created.time(), QLocale::ShortFormat));
    }
    if (l.quote.isValid()) {
        const QString quote = index.data(ChatMessageModel::ReplyQuoteRole).toString();
        painter->setPen(QPen(pal.color(QPalette::Mid), 2));
        painter->drawLine(l.quote.left() + 1, l.quote.top() + 2, l.quote.left() + 1, l.quote.bottom() - 2);
        painter->setPen(muted);
        painter->setFont(option.font);
        const QString text = u"↪ "_s + (quote.isEmpty() ? tr("a reply to an earlier message") : quote);
        painter->drawText(l.quote.adjusted(8, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
                          QFontMetrics(option.font).elidedText(text, Qt::ElideRight, l.quote.width() - 8));
    }
    const auto state = static_cast<ChatMessageModel::State>(index.data(ChatMessageModel::StateRole).toInt());
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette = pal;
    context.palette.setColor(QPalette::Text, state == ChatMessageModel::State::Sent     ? pal.color(QPalette::Text)
                                             : state == ChatMessageModel::State::Failed ? QColor(0xb00020)
                                                                                        : muted);
    painter->translate(l.body.topLeft());
    document(option, index, option.rect.width())->documentLayout()->draw(painter, context);
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
    const auto level = static_cast<models::ChannelListModel::NotifyLevel>(
        index.data(models::ChannelListModel::NotifyLevelRole).toInt());
    // Mentions always show; plain unread counts only where the member wants to hear about everything.
    const bool showBadge = mentions > 0 || (unread > 0 && level == models::ChannelListModel::NotifyLevel::All);
    QRect text = option.rect.adjusted(10, 0, -10, 0);
    if (showBadge) {
        // Mentions get the loud badge; plain unread messages a quiet one.
        const QString count = mentions > 0 ? u"@%1"_s.arg(mentions) : unread > 99 ? u"99+"_s : QString::number(unread);
        const int w = qMax(20, QFontMetrics(option.font).horizontalAdvance(count) + 10);
        const QRect badge(text.right() - w, option.rect.center().y() - 9, w, 18);
        QPainterPath path;
        path.addRoundedRect(badge, 9, 9);
        painter->fillPath(path, mentions > 0 ? QColor(0xd32f2f) : QColor(0x78909c));
        painter->setPen(Qt::white);
        painter->drawText(badge, Qt::AlignCenter, count);
        text.setRight(badge.left() - 6);
    }
    painter->setFont(showBadge ? bold(option.font) : option.font);
    QColor nameColor = option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    if (level == models::ChannelListModel::NotifyLevel::Muted && !selected) {
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
