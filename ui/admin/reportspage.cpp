#include "reportspage.h"

#include "common/formatting.h"
#include "common/hintedlistview.h"
#include "common/taborder.h"
#include "services/adminservice.h"

#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace guild::ui {

using namespace protocol;

namespace {

QString kindName(const QString &kind)
{
    if (kind == u"comment"_s) {
        return ReportListModel::tr("Comment");
    }
    if (kind == u"answer"_s) {
        return ReportListModel::tr("Answer");
    }
    if (kind == u"question"_s) {
        return ReportListModel::tr("Question");
    }
    return ReportListModel::tr("Chat message");
}

} // namespace

QVariant ReportListModel::display(const ModerationReport &r, int /*row*/, int role) const
{
    if (role == Qt::ToolTipRole) {
        return r.excerpt;
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    QString line =
        tr("%1 by %2, reported by %3: %4").arg(kindName(r.kind), r.authorName, r.reporterName, r.reason.left(80));
    if (r.status == u"hidden"_s) {
        line += u" · "_s + tr("hidden by %1").arg(r.resolvedBy);
    } else if (r.status == u"dismissed"_s) {
        line += u" · "_s + tr("dismissed by %1").arg(r.resolvedBy);
    }
    return QString(line + u" · "_s + QLocale().toString(r.createdAt.toLocalTime(), QLocale::ShortFormat));
}

ReportsPage::ReportsPage(app::AdminService &admin, QWidget *parent)
    : QWidget(parent)
    , m_admin(admin)
    , m_reports(new ReportListModel(this))
    , m_list(new HintedListView(this))
    , m_excerpt(new QPlainTextEdit(this))
    , m_reason(new QLineEdit(this))
    , m_hide(new QPushButton(this))
    , m_dismiss(new QPushButton(this))
    , m_showAll(new QCheckBox(this))
{
    m_list->setModel(m_reports);
    buildLayout();
    wire();
    retranslate();
    showSelected();
}

void ReportsPage::buildLayout()
{
    m_list->setWordWrap(true);
    m_excerpt->setReadOnly(true);
    m_excerpt->setMaximumHeight(90);
    m_excerpt->setTabChangesFocus(true);
    m_reason->setMaxLength(500);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_reason, 1);
    actions->addWidget(m_dismiss);
    actions->addWidget(m_hide);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_showAll);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_excerpt);
    chainTabOrder({m_showAll, m_list, m_excerpt, m_reason, m_dismiss, m_hide});
    layout->addLayout(actions);
}

void ReportsPage::wire()
{
    connect(&m_admin, &app::AdminService::reportsLoaded, m_reports, &ReportListModel::setRecords);
    connect(m_reports, &QAbstractItemModel::modelReset, this, &ReportsPage::showSelected);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ReportsPage::showSelected);
    connect(m_showAll, &QCheckBox::toggled, this, &ReportsPage::reload);
    connect(m_reason, &QLineEdit::textChanged, this, &ReportsPage::showSelected);
    for (QPushButton *button : {m_hide, m_dismiss}) {
        connect(button, &QPushButton::clicked, this, [this, button] {
            if (const ModerationReport *r = m_reports->at(m_list->currentIndex())) {
                m_admin.resolveReport(r->id, button == m_hide, m_reason->text());
                m_reason->clear();
            }
        });
    }
}

void ReportsPage::reload()
{
    m_admin.loadReports(m_showAll->isChecked());
}

void ReportsPage::showSelected()
{
    const ModerationReport *r = m_reports->at(m_list->currentIndex());
    const bool open = r && r->status == u"open"_s;
    m_excerpt->setPlainText(r ? r->excerpt : QString());
    m_dismiss->setEnabled(open);
    // Hiding tells the author why: no reason, no hiding.
    m_hide->setEnabled(open && !m_reason->text().trimmed().isEmpty());
}

void ReportsPage::retranslate()
{
    m_showAll->setText(tr("Show reports already dealt with"));
    m_reason->setPlaceholderText(tr("Reason, told to the author when their words are hidden"));
    m_hide->setText(tr("Hide it"));
    m_list->setAccessibleName(tr("Reports"));
    m_excerpt->setAccessibleName(tr("What was reported"));
    m_reason->setAccessibleName(tr("Reason"));
    m_dismiss->setText(tr("Dismiss report"));
    m_list->setPlaceholderText(tr("Nothing reported. Members report a comment, answer, question or chat message "
                                  "from its context menu, and it waits here."));
}

void ReportsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        m_reports->refresh();
    }
    QWidget::changeEvent(event);
}

} // namespace guild::ui
