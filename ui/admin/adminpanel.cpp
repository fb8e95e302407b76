#include "adminpanel.h"
#include "common/formatting.h"

#include "services/adminservice.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSaveFile>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
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
    , m_members(new QTableWidget(this))
    , m_tier(new QComboBox(this))
    , m_days(new QSpinBox(this))
    , m_apply(new QPushButton(this))
    , m_export(new QPushButton(this))
    , m_feedback(new QListWidget(this))
    , m_feedbackAnswer(new QPlainTextEdit(this))
    , m_sendAnswer(new QPushButton(this))
    , m_homework(new QListWidget(this))
    , m_homeworkBody(new QPlainTextEdit(this))
    , m_comment(new QLineEdit(this))
    , m_pass(new QPushButton(this))
    , m_revise(new QPushButton(this))
    , m_notice(new QLabel(this))
{
    m_notice->setTextFormat(Qt::PlainText);
    m_notice->setWordWrap(true);
    m_search->setClearButtonEnabled(true);
    m_members->setColumnCount(5);
    m_members->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_members->setSelectionMode(QAbstractItemView::SingleSelection);
    m_members->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_members->horizontalHeader()->setStretchLastSection(true);
    m_members->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_members->verticalHeader()->hide();
    m_days->setRange(0, 3660);
    m_days->setValue(30);
    for (Tier t : {Tier::Free, Tier::Member, Tier::Premium}) {
        m_tier->addItem(tierDisplayName(t), static_cast<int>(t));
    }
    m_homeworkBody->setReadOnly(true);
    m_homeworkBody->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_feedbackAnswer->setMaximumHeight(100);

    auto *members = new QWidget(this);
    auto *membersLayout = new QVBoxLayout(members);
    auto *top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(m_export);
    membersLayout->addLayout(top);
    membersLayout->addWidget(m_members, 1);
    auto *grant = new QHBoxLayout;
    grant->addWidget(m_tier);
    grant->addWidget(m_days);
    grant->addWidget(m_apply);
    grant->addStretch();
    membersLayout->addLayout(grant);

    auto *feedback = new QWidget(this);
    auto *feedbackLayout = new QVBoxLayout(feedback);
    feedbackLayout->addWidget(m_feedback, 1);
    feedbackLayout->addWidget(m_feedbackAnswer);
    feedbackLayout->addWidget(m_sendAnswer, 0, Qt::AlignRight);

    auto *homework = new QWidget(this);
    auto *homeworkLayout = new QVBoxLayout(homework);
    homeworkLayout->addWidget(m_homework, 1);
    homeworkLayout->addWidget(m_homeworkBody, 1);
    auto *review = new QHBoxLayout;
    review->addWidget(m_comment, 1);
    review->addWidget(m_revise);
    review->addWidget(m_pass);
    homeworkLayout->addLayout(review);

    m_tabs->addTab(members, QString());
    m_tabs->addTab(feedback, QString());
    m_tabs->addTab(homework, QString());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_notice);

    auto *searchDelay = new QTimer(this);
    searchDelay->setSingleShot(true);
    searchDelay->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, searchDelay, qOverload<>(&QTimer::start));
    connect(searchDelay, &QTimer::timeout, this, [this] { m_admin.searchMembers(m_search->text()); });
    connect(m_apply, &QPushButton::clicked, this, [this] {
        const int row = m_members->currentRow();
        if (row >= 0) {
            m_admin.setTier(m_members->item(row, 0)->data(Qt::UserRole).toLongLong(),
                            static_cast<Tier>(m_tier->currentData().toInt()), m_days->value());
        }
    });
    connect(m_export, &QPushButton::clicked, this, [this] {
        m_exportPath = QFileDialog::getSaveFileName(
            this, tr("Export members"),
            QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(u"members.csv"_s),
            tr("CSV files (*.csv)"));
        if (!m_exportPath.isEmpty()) {
            m_admin.exportCsv();
        }
    });
    connect(&m_admin, &app::AdminService::csvReady, this, [this](const QByteArray &csv) {
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
    });
    connect(this, &AdminPanel::csvExported, this, [this](const QString &path, bool ok) {
        m_notice->setText(ok ? tr("Members exported to %1.").arg(QDir::toNativeSeparators(path))
                             : tr("Could not write %1.").arg(path));
    });
    connect(&m_admin, &app::AdminService::membersLoaded, this, &AdminPanel::showMembers);
    connect(&m_admin, &app::AdminService::feedbackLoaded, this, [this](const QList<engagement::Feedback> &list) {
        m_feedback->clear();
        for (const auto &f : list) {
            auto *item = new QListWidgetItem(
                u"[%1] %2: %3%4"_s.arg(f.kind, f.memberName, f.body.simplified().left(200),
                                       f.answer.isEmpty() ? QString() : u"\n  ↳ "_s + f.answer.simplified().left(200)),
                m_feedback);
            item->setData(Qt::UserRole, f.id);
        }
    });
    connect(m_sendAnswer, &QPushButton::clicked, this, [this] {
        if (QListWidgetItem *item = m_feedback->currentItem();
            item && !m_feedbackAnswer->toPlainText().trimmed().isEmpty()) {
            m_admin.answerFeedback(item->data(Qt::UserRole).toLongLong(), m_feedbackAnswer->toPlainText());
            m_feedbackAnswer->clear();
        }
    });
    connect(&m_admin, &app::AdminService::homeworkLoaded, this, [this](const QList<course::Homework> &list) {
        m_homework->clear();
        m_homeworkBody->clear();
        for (const auto &h : list) {
            auto *item =
                new QListWidgetItem(tr("%1 · %2 · %3")
                                        .arg(h.memberName, h.lessonTitle,
                                             QLocale().toString(h.submittedAt.toLocalTime(), QLocale::ShortFormat)),
                                    m_homework);
            item->setData(Qt::UserRole, h.id);
            item->setData(Qt::UserRole + 1, h.body);
        }
    });
    connect(m_homework, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        m_homeworkBody->setPlainText(item ? item->data(Qt::UserRole + 1).toString() : QString());
    });
    for (QPushButton *button : {m_pass, m_revise}) {
        connect(button, &QPushButton::clicked, this, [this, button] {
            if (QListWidgetItem *item = m_homework->currentItem()) {
                m_admin.reviewHomework(item->data(Qt::UserRole).toLongLong(), button == m_pass, m_comment->text());
                m_comment->clear();
            }
        });
    }
    connect(&m_admin, &app::AdminService::notice, this, [this](const QString &message, bool ok) {
        m_notice->setText(message);
        QPalette pal = palette();
        pal.setColor(QPalette::WindowText, ok ? QColor(0x2e7d32) : QColor(0xc62828));
        m_notice->setPalette(pal);
    });
    retranslate();
}

