#pragma once

#include "authuser.h"
#include "protocol/types.h"
#include "result.h"

namespace guild::server {

class Database;

/// The change feed for the client's offline cache: articles changed or deleted since a token, with
/// bodies where the caller's tier allows. A token carries the tier it was issued for; when the tier
/// changes the feed answers reset so the client re-syncs what it may now (or no longer) read.
class SyncService final
{
public:
    explicit SyncService(Database &database);

    Result<protocol::SyncPage> changes(const AuthUser &viewer, const QString &since, int limit);

private:
    Database &m_database;
};

} // namespace guild::server
