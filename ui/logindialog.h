#pragma once

#include <QDialog>
#include <QUrl>

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace guild::app {
class Session;
}

namespace guild::ui {

class SignUpForm;

/// Sign-in, or sign-up for a new member: the server address, then either a username and password or
/// the fields of a new account with the server's rules shown as the member types. Shows progress and
/// the server's answer in place; a new account goes straight into the community.
class LoginDialog final : public QDialog
{
    Q_OBJECT
public:
    enum class Mode
    {
        SignIn,
        SignUp
    };

    LoginDialog(app::Session &session, const QUrl &server, const QString &username, QWidget *parent = nullptr);

    void showError(const QString &message);
    void setMode(Mode mode);
    Mode mode() const { return m_mode; }
    SignUpForm *signUpForm() const { return m_signUp; }
    QLineEdit *passwordEdit() const { return m_password; }
    QLabel *errorLabel() const { return m_error; }
    QPushButton *submitButton() const { return m_submit; }
    QPushButton *switchButton() const { return m_switch; }
    QPushButton *forgotButton() const { return m_forgot; }

private:
    void submit();
    void recoverPassword();
    void setBusy(bool busy);
    void updateButtons();
    /// The server address typed, or nullopt (and an error shown) when it will not do.
    std::optional<QUrl> serverUrl();

    app::Session &m_session;
    Mode m_mode = Mode::SignIn;
    bool m_busy = false;
    QLineEdit *m_server;
    QStackedWidget *m_pages;
    QLineEdit *m_username;
    QLineEdit *m_password;
    SignUpForm *m_signUp;
    QLabel *m_error;
    QPushButton *m_submit;
    QPushButton *m_switch;
    QPushButton *m_forgot;
};

} // namespace guild::ui
