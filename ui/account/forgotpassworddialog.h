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

/// A forgotten password: ask for a one-time code by email, then type it with a new password. The
/// code may also come from an admin (when the server sends no mail). On success the member signs in
/// with the new password.
class ForgotPasswordDialog final : public QDialog
{
    Q_OBJECT
public:
    ForgotPasswordDialog(app::Session &session, const QUrl &server, const QString &login, QWidget *parent = nullptr);

    QLineEdit *loginEdit() const { return m_login; }
    QLineEdit *codeEdit() const { return m_code; }
    QLineEdit *passwordEdit() const { return m_password; }
    QPushButton *sendButton() const { return m_send; }
    QPushButton *resetButton() const { return m_reset; }
    QLabel *statusLabel() const { return m_status; }

private:
    void updateButtons();
    void setStatus(const QString &text, bool ok);

    app::Session &m_session;
    QUrl m_server;
    QLineEdit *m_login;
    QPushButton *m_send;
    QLineEdit *m_code;
    QLineEdit *m_password;
    QPushButton *m_reset;
    QLabel *m_status;
    bool m_resetting = false;
};

} // namespace guild::ui
