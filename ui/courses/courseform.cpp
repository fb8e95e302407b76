#include "courseform.h"

#include "common/formatting.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

#include <array>
#include <cmath>

using namespace Qt::StringLiterals;

namespace guild::ui {

using namespace protocol;

CourseForm::CourseForm(QWidget *parent)
    : QWidget(parent)
    , m_form(new QFormLayout)
    , m_title(new QLineEdit(this))
    , m_description(new QPlainTextEdit(this))
    , m_tier(new QComboBox(this))
    , m_price(new QDoubleSpinBox(this))
    , m_color(new QLineEdit(this))
    , m_published(new QCheckBox(this))
    , m_save(new QPushButton(this))
{
    m_title->setMaxLength(200);
    m_description->setTabChangesFocus(true);
    m_description->setMaximumHeight(180);
    m_price->setRange(0, 1'000'000);
    m_price->setDecimals(2);
    m_color->setValidator(new QRegularExpressionValidator(QRegularExpression(u"^(#[0-9a-fA-F]{0,6})?$"_s), m_color));
    m_color->setMaximumWidth(120);
    for (Tier t : {Tier::Free, Tier::Member, Tier::Premium}) {
        m_tier->addItem(QString(), static_cast<int>(t));
    }
    const std::array<QWidget *, 5> fields{m_title, m_description, m_tier, m_price, m_color};
    for (size_t row = 0; row < fields.size(); ++row) {
        m_labels[row] = new QLabel(this);
        m_form->addRow(m_labels[row], fields[row]);
    }
    m_form->addRow(QString(), m_published);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_form, 1);
    layout->addWidget(m_save, 0, Qt::AlignRight);
    connect(m_save, &QPushButton::clicked, this, &CourseForm::saveRequested);
    connect(m_title, &QLineEdit::textChanged, this,
            [this] { m_save->setEnabled(!m_title->text().trimmed().isEmpty()); });
    retranslate();
}

void CourseForm::setCourse(const course::Course &course)
{
    m_title->setText(course.title);
    m_description->setPlainText(course.description);
    m_tier->setCurrentIndex(qMax(0, m_tier->findData(static_cast<int>(course.requiredTier))));
    m_price->setValue(course.priceCents / 100.0);
    m_price->setSuffix(u' ' + course.currency);
    m_color->setText(course.coverColor);
    m_published->setChecked(course.published);
}

CourseInput CourseForm::input() const
{
    CourseInput in;
    in.title = m_title->text().trimmed();
    in.description = m_description->toPlainText().trimmed();
    in.requiredTier = static_cast<Tier>(m_tier->currentData().toInt());
    in.priceCents = std::llround(m_price->value() * 100);
    // A colour half typed is no colour: the server would refuse it.
    in.coverColor = m_color->text().size() == 7 ? m_color->text() : QString();
    in.published = m_published->isChecked();
    return in;
}

void CourseForm::retranslate()
{
    const std::array labels{tr("Title"), tr("Description"), tr("Open to"), tr("Also sold alone for"),
                            tr("Cover colour")};
    for (size_t row = 0; row < labels.size(); ++row) {
        m_labels[row]->setText(labels[row]);
    }
    for (int i = 0; i < m_tier->count(); ++i) {
        m_tier->setItemText(i, tierDisplayName(static_cast<Tier>(m_tier->itemData(i).toInt())));
    }
    m_price->setSpecialValueText(tr("not sold alone"));
    m_color->setPlaceholderText(u"#3366cc"_s);
    m_description->setPlaceholderText(tr("What members learn, for whom, and what they need before"));
    m_published->setText(tr("Published: members see it (a draft is seen by you and admins only)"));
    m_save->setText(tr("Save course"));
}

void CourseForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

} // namespace guild::ui
