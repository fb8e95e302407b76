#include "domain/membershipservice.h"
#include "domain/syncservice.h"
#include "endpoints.h"
#include "protocol/endpoints.h"
#include "protocol/errorcodes.h"
#include "protocol/limits.h"
#include "replyhelpers.h"

using namespace Qt::StringLiterals;

namespace guild::server {

using namespace protocol;
using Method = QHttpServerRequest::Method;

void registerAccountRoutes(ApiServer &server, MembershipService &memberships)
{
    server.route(endpoints::MyMembership, [&server, &memberships](const Request &request) {
        return withUser(server, request, [&memberships](const AuthUser &user) {
            return toReply(memberships.membership(user), [](const Membership &m) {
                return QJsonObject{{u"membership"_s, m.toJson()}};
            });
        });
    });

    server.route(endpoints::ListTiers, [&memberships](const Request &) {
        return toReply(memberships.tiers(), [](const QList<TierInfo> &tiers) {
            QJsonArray array;
            for (const TierInfo &tier : tiers) {
                array.append(tier.toJson());
            }
            return QJsonObject{{u"tiers"_s, array}};
        });
    });
}

void registerSyncRoutes(ApiServer &server, SyncService &sync)
{
    server.route(endpoints::Sync, [&server, &sync](const Request &request) {
        return withUser(server, request, [&request, &sync](const AuthUser &user) {
            const auto limit = request.intParam(u"limit"_s, 200, 1, limits::SyncPageMax);
            const QString since = request.param(u"since"_s);
            if (!limit || since.size() > 64) {
                return Reply::error(ApiError::badRequest(
                    errors::InvalidField,
                    u"'limit' must be 1 to %1 and 'since' a token from this server."_s.arg(limits::SyncPageMax)));
            }
            return toReply(sync.changes(user, since, *limit), [](const SyncPage &page) { return page.toJson(); });
        });
    });
}

} // namespace guild::server
