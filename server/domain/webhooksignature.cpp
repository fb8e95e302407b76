#include "webhooksignature.h"

#include <QList>
#include <QMessageAuthenticationCode>

namespace guild::server::webhook {

std::optional<Signature> parseSignature(const QByteArray &header)
{
    Signature out{-1, {}};
    for (const QByteArray &part : header.split(',')) {
        const QByteArray item = part.trimmed();
        if (item.startsWith("t=")) {
            bool ok = false;
            out.timestamp = item.mid(2).toLongLong(&ok);
            out.timestamp = ok ? out.timestamp : -1;
        } else if (item.startsWith("v1=")) {
            out.v1 = item.mid(3);
        }
    }
    // A time far outside any plausible clock is as good as none (and keeps the window's arithmetic safe).
    constexpr qint64 Year3000 = 32503680000;
    if (out.timestamp < 0 || out.timestamp > Year3000 || out.v1.isEmpty()) {
        return std::nullopt;
    }
    return out;
}

QByteArray sign(const QByteArray &secret, qint64 timestamp, const QByteArray &body)
{
    return QMessageAuthenticationCode::hash(QByteArray::number(timestamp) + '.' + body, secret,
                                            QCryptographicHash::Sha256)
        .toHex();
}

} // namespace guild::server::webhook
