#include "accountrules.h"

#include "limits.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace guild::protocol::accountrules {

bool isValidUsername(const QString &username)
{
    static const QRegularExpression pattern(u"^[a-z0-9_]{%1,%2}$"_s.arg(limits::UsernameMin).arg(limits::UsernameMax));
    return pattern.match(username).hasMatch();
}

bool isValidEmail(const QString &email)
{
    static const QRegularExpression pattern(u"^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"_s);
    return email.size() <= limits::EmailMax && pattern.match(email).hasMatch();
}

bool isValidPassword(const QString &password)
{
    return password.size() >= limits::PasswordMin && password.toUtf8().size() <= limits::PasswordMaxBytes;
}

} // namespace guild::protocol::accountrules
