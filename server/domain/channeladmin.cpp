#include "channeladmin.h"

#include "accountevents.h"
#include "clock.h"
#include "protocol/errorcodes.h"
#include "storage/auditrepository.h"
#include "storage/chatrepository.h"
#include "storage/database.h"
#include "storage/sql.h"

using namespace Qt::StringLiterals;

namespace guild::server {

using namespace protocol;

namespace {

std::optional<ApiError> adminsOnly(const AuthUser &user)
{
    if (user.isAdmin()) {
        return std::nullopt;
    }
    return ApiError::forbidden(errors::Forbidden, u"Only admins run the channels."_s);
}

chat::Channel channelOf(qint64 id, const ChannelInput &input)
{
    chat::Channel c;
    c.id = id;
    c.name = input.name;
    c.topic = input.topic;
    c.requiredTier = tierFromCode(input.requiredTier).value_or(Tier::Free);
    return c;
}

void audit(QSqlDatabase &db, const AuthUser &admin, const QString &action, const QString &target, const QString &detail)
{
    AuditRepository(db).append({0, admin.id, admin.username, action, target, detail, nowMs()});
}

} // namespace

ChannelAdmin::ChannelAdmin(Database &database, const AccountEvents &events)
    : m_database(database)
    , m_events(events)
{}

Result<chat::Channel> ChannelAdmin::create(const AuthUser &admin, const ChannelInput &input)
{
    if (auto refused = adminsOnly(admin)) {
        return *refused;
    }
    QSqlDatabase db = m_database.connection();
    sql::Transaction tx(db);
    ChatRepository repo(db);
    if (repo.publicNameTaken(input.name, 0)) {
        return ApiError::conflict(errors::Conflict, u"A channel is already called '%1'."_s.arg(input.name));
    }
    const chat::Channel made = channelOf(0, input);
    const qint64 id = repo.createChannel(made.name, made.topic, made.requiredTier, nowMs());
    audit(db, admin, u"create-channel"_s, u'#' + made.name, u"tier "_s + input.requiredTier);
    m_events.changed(tx, AccountEvents::Everyone);
    tx.commit();
    return channelOf(id, input);
}

Result<chat::Channel> ChannelAdmin::update(const AuthUser &admin, qint64 id, const ChannelInput &input)
{
    if (auto refused = adminsOnly(admin)) {
        return *refused;
    }
    QSqlDatabase db = m_database.connection();
    sql::Transaction tx(db);
    ChatRepository repo(db);
    const auto before = repo.publicChannel(id);
    if (!before || before->archived) {
        return ApiError::notFound(u"No such channel."_s);
    }
    if (repo.publicNameTaken(input.name, id)) {
        return ApiError::conflict(errors::Conflict, u"A channel is already called '%1'."_s.arg(input.name));
    }
    const chat::Channel changed = channelOf(id, input);
    repo.updateChannel(id, changed.name, changed.topic, changed.requiredTier);
    audit(db, admin, u"update-channel"_s, u'#' + changed.name,
          before->name == changed.name ? QString() : u"was #"_s + before->name);
    m_events.changed(tx, AccountEvents::Everyone);
    tx.commit();
    return changed;
}

Result<Done> ChannelAdmin::archive(const AuthUser &admin, qint64 id)
{
    if (auto refused = adminsOnly(admin)) {
        return *refused;
    }
    QSqlDatabase db = m_database.connection();
    sql::Transaction tx(db);
    ChatRepository repo(db);
    const auto channel = repo.publicChannel(id);
    if (!channel || channel->archived) {
        return ApiError::notFound(u"No such channel."_s);
    }
    repo.setArchived(id, nowMs());
    audit(db, admin, u"archive-channel"_s, u'#' + channel->name, QString());
    m_events.changed(tx, AccountEvents::Everyone);
    tx.commit();
    return Done{};
}

} // namespace guild::server
