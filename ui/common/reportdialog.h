#pragma once

#include <QAbstractItemView>
#include <QCoreApplication>
#include <QString>

#include <functional>
#include <optional>

class QMenu;
class QWidget;

namespace guild::ui {

/// Asks a member why they report something: a common reason to pick, with their own words.
class ReportDialog final
{
    Q_DECLARE_TR_FUNCTIONS(ReportDialog)
public:
    /// The reason, or nothing when they changed their mind.
    static std::optional<QString> ask(QWidget *parent);
};

/// Gives `view` a context menu with "Report…" on rows `idOf` names (0: nothing to report there);
/// choosing it calls `request` with the row's id.
void offerReport(QAbstractItemView *view, const QString &label, std::function<qint64(const QModelIndex &)> idOf,
                 std::function<void(qint64)> request);

/// One entry of a row's context menu: its label, and what it does with the row's id.
using RowAction = std::pair<QString, std::function<void(qint64)>>;
/// Gives `view` a context menu of `actions` on rows `idOf` names (0: no menu there).
/// What a row's menu offers besides `actions`, from the row itself (Copy code, say), put first.
using RowMenuExtras = std::function<void(QMenu &menu, const QModelIndex &row)>;
void offerMenu(QAbstractItemView *view, std::function<qint64(const QModelIndex &)> idOf, QList<RowAction> actions,
               RowMenuExtras extras = {});

} // namespace guild::ui
