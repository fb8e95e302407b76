#include "adminpanel.h"

#include "adminmodels.h"
#include "channelspage.h"
#include "codespage.h"
#include "common/formatting.h"
#include "common/hintedlistview.h"
#include "common/notice.h"
#include "reportspage.h"
#include "services/adminservice.h"
#include "tierspage.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSaveFile>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QThreadPool>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace guild::ui {

using namespace protocol;

AdminPanel::AdminPanel(app::AdminService &admin, QWidget *parent)
    : QWidget(parent)
    , m_admin(admin)
    , m_tabs(new QTabWidget(this))
    , m_search(new QLineEdit(this))
    , m_members(new MemberTableModel(this))
    , m_memberTable(new QTableView(this))
    , m_tier(new QComboBox(this))
    , m_days(new QSpinBox(this))
    , m_apply(new QPushButton(this))
    , m_export(new QPushButton(this))
    , m_ban(new QPushButton(this))
    , m_unban(new QPushButton(this))
    , m_resetCode(new QPushButton(this))
    , m_role(new QComboBox(this))
    , m_setRole(new QPushButton(this))
    , m_audit(new AuditLogModel(this))
    , m_auditList(new HintedListView(this))
    , m_exportAudit(new QPushButton(this))
    , m_channelsPage(new ChannelsPage(admin, this))
    , m_tiersPage(new TiersPage(admin, this))
    , m_reportsPage(new ReportsPage(admin, this))
    , m_codesPage(new CodesPage(admin, this))
    , m_feedback(new FeedbackListModel(this))
    , m_feedbackList(new HintedListView(this))
    , m_feedbackAnswer(new QPlainTextEdit(this))
    , m_sendAnswer(new QPushButton(this))
    , m_homework(new HomeworkListModel(this))
    , m_homeworkList(new HintedListView(this))
    , m_homeworkBody(new QPlainTextEdit(this))
    , m_comment(new QLineEdit(this))
    , m_pass(new QPushButton(this))
    , m_revise(new QPushButton(this))
    , m_notice(new QLabel(this))
{
    m_memberTable->setModel(m_members);
    m_feedbackList->setModel(m_feedback);
    m_homeworkList->setModel(m_homework);
    m_auditList->setModel(m_audit);
    buildLayout();
    wire();
    retranslate();
}

void AdminPanel::buildLayout()
{
    m_notice->setTextFormat(Qt::PlainText);
    m_notice->setWordWrap(true);
    m_search->setClearButtonEnabled(true);
    m_feedbackList->setWordWrap(true);
    m_memberTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_memberTable->setSelectionMode(QAbstractItemView::SingleSelection);
    // Arrows move between cells; Tab goes on to the controls below (it would stay in the table).
    m_memberTable->setTabKeyNavigation(false);
    m_memberTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_memberTable->horizontalHeader()->setStretchLastSection(true);
    m_memberTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_memberTable->verticalHeader()->hide();
    m_days->setRange(0, 3660);
    m_days->setValue(30);
    for (Tier t : {Tier::Free, Tier::Member, Tier::Premium}) {
        m_tier->addItem(tierDisplayName(t), static_cast<int>(t));
    }
    m_homeworkBody->setReadOnly(true);
    m_homeworkBody->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_feedbackAnswer->setMaximumHeight(100);
    for (QPlainTextEdit *box : {m_feedbackAnswer, m_homeworkBody}) {
        box->setTabChangesFocus(true);
    }

    auto *members = new QWidget(this);
    auto *membersLayout = new QVBoxLayout(members);
    auto *top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(m_export);
    membersLayout->addLayout(top);
    membersLayout->addWidget(m_memberTable, 1);
    auto *grant = new QHBoxLayout;
    grant->addWidget(m_tier);
    grant->addWidget(m_days);
    grant->addWidget(m_apply);
    grant->addSpacing(16);
    grant->addWidget(m_role);
    grant->addWidget(m_setRole);
    grant->addStretch();
    grant->addWidget(m_resetCode);
    grant->addWidget(m_ban);
    grant->addWidget(m_unban);
    membersLayout->addLayout(grant);

    auto *audit = new QWidget(this);
    auto *auditLayout = new QVBoxLayout(audit);
    auditLayout->addWidget(m_auditList, 1);
    auditLayout->addWidget(m_exportAudit, 0, Qt::AlignRight);

    auto *feedback = new QWidget(this);
    auto *feedbackLayout = new QVBoxLayout(feedback);
    feedbackLayout->addWidget(m_feedbackList, 1);
    feedbackLayout->addWidget(m_feedbackAnswer);
    feedbackLayout->addWidget(m_sendAnswer, 0, Qt::AlignRight);

    auto *homework = new QWidget(this);
    auto *homeworkLayout = new QVBoxLayout(homework);
    homeworkLayout->addWidget(m_homeworkList, 1);
    homeworkLayout->addWidget(m_homeworkBody, 1);
    auto *review = new QHBoxLayout;
    review->addWidget(m_comment, 1);
    review->addWidget(m_revise);
    review->addWidget(m_pass);
    homeworkLayout->addLayout(review);

    m_tabs->addTab(members, QString());
    m_tabs->addTab(feedback, QString());
    m_tabs->addTab(homework, QString());
    m_tabs->addTab(audit, QString());
    m_tabs->addTab(m_channelsPage, QString());
    m_tabs->addTab(m_tiersPage, QString());
    m_tabs->addTab(m_reportsPage, QString());
    m_tabs->addTab(m_codesPage, QString());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_notice);
}

