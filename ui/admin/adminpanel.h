#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableView;

namespace guild::app {
class AdminService;
} // namespace guild::app
namespace guild::ui {

class AuditLogModel;
class ChannelsPage;
class CodesPage;
class ReportsPage;
class TiersPage;
class FeedbackListModel;
class HintedListView;
class HomeworkListModel;
class MemberTableModel;

/// Running the community: members (search, grant or revoke a tier, export as CSV), feedback to answer,
/// and homework to review. Shown to authors and admins; the server refuses whatever a role may not do.
class AdminPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit AdminPanel(app::AdminService &admin, QWidget *parent = nullptr);

    /// Admins see members and feedback; authors the homework only.
    void setRole(bool admin);
    QTableView *memberTable() const { return m_memberTable; }
    QLineEdit *searchBox() const { return m_search; }
    HintedListView *homeworkList() const { return m_homeworkList; }
    QPushButton *passButton() const { return m_pass; }
    QPushButton *banButton() const { return m_ban; }
    QPushButton *unbanButton() const { return m_unban; }
    QPushButton *resetCodeButton() const { return m_resetCode; }
    HintedListView *auditList() const { return m_auditList; }
    ChannelsPage *channelsPage() const { return m_channelsPage; }
    TiersPage *tiersPage() const { return m_tiersPage; }
    ReportsPage *reportsPage() const { return m_reportsPage; }
    CodesPage *codesPage() const { return m_codesPage; }
    QTabWidget *tabs() const { return m_tabs; }
    /// Adds where authors make courses, as the last tab (for authors and admins).
    void setCourseEditor(QWidget *editor);
    /// Bans the selected member as the Ban dialog would (for tests and the dialog alike).
    void banSelected(int days, const QString &reason, bool hideContent = false);
    QLabel *noticeLabel() const { return m_notice; }

Q_SIGNALS:
    /// Where to save the CSV export: asks the member, then writes it off the GUI thread.
    void csvExported(const QString &path, bool ok);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void buildLayout();
    void wire();
    void retranslate();
    /// Writes the CSV the server sent to where the admin asked, off the GUI thread.
    void saveCsv(const QByteArray &csv);
    /// Asks where to save `fileName`; true when the admin chose a place.
    bool askExportPath(const QString &title, const QString &fileName);
    qint64 selectedMemberId() const;
    void updateMemberActions();

    app::AdminService &m_admin;
    QTabWidget *m_tabs;
    QLineEdit *m_search;
    MemberTableModel *m_members;
    QTableView *m_memberTable;
    QComboBox *m_tier;
    QSpinBox *m_days;
    QPushButton *m_apply;
    QPushButton *m_export;
    QPushButton *m_ban;
    QPushButton *m_unban;
    QPushButton *m_resetCode;
    QComboBox *m_role;
    QPushButton *m_setRole;
    AuditLogModel *m_audit;
    HintedListView *m_auditList;
    QPushButton *m_exportAudit;
    ChannelsPage *m_channelsPage;
    TiersPage *m_tiersPage;
    ReportsPage *m_reportsPage;
    CodesPage *m_codesPage;
    QWidget *m_courseEditor = nullptr;
    FeedbackListModel *m_feedback;
    HintedListView *m_feedbackList;
    QPlainTextEdit *m_feedbackAnswer;
    QPushButton *m_sendAnswer;
    HomeworkListModel *m_homework;
    HintedListView *m_homeworkList;
    QPlainTextEdit *m_homeworkBody;
    QLineEdit *m_comment;
    QPushButton *m_pass;
    QPushButton *m_revise;
    QLabel *m_notice;
    bool m_isAdmin = false;
    QString m_exportPath;
};

} // namespace guild::ui
