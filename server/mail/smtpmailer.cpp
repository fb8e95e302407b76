#include "smtpmailer.h"

#include <QDateTime>
#include <QHostAddress>
#include <QSslSocket>
#include <QSysInfo>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace guild::server {

namespace {

constexpr int StepMs = 15000;

/// No line breaks in a header: what comes from outside could otherwise add headers of its own.
QString oneLine(const QString &text)
{
    QString line = text;
    line.replace(u'\r', u' ').replace(u'\n', u' ');
    return line.trimmed();
}

QByteArray encodedWord(const QString &text)
{
    return "=?UTF-8?B?" + oneLine(text).toUtf8().toBase64() + "?=";
}

/// One conversation with the server, step by step; the first failure is kept.
class Conversation
{
public:
    explicit Conversation(QSslSocket &socket)
        : m_socket(socket)
    {}

    /// Reads the server's (possibly multi-line) answer; true when its code is one of `codes`.
    bool expect(std::initializer_list<int> codes)
    {
        QByteArray last;
        do {
            while (!m_socket.canReadLine()) {
                if (!m_socket.waitForReadyRead(StepMs)) {
                    return fail(u"the mail server did not answer: "_s + m_socket.errorString());
                }
            }
            last = m_socket.readLine().trimmed();
        } while (last.size() >= 4 && last.at(3) == '-');
        const int code = last.left(3).toInt();
        for (int wanted : codes) {
            if (code == wanted) {
                return true;
            }
        }
        return fail(u"the mail server said: "_s + QString::fromUtf8(last));
    }
    bool say(const QByteArray &line, std::initializer_list<int> codes)
    {
        m_socket.write(line + "\r\n");
        return m_socket.waitForBytesWritten(StepMs) ? expect(codes) : fail(m_socket.errorString());
    }
    bool fail(const QString &why)
    {
        if (m_error.isEmpty()) {
            m_error = why;
        }
        return false;
    }
    QString error() const { return m_error; }

private:
    QSslSocket &m_socket;
    QString m_error;
};

} // namespace

std::optional<SmtpConfig> SmtpConfig::parse(const QString &text, QString *error)
{
    const QUrl url(text, QUrl::StrictMode);
    SmtpConfig c;
    const QString scheme = url.scheme();
    if (!url.isValid() || url.host().isEmpty() ||
        (scheme != u"smtp"_s && scheme != u"smtps"_s && scheme != u"smtp+starttls"_s)) {
        *error = u"--smtp-url expects smtp://, smtp+starttls:// or smtps://[user:password@]host[:port]?from=address"_s;
        return std::nullopt;
    }
    c.security = scheme == u"smtps"_s           ? Security::Tls
                 : scheme == u"smtp+starttls"_s ? Security::StartTls
                                                : Security::None;
    c.host = url.host();
    c.port = quint16(url.port(c.security == Security::Tls ? 465 : c.security == Security::StartTls ? 587 : 25));
    c.user = url.userName(QUrl::FullyDecoded);
    c.password = url.password(QUrl::FullyDecoded);
    c.from = QUrlQuery(url).queryItemValue(u"from"_s, QUrl::FullyDecoded);
    if (!c.from.contains(u'@') || c.from.contains(u'\n') || c.from.contains(u'\r')) {
        *error = u"--smtp-url needs ?from=address (who the mail is from)"_s;
        return std::nullopt;
    }
    const QHostAddress address(c.host);
    const bool loopback = c.host == u"localhost"_s || (!address.isNull() && address.isLoopback());
    if (c.security == Security::None && !loopback) {
        *error = u"mail to another machine goes over TLS: use smtps:// or smtp+starttls://"_s;
        return std::nullopt;
    }
    return c;
}

SmtpMailer::SmtpMailer(SmtpConfig config)
    : m_config(std::move(config))
{}

QByteArray SmtpMailer::compose(const SmtpConfig &config, const MailMessage &message)
{
    QByteArray data;
    data += "From: " + oneLine(config.from).toUtf8() + "\r\n";
    data += "To: " + oneLine(message.to).toUtf8() + "\r\n";
    data += "Subject: " + encodedWord(message.subject) + "\r\n";
    data += "Date: " + QDateTime::currentDateTimeUtc().toString(Qt::RFC2822Date).toUtf8() + "\r\n";
    data += "Message-ID: <" + QUuid::createUuid().toString(QUuid::WithoutBraces).toUtf8() + "@guild>\r\n";
    data += "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n";
    QString body = message.body;
    body.replace(u"\r\n"_s, u"\n"_s);
    for (const QString &line : body.split(u'\n')) {
        // A line that starts with a dot gets another, or a lone "." would end the message.
        data += (line.startsWith(u'.') ? "." : "") + line.toUtf8() + "\r\n";
    }
    return data;
}

bool SmtpMailer::send(const MailMessage &message, QString *error)
{
    QSslSocket socket;
    Conversation talk(socket);
    const QByteArray hello =
        "EHLO " + (QSysInfo::machineHostName().isEmpty() ? QByteArray("guild") : QSysInfo::machineHostName().toUtf8());
    bool ok = true;
    if (m_config.security == SmtpConfig::Security::Tls) {
        socket.connectToHostEncrypted(m_config.host, m_config.port);
        ok = socket.waitForEncrypted(StepMs) || talk.fail(u"no TLS with the mail server: "_s + socket.errorString());
    } else {
        socket.connectToHost(m_config.host, m_config.port);
        ok = socket.waitForConnected(StepMs) || talk.fail(u"cannot reach the mail server: "_s + socket.errorString());
    }
    ok = ok && talk.expect({220}) && talk.say(hello, {250});
    if (ok && m_config.security == SmtpConfig::Security::StartTls) {
        ok = talk.say("STARTTLS", {220});
        if (ok) {
            socket.startClientEncryption();
            ok =
                socket.waitForEncrypted(StepMs) || talk.fail(u"no TLS with the mail server: "_s + socket.errorString());
        }
        ok = ok && talk.say(hello, {250});
    }
    if (ok && !m_config.user.isEmpty()) {
        const QByteArray plain = '\0' + m_config.user.toUtf8() + '\0' + m_config.password.toUtf8();
        ok = talk.say("AUTH PLAIN " + plain.toBase64(), {235});
    }
    ok = ok && talk.say("MAIL FROM:<" + oneLine(m_config.from).toUtf8() + ">", {250}) &&
         talk.say("RCPT TO:<" + oneLine(message.to).toUtf8() + ">", {250, 251}) && talk.say("DATA", {354});
    if (ok) {
        socket.write(compose(m_config, message) + ".\r\n");
        ok = (socket.waitForBytesWritten(StepMs) || talk.fail(socket.errorString())) && talk.expect({250});
    }
    if (ok) {
        talk.say("QUIT", {221}); // the message is in; a rude goodbye changes nothing
    }
    socket.disconnectFromHost();
    if (!ok) {
        *error = talk.error();
    }
    return ok;
}

} // namespace guild::server
