#pragma once

#include <QDialog>

class QMenuBar;
class QTreeWidget;

namespace guild::ui {

/// Every keyboard shortcut the window offers, read from its menus (so the sheet cannot fall out of
/// step with them), grouped by menu: Ctrl+/ shows it.
class ShortcutSheet final : public QDialog
{
    Q_OBJECT
public:
    explicit ShortcutSheet(const QMenuBar *menus, QWidget *parent = nullptr);

    /// The rows shown: "Menu\tAction\tShortcut, shortcut".
    QStringList rows() const;

private:
    QTreeWidget *m_tree;
};

} // namespace guild::ui
