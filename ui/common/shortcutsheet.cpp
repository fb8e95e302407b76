#include "shortcutsheet.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace guild::ui {

namespace {
QString plain(QString text)
{
    // "&Search everything…" → "Search everything"; a literal ampersand is written "&&".
    text.replace(u"&&"_s, u"\x01"_s).remove(u'&').replace(u'\x01', u'&');
    if (text.endsWith(u'…')) {
        text.chop(1);
    }
    return text;
}
} // namespace

ShortcutSheet::ShortcutSheet(const QMenuBar *menus, QWidget *parent)
    : QDialog(parent)
    , m_tree(new QTreeWidget(this))
{
    setWindowTitle(tr("Keyboard shortcuts"));
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Action"), tr("Shortcut")});
    m_tree->setRootIsDecorated(false);
    m_tree->setSelectionMode(QAbstractItemView::NoSelection);
    m_tree->setFocusPolicy(Qt::StrongFocus);
    m_tree->setAccessibleName(tr("Keyboard shortcuts"));
    for (const QAction *menuAction : menus->actions()) {
        const QMenu *menu = menuAction->menu();
        if (!menu) {
            continue;
        }
        auto *group = new QTreeWidgetItem(m_tree, {plain(menu->title())});
        QFont bold = group->font(0);
        bold.setBold(true);
        group->setFont(0, bold);
        group->setFirstColumnSpanned(true);
        for (const QAction *action : menu->actions()) {
            if (action->shortcuts().isEmpty() || !action->isVisible()) {
                continue;
            }
            QStringList keys;
            for (const QKeySequence &key : action->shortcuts()) {
                keys << key.toString(QKeySequence::NativeText);
            }
            new QTreeWidgetItem(group, {plain(action->text()), keys.join(tr(", "))});
        }
        if (group->childCount() == 0) {
            delete group;
        }
    }
    m_tree->expandAll();
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tree);
    layout->addWidget(buttons);
    resize(520, 560);
}

QStringList ShortcutSheet::rows() const
{
    QStringList out;
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        const QTreeWidgetItem *group = m_tree->topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i) {
            out << group->text(0) + u'\t' + group->child(i)->text(0) + u'\t' + group->child(i)->text(1);
        }
    }
    return out;
}

} // namespace guild::ui
