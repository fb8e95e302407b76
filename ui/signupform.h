#pragma once

#include "protocol/api/accounts.h"

#include <QWidget>

class QLabel;
class QLineEdit;

namespace guild::ui {

/// The fields of a new account, with the server's rules shown beside them as the member types (each
/// rule turns to a check mark once met), so a sign-up is refused only for what the server alone knows
/// (a name or email already taken).
class SignUpForm final : public QWidget
{
    Q_OBJECT
public:
    explicit SignUpForm(QWidget *parent = nullptr);

    /// Every rule met and the password typed the same twice.
    bool isComplete() const;
    protocol::RegisterRequest request() const;
    QLineEdit *usernameEdit() const { return m_username; }
    QLineEdit *displayNameEdit() const { return m_displayName; }
    QLineEdit *emailEdit() const { return m_email; }
    QLineEdit *passwordEdit() const { return m_password; }
    QLineEdit *repeatEdit() const { return m_repeat; }
    /// Sets the focus on the first field.
    void start();
    /// The width of the label column, so forms beside this one line up with it.
    int labelWidth() const;

Q_SIGNALS:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showRules();

    QLineEdit *m_username;
    QLineEdit *m_displayName;
    QLineEdit *m_email;
    QLineEdit *m_password;
    QLineEdit *m_repeat;
    QLabel *m_usernameRule;
    QLabel *m_emailRule;
    QLabel *m_passwordRule;
    QLabel *m_repeatRule;
    QList<QLabel *> m_labels; // the form's row labels, in order
};

} // namespace guild::ui
