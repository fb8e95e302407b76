#pragma once

#include <QString>

namespace guild::server::tokens {

/// 256 random bits from libsodium, base64url without padding (43 characters).
QString generate();
/// What the database stores instead of the token: SHA-256, hex. Tokens carry 256 bits of entropy,
/// so a fast hash is enough; a database leak does not reveal usable tokens.
QString hash(const QString &token);

} // namespace guild::server::tokens
