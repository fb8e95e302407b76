#pragma once

#include <QBoxLayout>
#include <QWidget>

#include <initializer_list>

namespace guild::ui {

/// Tab visits `widgets` one after the other from where the first one is (Qt 6.4's
/// QWidget::setTabOrder takes a pair only). For widgets made in another order than they are laid out.
inline void chainTabOrder(std::initializer_list<QWidget *> widgets)
{
    QWidget *previous = nullptr;
    for (QWidget *w : widgets) {
        if (previous) {
            QWidget::setTabOrder(previous, w);
        }
        previous = w;
    }
}

/// Puts widget into row at index, and Tab reaches it right after the widget before it in the row (not
/// after everything made before it).
inline void insertIntoRow(QBoxLayout *row, int index, QWidget *widget)
{
    row->insertWidget(index, widget);
    if (const int at = row->indexOf(widget); at > 0 && row->itemAt(at - 1)->widget()) {
        QWidget::setTabOrder(row->itemAt(at - 1)->widget(), widget);
    }
}

} // namespace guild::ui
