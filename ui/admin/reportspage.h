#pragma once

#include "models/recordlistmodel.h"
#include "protocol/api/reports.h"

#include <QWidget>

class QCheckBox;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace guild::app {
class AdminService;
}

namespace guild::ui {

class HintedListView;

/// Reports in the moderation queue: what was reported, by whom, why, and what became of it.
class ReportListModel final : public models::RecordListModel<protocol::ModerationReport>
{
    Q_OBJECT
public:
    using RecordListModel::RecordListModel;

protected:
    QVariant display(const protocol::ModerationReport &report, int row, int role) const override;
};

/// The Reports tab (admins and authors): members' reports of comments, answers, questions and chat
/// messages, oldest first; hide the content with a reason its author is told, or dismiss the report.
class ReportsPage final : public QWidget
{
    Q_OBJECT
public:
    explicit ReportsPage(app::AdminService &admin, QWidget *parent = nullptr);

    HintedListView *reportList() const { return m_list; }
    QLineEdit *reasonEdit() const { return m_reason; }
    QPushButton *hideButton() const { return m_hide; }
    QPushButton *dismissButton() const { return m_dismiss; }
    QCheckBox *showAllBox() const { return m_showAll; }
    void reload();

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildLayout();
    void wire();
    void retranslate();
    void showSelected();

    app::AdminService &m_admin;
    ReportListModel *m_reports;
    HintedListView *m_list;
    QPlainTextEdit *m_excerpt;
    QLineEdit *m_reason;
    QPushButton *m_hide;
    QPushButton *m_dismiss;
    QCheckBox *m_showAll;
};

} // namespace guild::ui
