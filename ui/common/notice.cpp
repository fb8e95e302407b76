#include "common/notice.h"

#include <QLabel>

namespace guild::ui {

void showNotice(QLabel *label, const QString &message, std::optional<bool> ok)
{
    label->setText(message);
    QPalette pal = label->parentWidget() ? label->parentWidget()->palette() : label->palette();
    if (ok) {
        pal.setColor(QPalette::WindowText, *ok ? QColor(0x2e7d32) : QColor(0xc62828));
    }
    label->setPalette(pal);
}

} // namespace guild::ui
