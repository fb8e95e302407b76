#pragma once

#include <QHostAddress>
#include <QList>
#include <QStringList>

#include <optional>

namespace guild::server {

/// The reverse proxies whose X-Forwarded-For the server believes (`--trusted-proxy CIDR`). A request
/// from anywhere else is taken to come from its peer address, whatever headers it carries: a client
/// cannot pick the address its sign-in failures count against.
class TrustedProxies
{
public:
    TrustedProxies() = default;
    /// Each entry an address or a CIDR subnet ("10.0.0.0/8", "::1"); nullopt with `error` for a bad one.
    static std::optional<TrustedProxies> parse(const QStringList &subnets, QString *error);

    /// Where a request from `peer` with these X-Forwarded-For header values comes from: the peer when it
    /// is not a trusted proxy, else the right-most address in the chain that is not one (the proxies
    /// each append the address they received from). Malformed entries end the walk at the last proxy.
    QString clientAddress(const QHostAddress &peer, const QList<QByteArray> &forwardedFor) const;
    bool isEmpty() const { return m_subnets.isEmpty(); }

private:
    bool trusts(const QHostAddress &address) const;

    QList<std::pair<QHostAddress, int>> m_subnets;
};

/// IPv4 addresses in IPv6 form (::ffff:a.b.c.d, what a dual-stack socket reports) as plain IPv4.
QHostAddress plainAddress(const QHostAddress &address);

} // namespace guild::server