void AdminPanel::wire()
{
    auto *searchDelay = new QTimer(this);
    searchDelay->setSingleShot(true);
    searchDelay->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, searchDelay, qOverload<>(&QTimer::start));
    connect(searchDelay, &QTimer::timeout, this, [this] { m_admin.searchMembers(m_search->text()); });
    connect(m_apply, &QPushButton::clicked, this, [this] {
        if (const MemberSummary *member = m_members->at(m_memberTable->currentIndex().row())) {
            m_admin.setTier(member->id, static_cast<Tier>(m_tier->currentData().toInt()), m_days->value());
        }
    });
    connect(m_export, &QPushButton::clicked, this, [this] {
        if (askExportPath(tr("Export members"), u"members.csv"_s)) {
            m_admin.exportCsv();
        }
    });
    connect(m_exportAudit, &QPushButton::clicked, this, [this] {
        if (askExportPath(tr("Export the audit log"), u"audit.csv"_s)) {
            m_admin.exportAuditCsv();
        }
    });
    connect(&m_admin, &app::AdminService::auditCsvReady, this, &AdminPanel::saveCsv);
    connect(&m_admin, &app::AdminService::auditLoaded, m_audit, &AuditLogModel::setRecords);
    connect(m_memberTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AdminPanel::updateMemberActions);
    connect(m_members, &QAbstractItemModel::modelReset, this, &AdminPanel::updateMemberActions);
    connect(m_ban, &QPushButton::clicked, this, [this] {
        QDialog dialog(this);
        dialog.setWindowTitle(tr("Ban a member"));
        auto *days = new QSpinBox(&dialog);
        days->setRange(0, 36500);
        days->setValue(7);
        days->setSpecialValueText(tr("For good"));
        days->setSuffix(tr(" days"));
        auto *reason = new QLineEdit(&dialog);
        reason->setMaxLength(500);
        reason->setPlaceholderText(tr("Shown to the member when they try to sign in"));
        auto *hide = new QCheckBox(tr("Also hide everything they wrote (comments, Q&A, chat messages)"), &dialog);
        auto *form = new QFormLayout(&dialog);
        form->addRow(tr("How long"), days);
        form->addRow(tr("Reason"), reason);
        form->addRow(QString(), hide);
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
        buttons->button(QDialogButtonBox::Ok)->setText(tr("Ban and sign out"));
        connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
        connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
        form->addRow(buttons);
        if (dialog.exec() == QDialog::Accepted) {
            banSelected(days->value(), reason->text(), hide->isChecked());
        }
    });
    connect(m_resetCode, &QPushButton::clicked, this, [this] {
        if (const qint64 id = selectedMemberId()) {
            m_admin.issueResetCode(id);
        }
    });
    connect(&m_admin, &app::AdminService::resetCodeIssued, this, [this](const QString &code, const QDateTime &until) {
        QMessageBox box(QMessageBox::Information, tr("Reset code"),
                        tr("Give the member this code. In the sign-in window they choose “Forgot your "
                           "password?” and type it with a new password. It works once, until %1.")
                            .arg(QLocale().toString(until.toLocalTime(), QLocale::ShortFormat)),
                        QMessageBox::Ok, this);
        box.setInformativeText(code);
        box.setTextInteractionFlags(Qt::TextSelectableByMouse);
        box.exec();
    });
    connect(m_unban, &QPushButton::clicked, this, [this] {
        if (const qint64 id = selectedMemberId()) {
            m_admin.unban(id);
        }
    });
    connect(m_setRole, &QPushButton::clicked, this, [this] {
        if (const qint64 id = selectedMemberId()) {
            m_admin.setRole(id, static_cast<Role>(m_role->currentData().toInt()));
        }
    });
    connect(&m_admin, &app::AdminService::csvReady, this, &AdminPanel::saveCsv);
    connect(this, &AdminPanel::csvExported, this, [this](const QString &path, bool ok) {
        m_notice->setText(ok ? tr("Members exported to %1.").arg(QDir::toNativeSeparators(path))
                             : tr("Could not write %1.").arg(path));
    });
    connect(&m_admin, &app::AdminService::membersLoaded, this, [this](const QList<MemberSummary> &members) {
        // The same member stays selected across a reload (after a ban or a new tier, say).
        const qint64 selected = selectedMemberId();
        m_members->setMembers(members);
        for (int row = 0; row < members.size(); ++row) {
            if (members.at(row).id == selected) {
                m_memberTable->selectRow(row);
            }
        }
        updateMemberActions();
    });
    connect(&m_admin, &app::AdminService::feedbackLoaded, m_feedback, &FeedbackListModel::setRecords);
    connect(m_sendAnswer, &QPushButton::clicked, this, [this] {
        const engagement::Feedback *feedback = m_feedback->at(m_feedbackList->currentIndex());
        if (feedback && !m_feedbackAnswer->toPlainText().trimmed().isEmpty()) {
            m_admin.answerFeedback(feedback->id, m_feedbackAnswer->toPlainText());
            m_feedbackAnswer->clear();
        }
    });
    connect(&m_admin, &app::AdminService::homeworkLoaded, this, [this](const QList<course::Homework> &list) {
        m_homework->setRecords(list);
        m_homeworkBody->clear();
    });
    connect(m_homeworkList->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                const course::Homework *homework = m_homework->at(current);
                m_homeworkBody->setPlainText(homework ? homework->body : QString());
            });
    for (QPushButton *button : {m_pass, m_revise}) {
        connect(button, &QPushButton::clicked, this, [this, button] {
            if (const course::Homework *homework = m_homework->at(m_homeworkList->currentIndex())) {
                m_admin.reviewHomework(homework->id, button == m_pass, m_comment->text());
                m_comment->clear();
            }
        });
    }
    connect(&m_admin, &app::AdminService::notice, this,
            [this](const QString &message, bool ok) { showNotice(m_notice, message, ok); });
}

