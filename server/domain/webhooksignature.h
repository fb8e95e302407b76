#pragma once

#include <QByteArray>

#include <optional>

// The payment provider's webhook signature: "Guild-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of
// "<t>.<body>">". Parsed and computed here, apart from PaymentService, so the parser can be fuzzed alone.
namespace guild::server::webhook {

struct Signature
{
    qint64 timestamp = 0; ///< seconds since the epoch
    QByteArray v1;        ///< the hex HMAC, as given
};

/// nullopt when the header is malformed (no time, no v1, a time beyond any plausible clock).
std::optional<Signature> parseSignature(const QByteArray &header);
/// What the signature of `body` at `timestamp` is (tests and the demo provider sign with it too).
QByteArray sign(const QByteArray &secret, qint64 timestamp, const QByteArray &body);

} // namespace guild::server::webhook
