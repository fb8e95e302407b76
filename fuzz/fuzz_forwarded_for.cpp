// X-Forwarded-For, believed only from trusted proxies: whatever the header says, the answer is an
// address, and a peer that is not a trusted proxy is always taken as itself.
#include "fuzzinput.h"
#include "http/trustedproxies.h"

using guild::server::TrustedProxies;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const TrustedProxies proxies = [] {
        QString error;
        return *TrustedProxies::parse({QStringLiteral("10.0.0.0/8"), QStringLiteral("::1"), QStringLiteral("fd00::/8")},
                                      &error);
    }();
    static const QList<QHostAddress> peers{QHostAddress(QStringLiteral("10.1.2.3")),
                                           QHostAddress(QStringLiteral("::ffff:10.9.9.9")),
                                           QHostAddress(QStringLiteral("::1")), QHostAddress(QStringLiteral("fd12::7")),
                                           QHostAddress(QStringLiteral("192.0.2.5"))};
    const QHostAddress &peer = peers.at(guild::fuzz::takeByte(data, size) % peers.size());
    const QList<QByteArray> lines = guild::fuzz::bytes(data, size).split('\n');
    const QString client = proxies.clientAddress(peer, lines);
    GUILD_FUZZ_CHECK(!QHostAddress(client).isNull());
    if (peer == QHostAddress(QStringLiteral("192.0.2.5"))) {
        GUILD_FUZZ_CHECK(client == peer.toString());
    }
    return 0;
}