bool AdminPanel::askExportPath(const QString &title, const QString &fileName)
{
    m_exportPath = QFileDialog::getSaveFileName(
        this, title, QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(fileName),
        tr("CSV files (*.csv)"));
    return !m_exportPath.isEmpty();
}

qint64 AdminPanel::selectedMemberId() const
{
    const MemberSummary *member = m_members->at(m_memberTable->currentIndex().row());
    return member ? member->id : 0;
}

void AdminPanel::banSelected(int days, const QString &reason, bool hideContent)
{
    if (const qint64 id = selectedMemberId()) {
        m_admin.ban(id, days, reason, hideContent);
    }
}

void AdminPanel::updateMemberActions()
{
    const MemberSummary *member = m_members->at(m_memberTable->currentIndex().row());
    const bool banned = member && member->bannedUntil.isValid();
    m_ban->setEnabled(member && !banned && member->role != roleCode(Role::Admin));
    m_unban->setEnabled(banned);
    m_setRole->setEnabled(member != nullptr);
    m_resetCode->setEnabled(member != nullptr);
    m_apply->setEnabled(member != nullptr);
}

void AdminPanel::saveCsv(const QByteArray &csv)
{
    const QString path = std::exchange(m_exportPath, QString());
    if (path.isEmpty()) {
        return; // asked for by someone else
    }
    QPointer<AdminPanel> self(this);
    // Written off the GUI thread; QSaveFile never leaves half a file behind.
    QThreadPool::globalInstance()->start([self, path, csv] {
        QSaveFile file(path);
        const bool ok = file.open(QIODevice::WriteOnly) && file.write(csv) == csv.size() && file.commit();
        QMetaObject::invokeMethod(qApp, [self, path, ok] {
            if (self) {
                Q_EMIT self->csvExported(path, ok);
            }
        });
    });
}

