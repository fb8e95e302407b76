#include "leasesigner.h"

#include "protocol/limits.h"
#include "storage/database.h"
#include "storage/secretrepository.h"

#include <QRandomGenerator>

#include <sodium.h>

using namespace Qt::StringLiterals;

namespace guild::server {

using namespace protocol;

LeaseSigner::LeaseSigner(Database &database)
    : m_database(database)
{}

void LeaseSigner::load() const
{
    std::call_once(m_loaded, [this] {
        static_assert(crypto_sign_SEEDBYTES == 32);
        quint32 words[crypto_sign_SEEDBYTES / sizeof(quint32)];
        QRandomGenerator::system()->fillRange(words);
        const QByteArray fresh(reinterpret_cast<const char *>(words), sizeof(words));
        const QByteArray seed = SecretRepository(m_database.connection()).getOrCreate(u"lease_key"_s, fresh);
        m_publicKey.resize(crypto_sign_PUBLICKEYBYTES);
        m_secretKey.resize(crypto_sign_SECRETKEYBYTES);
        if (seed.size() != crypto_sign_SEEDBYTES ||
            crypto_sign_seed_keypair(reinterpret_cast<unsigned char *>(m_publicKey.data()),
                                     reinterpret_cast<unsigned char *>(m_secretKey.data()),
                                     reinterpret_cast<const unsigned char *>(seed.constData())) != 0) {
            qFatal("The lease key in server_secrets is damaged");
        }
    });
}

EntitlementLease LeaseSigner::lease(const AuthUser &member, qint64 now) const
{
    load();
    EntitlementLease lease;
    lease.memberId = member.id;
    lease.tier = readingTier(member.role, member.tier);
    lease.issuedAt = now;
    // A paid tier held as a member ends with its membership; a role's reading (authors, admins) and
    // a free member's have no end, so the lease looks only so far ahead.
    const bool paidByMembership = lease.tier != Tier::Free && member.tierUntil > 0;
    lease.validUntil = paidByMembership ? member.tierUntil : now + limits::LeaseHorizonMs;
    const QByteArray message = lease.signedBytes();
    lease.publicKey = m_publicKey;
    lease.signature.resize(crypto_sign_BYTES);
    crypto_sign_detached(reinterpret_cast<unsigned char *>(lease.signature.data()), nullptr,
                         reinterpret_cast<const unsigned char *>(message.constData()),
                         static_cast<unsigned long long>(message.size()),
                         reinterpret_cast<const unsigned char *>(m_secretKey.constData()));
    return lease;
}

} // namespace guild::server
