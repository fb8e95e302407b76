#include "tierspage.h"

#include "common/formatting.h"
#include "common/hintedlistview.h"
#include "services/adminservice.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <array>
#include <cmath>

using namespace Qt::StringLiterals;

namespace guild::ui {

using namespace protocol;

namespace {

/// The currencies offered first; any other ISO 4217 code can be typed.
const QStringList CommonCurrencies{u"CNY"_s, u"USD"_s, u"EUR"_s, u"GBP"_s, u"JPY"_s, u"HKD"_s, u"TWD"_s, u"SGD"_s};

qint64 cents(const QDoubleSpinBox *box)
{
    return std::llround(box->value() * 100);
}

} // namespace

QVariant TierAdminModel::display(const TierInfo &t, int /*row*/, int role) const
{
    if (role != Qt::DisplayRole) {
        return {};
    }
    QString line = t.name.isEmpty() ? tierDisplayName(t.tier) : t.name;
    if (t.tier == Tier::Free) {
        return tr("%1 · free for everyone").arg(line);
    }
    line = tr("%1 · %2 a month · %3 a year")
               .arg(line, moneyText(t.monthlyPriceCents, t.currency), moneyText(t.yearlyPriceCents, t.currency));
    return t.retired ? tr("%1 · retired").arg(line) : line;
}

TiersPage::TiersPage(app::AdminService &admin, QWidget *parent)
    : QWidget(parent)
    , m_admin(admin)
    , m_tiers(new TierAdminModel(this))
    , m_list(new HintedListView(this))
    , m_name(new QLineEdit(this))
    , m_description(new QPlainTextEdit(this))
    , m_benefits(new QPlainTextEdit(this))
    , m_monthly(new QDoubleSpinBox(this))
    , m_yearly(new QDoubleSpinBox(this))
    , m_currency(new QComboBox(this))
    , m_trialDays(new QSpinBox(this))
    , m_qa(new QCheckBox(this))
    , m_events(new QCheckBox(this))
    , m_retired(new QCheckBox(this))
    , m_save(new QPushButton(this))
    , m_labels{new QLabel(this), new QLabel(this), new QLabel(this),
               new QLabel(this), new QLabel(this), new QLabel(this)}
{
    m_list->setModel(m_tiers);
    buildLayout();
    wire();
    retranslate();
}

void TiersPage::buildLayout()
{
    m_name->setMaxLength(40);
    m_description->setMaximumHeight(60);
    m_benefits->setMaximumHeight(80);
    for (QPlainTextEdit *box : {m_description, m_benefits}) {
        box->setTabChangesFocus(true);
    }
    for (QDoubleSpinBox *price : {m_monthly, m_yearly}) {
        price->setRange(0, 1'000'000);
        price->setDecimals(2);
        price->setGroupSeparatorShown(true);
    }
    m_currency->setEditable(true);
    m_currency->addItems(CommonCurrencies);
    m_trialDays->setRange(0, 90);
    m_trialDays->setMaximumWidth(160);
    m_list->setMaximumHeight(110);

    auto *prices = new QHBoxLayout;
    prices->addWidget(m_monthly);
    prices->addWidget(m_yearly);
    prices->addWidget(m_currency);
    auto *includes = new QHBoxLayout;
    includes->addWidget(m_qa);
    includes->addWidget(m_events);
    includes->addStretch();
    auto *form = new QFormLayout;
    form->addRow(m_labels[0], m_name);
    form->addRow(m_labels[1], m_description);
    form->addRow(m_labels[2], m_benefits);
    form->addRow(m_labels[3], prices);
    form->addRow(m_labels[4], m_trialDays);
    form->addRow(m_labels[5], includes);
    form->addRow(QString(), m_retired);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    layout->addLayout(form);
    layout->addWidget(m_save, 0, Qt::AlignRight);
    layout->addStretch(1);
}

void TiersPage::wire()
{
    connect(&m_admin, &app::AdminService::tiersLoaded, this, [this](const QList<TierInfo> &tiers) {
        const TierInfo *before = m_tiers->at(m_list->currentIndex());
        const Tier selected = before ? before->tier : Tier::Member;
        m_tiers->setRecords(tiers);
        for (int row = 0; row < tiers.size(); ++row) {
            if (tiers.at(row).tier == selected) {
                m_list->setCurrentIndex(m_tiers->index(row));
            }
        }
        showSelected();
    });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &TiersPage::showSelected);
    connect(m_save, &QPushButton::clicked, this, [this] {
        if (const TierInfo *t = m_tiers->at(m_list->currentIndex())) {
            m_admin.updateTier(t->tier, input());
        }
    });
    connect(m_name, &QLineEdit::textChanged, this,
            [this] { m_save->setEnabled(!m_name->text().trimmed().isEmpty() && m_tiers->at(m_list->currentIndex())); });
}

