#pragma once

#include <QString>

namespace guild::server {

/// One CSV field, quoted with quotes doubled. A leading = + - @ (or a tab or carriage return) is
/// defused with an apostrophe so a spreadsheet never runs the cell as a formula.
inline QString csvField(QString text)
{
    if (!text.isEmpty() && QStringLiteral("=+-@\t\r").contains(text.front())) {
        text.prepend(u'\'');
    }
    return u'"' + text.replace(u'"', QStringLiteral("\"\"")) + u'"';
}

} // namespace guild::server
