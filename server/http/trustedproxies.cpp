#include "trustedproxies.h"

using namespace Qt::StringLiterals;

namespace guild::server {

namespace {
constexpr qsizetype ChainMax = 32; // hops looked at; a longer header is a client's invention
}

QHostAddress plainAddress(const QHostAddress &address)
{
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    return isV4 ? QHostAddress(v4) : address;
}

std::optional<TrustedProxies> TrustedProxies::parse(const QStringList &subnets, QString *error)
{
    TrustedProxies proxies;
    for (const QString &entry : subnets) {
        std::pair<QHostAddress, int> subnet = QHostAddress::parseSubnet(entry.trimmed());
        if (subnet.first.isNull()) {
            const QHostAddress single(entry.trimmed());
            if (single.isNull()) {
                *error = u"'%1' is not an address or a CIDR subnet"_s.arg(entry);
                return std::nullopt;
            }
            subnet = {single, single.protocol() == QAbstractSocket::IPv6Protocol ? 128 : 32};
        }
        subnet.first = plainAddress(subnet.first);
        if (subnet.first.protocol() == QAbstractSocket::IPv4Protocol && subnet.second > 32) {
            subnet.second -= 96; // ::ffff:10.0.0.0/104 is 10.0.0.0/8
        }
        proxies.m_subnets.append(subnet);
    }
    return proxies;
}

bool TrustedProxies::trusts(const QHostAddress &address) const
{
    const QHostAddress plain = plainAddress(address);
    for (const auto &subnet : m_subnets) {
        if (plain.isInSubnet(subnet)) {
            return true;
        }
    }
    return false;
}

QString TrustedProxies::clientAddress(const QHostAddress &peer, const QList<QByteArray> &forwardedFor) const
{
    QHostAddress client = plainAddress(peer);
    if (!trusts(client)) {
        return client.toString();
    }
    QList<QByteArray> chain;
    for (const QByteArray &header : forwardedFor) {
        chain += header.split(',');
    }
    // From the right: each hop we trust vouches for the one before it.
    for (qsizetype i = chain.size() - 1, looked = 0; i >= 0 && looked < ChainMax; --i, ++looked) {
        QByteArray hop = chain.at(i).trimmed();
        if (hop.startsWith('[') && hop.contains(']')) {
            hop = hop.mid(1, hop.indexOf(']') - 1); // [v6]:port
        } else if (hop.count(':') == 1) {
            hop = hop.left(hop.indexOf(':')); // v4:port
        }
        const QHostAddress address(QString::fromLatin1(hop));
        if (address.isNull()) {
            break; // not an address: believe nothing further left
        }
        client = plainAddress(address);
        if (!trusts(client)) {
            break;
        }
    }
    return client.toString();
}

} // namespace guild::server