TierInput TiersPage::input() const
{
    TierInput in;
    in.name = m_name->text().trimmed();
    in.description = m_description->toPlainText().trimmed();
    for (const QString &line : m_benefits->toPlainText().split(u'\n', Qt::SkipEmptyParts)) {
        if (!line.trimmed().isEmpty()) {
            in.benefits.append(line.trimmed());
        }
    }
    in.monthlyPriceCents = cents(m_monthly);
    in.yearlyPriceCents = cents(m_yearly);
    in.currency = m_currency->currentText().trimmed().toUpper();
    in.trialDays = m_trialDays->value();
    if (m_qa->isChecked()) {
        in.features.append(u"qa"_s);
    }
    if (m_events->isChecked()) {
        in.features.append(u"events"_s);
    }
    in.retired = m_retired->isChecked();
    return in;
}

void TiersPage::showSelected()
{
    const TierInfo *t = m_tiers->at(m_list->currentIndex());
    m_save->setEnabled(t != nullptr);
    if (!t) {
        return;
    }
    // The free tier is what everyone has: no price, trial or retirement to set.
    const bool paid = t->tier != Tier::Free;
    for (QWidget *w : std::initializer_list<QWidget *>{m_monthly, m_yearly, m_trialDays, m_retired}) {
        w->setEnabled(paid);
    }
    m_name->setText(t->name);
    m_description->setPlainText(t->description);
    m_benefits->setPlainText(t->benefits.join(u'\n'));
    m_monthly->setValue(t->monthlyPriceCents / 100.0);
    m_yearly->setValue(t->yearlyPriceCents / 100.0);
    m_currency->setCurrentText(t->currency);
    m_trialDays->setValue(t->trialDays);
    m_qa->setChecked(t->features.contains(u"qa"_s));
    m_events->setChecked(t->features.contains(u"events"_s));
    m_retired->setChecked(t->retired);
}

void TiersPage::retranslate()
{
    const std::array labels{tr("Name"),   tr("Description"), tr("Benefits"),
                            tr("Prices"), tr("Free trial"),  tr("First tier with")};
    for (size_t i = 0; i < labels.size(); ++i) {
        m_labels[i]->setText(labels[i]);
    }
    m_list->setAccessibleName(tr("Tiers"));
    m_name->setAccessibleName(labels[0]);
    m_description->setAccessibleName(labels[1]);
    m_benefits->setAccessibleName(labels[2]);
    m_monthly->setAccessibleName(tr("Price a month"));
    m_yearly->setAccessibleName(tr("Price a year"));
    m_trialDays->setAccessibleName(labels[4]);
    m_monthly->setSuffix(tr(" a month"));
    m_yearly->setSuffix(tr(" a year"));
    m_currency->setToolTip(tr("The community sells in one currency: it applies to every tier and course."));
    m_trialDays->setSpecialValueText(tr("None"));
    m_trialDays->setSuffix(tr(" days"));
    m_benefits->setPlaceholderText(tr("One benefit a line, as members see it when they choose a tier"));
    m_qa->setText(tr("Q&&A"));
    m_events->setText(tr("Live events"));
    m_retired->setText(tr("Retired: no longer sold; members who have it keep it and may renew"));
    m_save->setText(tr("Save tier"));
    m_list->setPlaceholderText(tr("The tiers load when the server answers."));
}

void TiersPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        m_tiers->refresh();
    }
    QWidget::changeEvent(event);
}

} // namespace guild::ui
