#include "common/notice.h"

#include "theme.h"

#include <QLabel>

namespace guild::ui {

void showNotice(QLabel *label, const QString &message, std::optional<bool> ok)
{
    label->setText(message);
    QPalette pal = label->parentWidget() ? label->parentWidget()->palette() : label->palette();
    if (ok) {
        pal.setColor(QPalette::WindowText, theme::color(*ok ? theme::Role::Positive : theme::Role::Negative, pal));
    }
    label->setPalette(pal);
}

} // namespace guild::ui
