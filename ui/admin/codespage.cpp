#include "codespage.h"

#include "common/formatting.h"
#include "common/hintedlistview.h"
#include "services/adminservice.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace guild::ui {

using namespace protocol;

QVariant CodeListModel::display(const CodeSummary &c, int /*row*/, int role) const
{
    if (role != Qt::DisplayRole) {
        return {};
    }
    const QString tier = tierDisplayName(tierFromCode(c.tier).value_or(Tier::Member));
    const QString gives = c.kind == u"days"_s ? tr("%n day(s) of %1", nullptr, c.amount).arg(tier)
                                              : tr("%1% off %2").arg(c.amount).arg(tier);
    QString line = tr("…%1 · %2 · used %3 of %4").arg(c.hint, gives).arg(c.uses).arg(c.maxUses);
    if (c.expiresAt.isValid()) {
        line +=
            u" · "_s + tr("until %1").arg(QLocale().toString(c.expiresAt.toLocalTime().date(), QLocale::ShortFormat));
    }
    return QString(line + u" · "_s + tr("by %1").arg(c.createdBy));
}

CodesPage::CodesPage(app::AdminService &admin, QWidget *parent)
    : QWidget(parent)
    , m_admin(admin)
    , m_codes(new CodeListModel(this))
    , m_kind(new QComboBox(this))
    , m_tier(new QComboBox(this))
    , m_amount(new QSpinBox(this))
    , m_uses(new QSpinBox(this))
    , m_expires(new QCheckBox(this))
    , m_until(new QDateEdit(QDate::currentDate().addMonths(1), this))
    , m_create(new QPushButton(this))
    , m_code(new QLineEdit(this))
    , m_copy(new QPushButton(this))
    , m_list(new HintedListView(this))
{
    m_list->setModel(m_codes);
    m_kind->addItem(QString(), u"days"_s);
    m_kind->addItem(QString(), u"percent"_s);
    for (Tier t : {Tier::Member, Tier::Premium}) {
        m_tier->addItem(QString(), tierCode(t));
    }
    m_uses->setRange(1, 100000);
    m_until->setCalendarPopup(true);
    m_until->setEnabled(false);
    m_code->setReadOnly(true);
    m_code->setFont(QFont(u"monospace"_s));
    m_copy->setEnabled(false);

    auto *make = new QHBoxLayout;
    make->addWidget(m_kind);
    make->addWidget(m_tier);
    make->addWidget(m_amount);
    make->addWidget(m_uses);
    make->addWidget(m_expires);
    make->addWidget(m_until);
    make->addStretch();
    make->addWidget(m_create);
    auto *made = new QHBoxLayout;
    made->addWidget(m_code, 1);
    made->addWidget(m_copy);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(make);
    layout->addLayout(made);
    layout->addWidget(m_list, 1);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &CodesPage::updateAmount);
    connect(m_expires, &QCheckBox::toggled, m_until, &QWidget::setEnabled);
    connect(m_create, &QPushButton::clicked, this, [this] {
        CreateCodeRequest request;
        request.kind = m_kind->currentData().toString();
        request.tier = m_tier->currentData().toString();
        request.amount = m_amount->value();
        request.maxUses = m_uses->value();
        if (m_expires->isChecked()) {
            request.expiresAt = m_until->date().endOfDay().toUTC();
        }
        m_admin.createCode(request);
    });
    connect(&m_admin, &app::AdminService::codeCreated, this, [this](const QString &code) {
        m_code->setText(code);
        m_copy->setEnabled(true);
        m_code->selectAll();
    });
    connect(m_copy, &QPushButton::clicked, this, [this] { QGuiApplication::clipboard()->setText(m_code->text()); });
    connect(&m_admin, &app::AdminService::codesLoaded, m_codes, &CodeListModel::setRecords);
    retranslate();
    updateAmount();
}

void CodesPage::updateAmount()
{
    const bool days = m_kind->currentData().toString() == u"days"_s;
    m_amount->setRange(1, days ? 3660 : 100);
    m_amount->setSuffix(days ? tr(" days") : tr("% off"));
    m_amount->setAccessibleName(days ? tr("Free days") : tr("Percent off"));
    if (!days && m_amount->value() > 100) {
        m_amount->setValue(20);
    }
}

void CodesPage::retranslate()
{
    m_kind->setItemText(0, tr("Redeem code: free days"));
    m_kind->setItemText(1, tr("Coupon: percent off a checkout"));
    for (int i = 0; i < m_tier->count(); ++i) {
        m_tier->setItemText(i, tierDisplayName(tierFromCode(m_tier->itemData(i).toString()).value_or(Tier::Member)));
    }
    m_uses->setSuffix(tr(" use(s)"));
    m_expires->setText(tr("Until"));
    m_create->setText(tr("Make code"));
    m_uses->setAccessibleName(tr("How many uses"));
    m_code->setAccessibleName(tr("The new code"));
    m_list->setAccessibleName(tr("Codes"));
    m_code->setPlaceholderText(tr("The new code shows here once: copy it, the server keeps only a hash"));
    m_copy->setText(tr("Copy"));
    m_list->setPlaceholderText(tr("No codes yet. Redeem codes give free days of a tier; coupons take a percentage off "
                                  "a checkout."));
    updateAmount();
}

void CodesPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        m_codes->refresh();
    }
    QWidget::changeEvent(event);
}

} // namespace guild::ui
