#include "logindialog.h"

#include "account/forgotpassworddialog.h"
#include "common/notice.h"
#include "session.h"
#include "signupform.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace guild::ui {

LoginDialog::LoginDialog(app::Session &session, const QUrl &server, const QString &username, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_server(new QLineEdit(server.toString(), this))
    , m_pages(new QStackedWidget(this))
    , m_username(new QLineEdit(username, this))
    , m_password(new QLineEdit(this))
    , m_signUp(new SignUpForm(this))
    , m_error(new QLabel(this))
    , m_switch(new QPushButton(this))
    , m_forgot(new QPushButton(this))
{
    m_password->setEchoMode(QLineEdit::Password);
    m_server->setPlaceholderText(u"https://guild.example.org"_s);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->hide();
    for (QPushButton *link : {m_switch, m_forgot}) {
        link->setFlat(true);
        link->setCursor(Qt::PointingHandCursor);
        QPalette linkPalette = link->palette();
        linkPalette.setColor(QPalette::ButtonText, linkPalette.color(QPalette::Link));
        link->setPalette(linkPalette);
    }

    // Three forms, one label column: the server's, sign-in's and sign-up's labels line up.
    const auto label = [this](const QString &text) {
        auto *l = new QLabel(text, this);
        l->setTextFormat(Qt::PlainText);
        l->setMinimumWidth(m_signUp->labelWidth());
        return l;
    };
    auto *serverForm = new QFormLayout;
    serverForm->addRow(label(tr("Server")), m_server);
    auto *signIn = new QWidget(m_pages);
    auto *signInForm = new QFormLayout(signIn);
    signInForm->setContentsMargins(0, 0, 0, 0);
    signInForm->addRow(label(tr("Username")), m_username);
    signInForm->addRow(label(tr("Password")), m_password);
    m_pages->addWidget(signIn);
    m_pages->addWidget(m_signUp);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_submit = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_submit->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_submit, &QPushButton::clicked, this, &LoginDialog::submit);
    connect(m_switch, &QPushButton::clicked, this,
            [this] { setMode(m_mode == Mode::SignIn ? Mode::SignUp : Mode::SignIn); });
    connect(m_signUp, &SignUpForm::changed, this, &LoginDialog::updateButtons);
    connect(m_forgot, &QPushButton::clicked, this, &LoginDialog::recoverPassword);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(serverForm);
    layout->addWidget(m_pages);
    layout->addWidget(m_error);
    auto *links = new QHBoxLayout;
    links->addWidget(m_switch);
    links->addStretch();
    links->addWidget(m_forgot);
    layout->addLayout(links);
    layout->addWidget(buttons);
    setMinimumWidth(460);

    connect(&m_session, &app::Session::signedIn, this, &QDialog::accept);
    connect(&m_session, &app::Session::signInFailed, this, [this](const QString &message) {
        setBusy(false);
        if (!message.isEmpty()) {
            showError(message);
        }
    });
    setMode(Mode::SignIn);
    (username.isEmpty() ? m_username : m_password)->setFocus();
}

void LoginDialog::setMode(Mode mode)
{
    m_mode = mode;
    m_pages->setCurrentIndex(mode == Mode::SignIn ? 0 : 1);
    // A stack is as tall as its tallest page; the hidden one must not leave a gap under sign-in.
    for (int i = 0; i < m_pages->count(); ++i) {
        const auto policy = i == m_pages->currentIndex() ? QSizePolicy::Preferred : QSizePolicy::Ignored;
        m_pages->widget(i)->setSizePolicy(policy, policy);
    }
    adjustSize();
    m_error->hide();
    setWindowTitle(mode == Mode::SignIn ? tr("Sign in to Guild") : tr("Join a Guild community"));
    m_switch->setText(mode == Mode::SignIn ? tr("New here? Create an account") : tr("Have an account? Sign in"));
    m_forgot->setText(tr("Forgot your password?"));
    m_forgot->setVisible(mode == Mode::SignIn);
    if (mode == Mode::SignUp) {
        m_signUp->start();
    }
    updateButtons();
}

void LoginDialog::recoverPassword()
{
    const std::optional<QUrl> server = serverUrl();
    if (!server) {
        return;
    }
    ForgotPasswordDialog dialog(m_session, *server, m_username->text(), this);
    if (dialog.exec() == QDialog::Accepted) {
        m_password->clear();
        m_password->setFocus();
        showNotice(m_error, tr("Your password is changed: sign in with the new one."), true);
        m_error->show();
    }
}

void LoginDialog::showError(const QString &message)
{
    showNotice(m_error, message, false);
    m_error->show();
}

void LoginDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_switch->setEnabled(!busy);
    updateButtons();
}

void LoginDialog::updateButtons()
{
    if (m_mode == Mode::SignIn) {
        m_submit->setText(m_busy ? tr("Signing in…") : tr("Sign in"));
        m_submit->setEnabled(!m_busy);
    } else {
        m_submit->setText(m_busy ? tr("Creating your account…") : tr("Create account"));
        m_submit->setEnabled(!m_busy && m_signUp->isComplete());
    }
}

std::optional<QUrl> LoginDialog::serverUrl()
{
    const QUrl server = QUrl::fromUserInput(m_server->text().trimmed());
    if (!server.isValid() || (server.scheme() != u"https"_s && server.scheme() != u"http"_s)) {
        showError(tr("Enter the server address, for example https://guild.example.org."));
        return std::nullopt;
    }
    if (server.scheme() == u"http"_s && server.host() != u"127.0.0.1"_s && server.host() != u"localhost"_s) {
        showError(tr("Use https:// for servers other than this computer: passwords must not travel unencrypted."));
        return std::nullopt;
    }
    return server;
}

void LoginDialog::submit()
{
    const auto server = serverUrl();
    if (!server) {
        return;
    }
    if (m_mode == Mode::SignUp) {
        if (!m_signUp->isComplete()) {
            return;
        }
        m_error->hide();
        setBusy(true);
        m_session.signUp(*server, m_signUp->request());
        return;
    }
    if (m_username->text().trimmed().isEmpty() || m_password->text().isEmpty()) {
        showError(tr("Enter your username and password."));
        return;
    }
    m_error->hide();
    setBusy(true);
    m_session.signIn(*server, m_username->text().trimmed(), m_password->text());
}

} // namespace guild::ui
