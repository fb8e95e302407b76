#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableWidget;

namespace guild::app {
class AdminService;
} // namespace guild::app
namespace guild::protocol {
struct MemberSummary;
} // namespace guild::protocol

namespace guild::ui {

/// Running the community: members (search, grant or revoke a tier, export as CSV), feedback to answer,
/// and homework to review. Shown to authors and admins; the server refuses whatever a role may not do.
class AdminPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit AdminPanel(app::AdminService &admin, QWidget *parent = nullptr);

    /// Admins see members and feedback; authors the homework only.
    void setRole(bool admin);
    QTableWidget *memberTable() const { return m_members; }
    QLineEdit *searchBox() const { return m_search; }
    QListWidget *homeworkList() const { return m_homework; }
    QPushButton *passButton() const { return m_pass; }
    QLabel *noticeLabel() const { return m_notice; }

Q_SIGNALS:
    /// Where to save the CSV export: asks the member, then writes it off the GUI thread.
    void csvExported(const QString &path, bool ok);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    void showMembers(const QList<protocol::MemberSummary> &members);

    app::AdminService &m_admin;
    QTabWidget *m_tabs;
    QLineEdit *m_search;
    QTableWidget *m_members;
    QComboBox *m_tier;
    QSpinBox *m_days;
    QPushButton *m_apply;
    QPushButton *m_export;
    QListWidget *m_feedback;
    QPlainTextEdit *m_feedbackAnswer;
    QPushButton *m_sendAnswer;
    QListWidget *m_homework;
    QPlainTextEdit *m_homeworkBody;
    QLineEdit *m_comment;
    QPushButton *m_pass;
    QPushButton *m_revise;
    QLabel *m_notice;
    bool m_isAdmin = false;
    QString m_exportPath;
};

} // namespace guild::ui
