#pragma once

#include "authuser.h"
#include "protocol/api/accounts.h"

#include <QByteArray>

#include <mutex>

namespace guild::server {

class Database;

/// Signs entitlement leases with the community's Ed25519 key. Its seed lives in server_secrets, made
/// by whichever process needs it first and shared by every process on the database, so a lease from
/// one checks out against the key another gave.
class LeaseSigner final
{
public:
    /// The key is read from the database (and created there) on first use, after migrations ran.
    explicit LeaseSigner(Database &database);

    /// What `member` may read offline as of `now`: their reading tier until their membership ends
    /// (grace included), or limits::LeaseHorizonMs ahead when it does not end.
    protocol::EntitlementLease lease(const AuthUser &member, qint64 now) const;

private:
    void load() const;

    Database &m_database;
    mutable std::once_flag m_loaded;
    mutable QByteArray m_secretKey;
    mutable QByteArray m_publicKey;
};

} // namespace guild::server
