#pragma once

#include <QString>
#include <QStringList>

class QMenu;

namespace guild::ui {

/// The code blocks of markdown (fenced or indented), each as its lines joined by newlines.
QStringList codeBlocksOf(const QString &markdown);

/// Adds "Copy code" to a row's menu when the row's markdown holds code: one block is copied at once,
/// several are offered one by one by their first line. Rows are painted, so this is their Copy button.
void addCopyCode(QMenu &menu, const QString &markdown);

} // namespace guild::ui
