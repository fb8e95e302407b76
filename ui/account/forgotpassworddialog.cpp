#include "forgotpassworddialog.h"

#include "common/notice.h"
#include "protocol/limits.h"
#include "session.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace guild::ui {

ForgotPasswordDialog::ForgotPasswordDialog(app::Session &session, const QUrl &server, const QString &login,
                                           QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_server(server)
    , m_login(new QLineEdit(login, this))
    , m_send(new QPushButton(tr("Email me a code"), this))
    , m_code(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_reset(new QPushButton(tr("Set new password"), this))
    , m_status(new QLabel(this))
{
    setWindowTitle(tr("Forgotten password"));
    setMinimumWidth(480);
    auto *intro = new QLabel(tr("Give your username or email address: if the community can send mail, a one-time "
                                "code arrives within a minute. Without mail, ask an admin for a code."),
                             this);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_login->setPlaceholderText(tr("Username or email"));
    m_code->setPlaceholderText(QStringLiteral("XXXX-XXXX-XXXX-XXXX"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setMaxLength(int(protocol::limits::PasswordMaxBytes));
    m_password->setPlaceholderText(tr("At least %1 characters").arg(protocol::limits::PasswordMin));

    auto *ask = new QHBoxLayout;
    ask->addWidget(m_login, 1);
    ask->addWidget(m_send);
    auto *form = new QFormLayout;
    form->addRow(tr("Account"), ask);
    form->addRow(tr("Code"), m_code);
    form->addRow(tr("New password"), m_password);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_reset, QDialogButtonBox::AcceptRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_send, &QPushButton::clicked, this, [this] {
        m_resetting = false;
        m_send->setEnabled(false);
        setStatus(tr("Asking the server…"), true);
        m_session.requestResetCode(m_server, m_login->text());
    });
    connect(m_reset, &QPushButton::clicked, this, [this] {
        m_resetting = true;
        m_reset->setEnabled(false);
        m_session.resetPassword(m_server, m_code->text(), m_password->text());
    });
    connect(&m_session, &app::Session::recoveryDone, this, [this] {
        if (m_resetting) {
            accept();
            return;
        }
        setStatus(tr("If an account with that name or address has an email address, a code is on its way. "
                     "Type it below with your new password."),
                  true);
        m_code->setFocus();
        updateButtons();
    });
    connect(&m_session, &app::Session::recoveryFailed, this, [this](const QString &message) {
        setStatus(message, false);
        updateButtons();
    });
    for (QLineEdit *edit : {m_login, m_code, m_password}) {
        connect(edit, &QLineEdit::textChanged, this, &ForgotPasswordDialog::updateButtons);
    }
    updateButtons();
}

void ForgotPasswordDialog::setStatus(const QString &text, bool ok)
{
    showNotice(m_status, text, ok);
}

void ForgotPasswordDialog::updateButtons()
{
    m_send->setEnabled(!m_login->text().trimmed().isEmpty());
    m_reset->setEnabled(!m_code->text().trimmed().isEmpty() &&
                        m_password->text().size() >= protocol::limits::PasswordMin);
}

} // namespace guild::ui
