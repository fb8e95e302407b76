#pragma once

#include <QDialog>
#include <QUrl>

class QLabel;
class QLineEdit;
class QPushButton;

namespace guild::app {
class Session;
}

namespace guild::ui {

/// Sign-in: server address, username, password; shows progress and the server's answer in place.
class LoginDialog final : public QDialog
{
    Q_OBJECT
public:
    LoginDialog(app::Session &session, const QUrl &server, const QString &username, QWidget *parent = nullptr);

    void showError(const QString &message);

private:
    void submit();
    void setBusy(bool busy);

    app::Session &m_session;
    QLineEdit *m_server;
    QLineEdit *m_username;
    QLineEdit *m_password;
    QLabel *m_error;
    QPushButton *m_signIn;
};

} // namespace guild::ui
