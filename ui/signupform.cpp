#include "signupform.h"

#include "common/theme.h"
#include "protocol/accountrules.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

using namespace Qt::StringLiterals;

namespace guild::ui {

namespace accountrules = protocol::accountrules;

SignUpForm::SignUpForm(QWidget *parent)
    : QWidget(parent)
    , m_username(new QLineEdit(this))
    , m_displayName(new QLineEdit(this))
    , m_email(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_repeat(new QLineEdit(this))
    , m_usernameRule(new QLabel(this))
    , m_emailRule(new QLabel(this))
    , m_passwordRule(new QLabel(this))
    , m_repeatRule(new QLabel(this))
{
    m_username->setMaxLength(32);
    m_displayName->setMaxLength(64);
    m_email->setMaxLength(254);
    for (QLineEdit *secret : {m_password, m_repeat}) {
        secret->setEchoMode(QLineEdit::Password);
    }
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    for (QLabel *rule : {m_usernameRule, m_emailRule, m_passwordRule, m_repeatRule}) {
        rule->setTextFormat(Qt::PlainText);
        rule->setFont(small);
    }
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->setVerticalSpacing(4);
    const auto row = [&](QWidget *field, QLabel *rule) {
        auto *label = new QLabel(this);
        label->setTextFormat(Qt::PlainText);
        label->setBuddy(field);
        m_labels.append(label);
        form->addRow(label, field);
        if (rule) {
            form->addRow(QString(), rule);
        }
    };
    row(m_username, m_usernameRule);
    row(m_displayName, nullptr);
    row(m_email, m_emailRule);
    row(m_password, m_passwordRule);
    row(m_repeat, m_repeatRule);
    for (QLineEdit *field : {m_username, m_displayName, m_email, m_password, m_repeat}) {
        connect(field, &QLineEdit::textChanged, this, [this] {
            showRules();
            Q_EMIT changed();
        });
    }
    retranslate();
}

void SignUpForm::start()
{
    m_username->setFocus();
}

int SignUpForm::labelWidth() const
{
    int width = 0;
    for (const QLabel *label : m_labels) {
        width = std::max(width, label->sizeHint().width());
    }
    return width;
}

bool SignUpForm::isComplete() const
{
    return accountrules::isValidUsername(m_username->text().trimmed().toLower()) &&
           accountrules::isValidEmail(m_email->text().trimmed()) && accountrules::isValidPassword(m_password->text()) &&
           m_password->text() == m_repeat->text();
}

protocol::RegisterRequest SignUpForm::request() const
{
    return {m_username->text().trimmed().toLower(), m_email->text().trimmed(), m_password->text(),
            m_displayName->text().trimmed()};
}

void SignUpForm::showRules()
{
    // A rule is grey until it holds, then a green check; nothing is red before the member is done.
    const auto mark = [this](QLabel *label, bool met, const QString &text) {
        label->setText((met ? u"✓ "_s : u"○ "_s) + text);
        QPalette pal = palette();
        pal.setColor(QPalette::WindowText,
                     met ? theme::color(theme::Role::Positive, pal) : pal.color(QPalette::PlaceholderText));
        label->setPalette(pal);
    };
    mark(m_usernameRule, accountrules::isValidUsername(m_username->text().trimmed().toLower()),
         tr("3 to 32 letters, digits or underscores"));
    mark(m_emailRule, accountrules::isValidEmail(m_email->text().trimmed()),
         tr("An address where the community can reach you"));
    mark(m_passwordRule, accountrules::isValidPassword(m_password->text()), tr("8 characters or more"));
    mark(m_repeatRule, !m_repeat->text().isEmpty() && m_password->text() == m_repeat->text(),
         tr("The same password again"));
}

void SignUpForm::retranslate()
{
    const QStringList labels{tr("Username"), tr("Display name"), tr("Email"), tr("Password"), tr("Repeat password")};
    for (int i = 0; i < m_labels.size(); ++i) {
        m_labels[i]->setText(labels.at(i));
    }
    m_displayName->setPlaceholderText(tr("How others see you (optional)"));
    m_email->setPlaceholderText(u"name@example.org"_s);
    showRules();
}

void SignUpForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

} // namespace guild::ui
