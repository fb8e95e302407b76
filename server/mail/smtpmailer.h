#pragma once

#include "domain/mailer.h"

#include <QString>

#include <optional>

namespace guild::server {

/// Where mail goes: an SMTP server, how to reach it, and who the mail is from.
struct SmtpConfig
{
    enum class Security
    {
        None,     ///< smtp:// (loopback only: nothing secret crosses a network in clear)
        StartTls, ///< smtp+starttls://
        Tls,      ///< smtps://
    };
    QString host;
    quint16 port = 25;
    Security security = Security::None;
    QString user;
    QString password;
    QString from;

    /// smtp[s|+starttls]://[user:password@]host[:port]?from=address; nullopt with `error` when unusable.
    static std::optional<SmtpConfig> parse(const QString &url, QString *error);
};

/// Sends each message over its own SMTP connection: EHLO, STARTTLS when asked (certificates verified),
/// AUTH PLAIN when a user is given, then the message as UTF-8 text. Blocks the calling worker thread
/// (never the server's) for at most a few seconds per step.
class SmtpMailer final : public Mailer
{
public:
    explicit SmtpMailer(SmtpConfig config);
    bool send(const MailMessage &message, QString *error) override;

    /// The message as it goes after DATA: headers, the UTF-8 body with its dots doubled, CRLF lines.
    static QByteArray compose(const SmtpConfig &config, const MailMessage &message);

private:
    SmtpConfig m_config;
};

} // namespace guild::server