void AdminPanel::setRole(bool admin)
{
    m_isAdmin = admin;
    m_tabs->setTabVisible(0, admin);
    m_tabs->setTabVisible(1, admin);
    if (!admin) {
        m_tabs->setCurrentIndex(2);
    }
}

void AdminPanel::showMembers(const QList<protocol::MemberSummary> &members)
{
    m_members->setRowCount(static_cast<int>(members.size()));
    for (int row = 0; row < members.size(); ++row) {
        const protocol::MemberSummary &m = members.at(row);
        const QString expiry =
            m.membership.expiresAt.isValid()
                ? QLocale().toString(m.membership.expiresAt.toLocalTime().date(), QLocale::ShortFormat)
                : QString();
        const QStringList cells{m.username, m.displayName, m.role,
                                tierDisplayName(m.membership.tier) + (expiry.isEmpty() ? QString() : u" → "_s + expiry),
                                QString::number(m.points)};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            if (column == 0) {
                item->setData(Qt::UserRole, m.id);
            }
            m_members->setItem(row, column, item);
        }
    }
}

void AdminPanel::showEvent(QShowEvent *event)
{
    if (m_isAdmin) {
        m_admin.searchMembers(m_search->text());
        m_admin.loadFeedback();
    }
    m_admin.loadHomework();
    QWidget::showEvent(event);
}

void AdminPanel::retranslate()
{
    m_tabs->setTabText(0, tr("Members"));
    m_tabs->setTabText(1, tr("Feedback"));
    m_tabs->setTabText(2, tr("Homework to review"));
    m_search->setPlaceholderText(tr("Search members by name"));
    m_members->setHorizontalHeaderLabels({tr("Username"), tr("Name"), tr("Role"), tr("Tier"), tr("Points")});
    m_days->setSuffix(tr(" days"));
    m_apply->setText(tr("Set tier"));
    m_export->setText(tr("Export CSV…"));
    m_sendAnswer->setText(tr("Send answer"));
    m_feedbackAnswer->setPlaceholderText(tr("Your answer to the selected feedback"));
    m_comment->setPlaceholderText(tr("Comment for the member"));
    m_pass->setText(tr("Pass"));
    m_revise->setText(tr("Ask to revise"));
}

void AdminPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

} // namespace guild::ui
