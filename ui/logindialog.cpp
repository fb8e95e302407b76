#include "logindialog.h"

#include "session.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace guild::ui {

LoginDialog::LoginDialog(app::Session &session, const QUrl &server, const QString &username, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_server(new QLineEdit(server.toString(), this))
    , m_username(new QLineEdit(username, this))
    , m_password(new QLineEdit(this))
    , m_error(new QLabel(this))
{
    setWindowTitle(tr("Sign in to Guild"));
    m_password->setEchoMode(QLineEdit::Password);
    m_server->setPlaceholderText(u"https://guild.example.org"_s);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #b00020;"_s);
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("Server"), m_server);
    form->addRow(tr("Username"), m_username);
    form->addRow(tr("Password"), m_password);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_signIn = buttons->addButton(tr("Sign in"), QDialogButtonBox::AcceptRole);
    m_signIn->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_signIn, &QPushButton::clicked, this, &LoginDialog::submit);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(420);

    connect(&m_session, &app::Session::signedIn, this, &QDialog::accept);
    connect(&m_session, &app::Session::signInFailed, this, [this](const QString &message) {
        setBusy(false);
        if (!message.isEmpty()) {
            showError(message);
        }
    });
    (username.isEmpty() ? m_username : m_password)->setFocus();
}

void LoginDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

void LoginDialog::setBusy(bool busy)
{
    m_signIn->setEnabled(!busy);
    m_signIn->setText(busy ? tr("Signing in…") : tr("Sign in"));
}

void LoginDialog::submit()
{
    const QUrl server = QUrl::fromUserInput(m_server->text().trimmed());
    if (!server.isValid() || (server.scheme() != u"https"_s && server.scheme() != u"http"_s)) {
        showError(tr("Enter the server address, for example https://guild.example.org."));
        return;
    }
    if (server.scheme() == u"http"_s && server.host() != u"127.0.0.1"_s && server.host() != u"localhost"_s) {
        showError(tr("Use https:// for servers other than this computer: passwords must not travel unencrypted."));
        return;
    }
    if (m_username->text().trimmed().isEmpty() || m_password->text().isEmpty()) {
        showError(tr("Enter your username and password."));
        return;
    }
    m_error->hide();
    setBusy(true);
    m_session.signIn(server, m_username->text().trimmed(), m_password->text());
}

} // namespace guild::ui
