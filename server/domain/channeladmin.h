#pragma once

#include "authuser.h"
#include "protocol/api/chat.h"
#include "result.h"

namespace guild::server {

class AccountEvents;
class Database;

/// The community's chat channels as admins run them: make, rename, retopic, re-tier and archive.
/// Each change is audited and reaches every connected member at once (on every process): a channel
/// they may now read appears, one they may no longer read (or archived) leaves their list.
class ChannelAdmin final
{
public:
    ChannelAdmin(Database &database, const AccountEvents &events);

    Result<protocol::chat::Channel> create(const AuthUser &admin, const protocol::ChannelInput &input);
    Result<protocol::chat::Channel> update(const AuthUser &admin, qint64 id, const protocol::ChannelInput &input);
    Result<Done> archive(const AuthUser &admin, qint64 id);

private:
    Database &m_database;
    const AccountEvents &m_events;
};

} // namespace guild::server
