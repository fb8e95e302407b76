#include "stickyrunheader.h"

#include "chatdelegates.h"
#include "common/theme.h"
#include "models/chatmessagemodel.h"

#include <QEvent>
#include <QListView>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace guild::ui {

namespace {

using models::ChatMessageModel;

// A run is at most a few hundred rows (its messages are minutes apart); beyond this the header is not
// worth a walk through the model on every scroll step.
constexpr int LongestWalk = 2000;

} // namespace

StickyRunHeader::StickyRunHeader(QListView *list)
    : QWidget(list->viewport())
    , m_list(list)
    , m_viewport(list->viewport())
{
    setObjectName(u"stickyRunHeader"_s);
    setCursor(Qt::PointingHandCursor);
    setFocusPolicy(Qt::NoFocus);
    hide();
    connect(list->verticalScrollBar(), &QScrollBar::valueChanged, this, &StickyRunHeader::refresh);
    QAbstractItemModel *model = list->model();
    connect(model, &QAbstractItemModel::rowsInserted, this, &StickyRunHeader::refresh);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &StickyRunHeader::refresh);
    connect(model, &QAbstractItemModel::modelReset, this, &StickyRunHeader::refresh);
    connect(model, &QAbstractItemModel::layoutChanged, this, &StickyRunHeader::refresh);
    connect(model, &QAbstractItemModel::dataChanged, this, &StickyRunHeader::refresh);
    m_viewport->installEventFilter(this);
}

bool StickyRunHeader::eventFilter(QObject *watched, QEvent *event)
{
    // The viewport also speaks while the list is being destroyed (it closes its window then): the list
    // is not asked anything here, and the refresh waits for the event loop, which never comes for a
    // header destroyed with its list.
    if (watched == m_viewport && event->type() == QEvent::Resize) {
        QTimer::singleShot(0, this, &StickyRunHeader::refresh);
    }
    return QWidget::eventFilter(watched, event);
}

void StickyRunHeader::refresh()
{
    const QModelIndex top = m_list->indexAt(QPoint(m_list->viewport()->width() / 2, 0));
    QModelIndex start = top;
    for (int walked = 0; start.isValid() && !start.data(ChatMessageModel::FirstOfGroupRole).toBool(); ++walked) {
        start = walked < LongestWalk ? start.siblingAtRow(start.row() - 1) : QModelIndex();
    }
    // Shown only while the run's own header is out of sight: the run started in an earlier row, or its
    // one tall row is cut below where its header was (a row cut a little still shows its name).
    const int height = fontMetrics().height() + 10;
    const bool needed = start.isValid() && (start != top || m_list->visualRect(top).top() < -height);
    if (!needed) {
        hide();
        m_start = QPersistentModelIndex();
        return;
    }
    m_start = start;
    m_sender = start.data(ChatMessageModel::SenderRole).toString();
    const QDateTime created = start.data(ChatMessageModel::CreatedAtRole).toDateTime().toLocalTime();
    // The day too once it is not today: the day's separator is as far away as the run's header.
    m_time = created.date() == QDate::currentDate() ? QLocale().toString(created.time(), QLocale::ShortFormat)
                                                    : QLocale().toString(created, QLocale::ShortFormat);
    setAccessibleName(tr("%1, %2", "sender, time of the first message of the run at the top").arg(m_sender, m_time));
    setGeometry(0, 0, m_list->viewport()->width(), height);
    show();
    raise();
    update();
}

void StickyRunHeader::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QPalette &pal = palette();
    QColor back = pal.color(QPalette::Base);
    back.setAlphaF(0.94);
    painter.fillRect(rect(), back);
    painter.setPen(pal.color(QPalette::Mid));
    painter.drawLine(rect().bottomLeft(), rect().bottomRight());
    // Lined up with the names the rows paint, right of the senders' pictures.
    const QRect text = rect().adjusted(MessageDelegate::TextIndent, 0, -12, -1);
    QFont name = font();
    name.setBold(true);
    painter.setFont(name);
    painter.setPen(pal.color(QPalette::Text));
    painter.drawText(text, Qt::AlignLeft | Qt::AlignVCenter, m_sender);
    const int after = QFontMetrics(name).horizontalAdvance(m_sender) + 8;
    painter.setFont(font());
    painter.setPen(theme::color(theme::Role::Neutral, pal));
    painter.drawText(text.adjusted(after, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
                     tr("%1 · continued", "time of a run of messages whose start is scrolled away").arg(m_time));
}

void StickyRunHeader::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && m_start.isValid()) {
        m_list->scrollTo(m_start, QAbstractItemView::PositionAtTop);
    }
}

} // namespace guild::ui
