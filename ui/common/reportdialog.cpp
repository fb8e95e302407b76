#include "reportdialog.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>

namespace guild::ui {

std::optional<QString> ReportDialog::ask(QWidget *parent)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(tr("Report to the moderators"));
    auto *intro = new QLabel(tr("The moderators see what you report and who reported it; its author does not "
                                "learn who you are."),
                             &dialog);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);
    auto *reason = new QComboBox(&dialog);
    reason->addItems({tr("Spam or advertising"), tr("Abuse or harassment"), tr("Off topic"),
                      tr("Shares paid content outside the community"), tr("Something else")});
    auto *details = new QLineEdit(&dialog);
    details->setMaxLength(400);
    details->setPlaceholderText(tr("Anything the moderators should know (optional)"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Report"));
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *form = new QFormLayout(&dialog);
    form->addRow(intro);
    form->addRow(tr("Why"), reason);
    form->addRow(tr("Details"), details);
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted) {
        return std::nullopt;
    }
    const QString more = details->text().trimmed();
    return more.isEmpty() ? reason->currentText() : reason->currentText() + QStringLiteral(": ") + more;
}

void offerReport(QAbstractItemView *view, const QString &label, std::function<qint64(const QModelIndex &)> idOf,
                 std::function<void(qint64)> request)
{
    offerMenu(view, std::move(idOf), {{label, std::move(request)}});
}

void offerMenu(QAbstractItemView *view, std::function<qint64(const QModelIndex &)> idOf, QList<RowAction> actions,
               RowMenuExtras extras)
{
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    QObject::connect(
        view, &QWidget::customContextMenuRequested, view,
        [view, idOf = std::move(idOf), actions = std::move(actions), extras = std::move(extras)](const QPoint &at) {
            const qint64 id = idOf(view->indexAt(at));
            if (id <= 0) {
                return;
            }
            QMenu menu(view);
            if (extras) {
                extras(menu, view->indexAt(at));
            }
            for (const auto &[label, act] : actions) {
                menu.addAction(label, view, [act, id] { act(id); });
            }
            menu.exec(view->viewport()->mapToGlobal(at));
        });
}

} // namespace guild::ui
