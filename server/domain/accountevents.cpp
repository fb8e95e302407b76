#include "accountevents.h"

#include "storage/sql.h"
#include "storage/tokenrepository.h"

namespace guild::server {

void AccountEvents::changed(sql::Transaction &tx, qint64 userId) const
{
    // Token lookups kept by any process (TokenCache) are dropped when this commits.
    TokenRepository(tx.database()).advanceAccountGeneration();
    if (m_remote) {
        m_remote(tx.database(), userId);
    }
    if (m_local) {
        // After the commit: a session that checks again must read the new state, not the old one.
        tx.afterCommit([listener = m_local, userId] { listener(userId); });
    }
}

} // namespace guild::server