void AdminPanel::setCourseEditor(QWidget *editor)
{
    m_courseEditor = editor;
    m_tabs->addTab(editor, tr("Courses"));
}

void AdminPanel::setRole(bool admin)
{
    m_isAdmin = admin;
    m_tabs->setTabVisible(0, admin);
    m_tabs->setTabVisible(1, admin);
    m_tabs->setTabVisible(3, admin);
    m_tabs->setTabVisible(4, admin);
    m_tabs->setTabVisible(5, admin);
    m_tabs->setTabVisible(7, admin);
    if (!admin) {
        m_tabs->setCurrentIndex(2);
    }
}

void AdminPanel::showEvent(QShowEvent *event)
{
    if (m_isAdmin) {
        m_admin.searchMembers(m_search->text());
        m_admin.loadFeedback();
        m_admin.loadAudit();
        m_admin.loadChannels();
        m_admin.loadTiers();
        m_admin.loadCodes();
    }
    m_reportsPage->reload();
    m_admin.loadHomework();
    QWidget::showEvent(event);
}

void AdminPanel::retranslate()
{
    m_tabs->setTabText(0, tr("Members"));
    m_tabs->setTabText(1, tr("Feedback"));
    m_tabs->setTabText(2, tr("Homework to review"));
    m_tabs->setTabText(3, tr("Audit log"));
    m_tabs->setTabText(4, tr("Channels"));
    m_tabs->setTabText(5, tr("Tiers"));
    m_tabs->setTabText(6, tr("Reports"));
    m_tabs->setTabText(7, tr("Codes"));
    if (m_courseEditor) {
        m_tabs->setTabText(m_tabs->indexOf(m_courseEditor), tr("Courses"));
    }
    m_ban->setText(tr("Ban…"));
    m_unban->setText(tr("Lift ban"));
    m_resetCode->setText(tr("Reset code…"));
    m_resetCode->setToolTip(tr("A one-time code for a member who forgot their password"));
    m_setRole->setText(tr("Set role"));
    m_exportAudit->setText(tr("Export CSV…"));
    m_auditList->setPlaceholderText(tr("Every ban, role change and account action will be listed here."));
    const int role = m_role->currentIndex();
    m_role->clear();
    m_role->addItem(tr("Member"), static_cast<int>(Role::Member));
    m_role->addItem(tr("Author"), static_cast<int>(Role::Author));
    m_role->addItem(tr("Admin"), static_cast<int>(Role::Admin));
    m_role->setCurrentIndex(qMax(0, role));
    m_search->setPlaceholderText(tr("Search members by name"));
    m_feedbackList->setPlaceholderText(tr("No feedback from members yet."));
    m_homeworkList->setPlaceholderText(tr("No homework is waiting for review."));
    m_days->setSuffix(tr(" days"));
    m_apply->setText(tr("Set tier"));
    m_export->setText(tr("Export CSV…"));
    m_sendAnswer->setText(tr("Send answer"));
    m_feedbackAnswer->setPlaceholderText(tr("Your answer to the selected feedback"));
    m_comment->setPlaceholderText(tr("Comment for the member"));
    m_pass->setText(tr("Pass"));
    m_revise->setText(tr("Ask to revise"));
    // What a screen reader says for each (the placeholders are gone once something is typed).
    m_tabs->setAccessibleName(tr("Running the community"));
    m_search->setAccessibleName(tr("Search members by name"));
    m_memberTable->setAccessibleName(tr("Members"));
    m_days->setAccessibleName(tr("Days of the tier"));
    m_feedbackList->setAccessibleName(tr("Feedback"));
    m_feedbackAnswer->setAccessibleName(tr("Your answer to the selected feedback"));
    m_homeworkList->setAccessibleName(tr("Homework to review"));
    m_homeworkBody->setAccessibleName(tr("The homework"));
    m_comment->setAccessibleName(tr("Comment for the member"));
    m_auditList->setAccessibleName(tr("Audit log"));
}

void AdminPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        m_members->refresh();
        m_feedback->refresh();
        m_homework->refresh();
        m_audit->refresh();
    }
    QWidget::changeEvent(event);
}

} // namespace guild::ui
