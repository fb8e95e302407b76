#pragma once

#include <QString>

namespace guild::server {

/// One plain-text email.
struct MailMessage
{
    QString to;
    QString subject;
    QString body;
};

/// Sends mail for the domain (password resets) without the domain knowing how: SMTP in the server
/// (mail/smtpmailer), nothing at all when no mail server is set up.
class Mailer
{
public:
    virtual ~Mailer() = default;
    /// Blocks until sent or failed (callers run on a worker thread); false, with `error`, on failure.
    virtual bool send(const MailMessage &message, QString *error) = 0;
};

} // namespace guild::server
