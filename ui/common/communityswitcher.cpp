#include "communityswitcher.h"

#include "avatar.h"
#include "theme.h"

#include <QEvent>
#include <QPainter>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace guild::ui {

namespace {
constexpr int IconSize = 36;
} // namespace

CommunitySwitcher::CommunitySwitcher(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QVBoxLayout(this))
    , m_add(new QToolButton(this))
{
    m_layout->setContentsMargins(6, 8, 6, 8);
    m_layout->setSpacing(6);
    m_layout->addStretch(1);
    m_layout->addWidget(m_add);
    m_add->setText(u"+"_s);
    m_add->setFixedSize(IconSize + 8, IconSize + 8);
    QFont font = m_add->font();
    font.setPointSizeF(font.pointSizeF() * 1.5);
    m_add->setFont(font);
    m_add->setAutoRaise(true);
    connect(m_add, &QToolButton::clicked, this, &CommunitySwitcher::addRequested);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Dark);
    retranslate();
}

void CommunitySwitcher::setEntries(const QList<Entry> &entries)
{
    m_entries = entries;
    rebuild();
}

void CommunitySwitcher::setUnread(const QString &key, int unread)
{
    for (int i = 0; i < m_entries.size(); ++i) {
        if (m_entries[i].key == key && m_entries[i].unread != unread) {
            m_entries[i].unread = unread;
            paintButton(i);
        }
    }
}

void CommunitySwitcher::rebuild()
{
    qDeleteAll(m_buttons);
    m_buttons.clear();
    for (int i = 0; i < m_entries.size(); ++i) {
        auto *button = new QToolButton(this);
        button->setCheckable(true);
        button->setAutoRaise(true);
        button->setFixedSize(IconSize + 8, IconSize + 8);
        button->setIconSize({IconSize, IconSize});
        m_layout->insertWidget(i, button);
        button->show(); // the window may be showing already
        m_buttons.append(button);
        connect(button, &QToolButton::clicked, this, [this, i] {
            paintButton(i); // a click on the open one leaves it open
            if (!m_entries[i].current) {
                Q_EMIT chosen(m_entries[i].key);
            }
        });
        paintButton(i);
    }
}

void CommunitySwitcher::paintButton(int index)
{
    const Entry &e = m_entries.at(index);
    QToolButton *button = m_buttons.at(index);
    const qreal dpr = devicePixelRatioF();
    QPixmap icon = avatarPixmap(QImage(), e.name, qint64(qHash(e.key) & 0x7fffffff), IconSize, dpr);
    if (e.unread > 0) {
        // The count, on a red disc in the corner, as a desktop's dock shows it.
        QPainter painter(&icon);
        painter.setRenderHint(QPainter::Antialiasing);
        const QString text = e.unread > 99 ? u"99+"_s : QString::number(e.unread);
        QFont font = painter.font();
        font.setPixelSize(10);
        font.setBold(true);
        painter.setFont(font);
        const int width = std::max(16, QFontMetrics(font).horizontalAdvance(text) + 6);
        const QRectF badge(IconSize - width, 0, width, 16);
        painter.setPen(Qt::NoPen);
        painter.setBrush(theme::color(theme::Role::AlertBadge, palette()));
        painter.drawRoundedRect(badge, 8, 8);
        painter.setPen(Qt::white);
        painter.drawText(badge, Qt::AlignCenter, text);
    }
    button->setIcon(icon);
    button->setChecked(e.current);
    button->setToolTip(e.unread > 0 ? tr("%1 (%2)\n%n unread message(s)", nullptr, e.unread).arg(e.name, e.detail)
                                    : tr("%1 (%2)").arg(e.name, e.detail));
    button->setAccessibleName(e.name);
}

void CommunitySwitcher::retranslate()
{
    m_add->setToolTip(tr("Add a community: sign in to another server, or as someone else"));
    for (int i = 0; i < m_buttons.size(); ++i) {
        paintButton(i);
    }
}

void CommunitySwitcher::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

} // namespace guild::ui
