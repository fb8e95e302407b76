#include "hintedlistview.h"

#include <QPainter>

namespace guild::ui {

void HintedListView::setPlaceholderText(const QString &text)
{
    m_placeholder = text;
    viewport()->update();
}

void HintedListView::paintEvent(QPaintEvent *event)
{
    QListView::paintEvent(event);
    if (m_placeholder.isEmpty() || (model() && model()->rowCount(rootIndex()) > 0)) {
        return;
    }
    QPainter painter(viewport());
    painter.setPen(palette().color(QPalette::PlaceholderText));
    const int margin = fontMetrics().height();
    painter.drawText(viewport()->rect().adjusted(margin, margin, -margin, -margin),
                     Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, m_placeholder);
}

} // namespace guild::ui
