#include "domain/authservice.h"
#include "endpoints.h"
#include "protocol/endpoints.h"
#include "protocol/jsonreader.h"
#include "protocol/limits.h"
#include "replyhelpers.h"

using namespace Qt::StringLiterals;

namespace guild::server {

using namespace protocol;
using Method = QHttpServerRequest::Method;

void registerHealthRoutes(ApiServer &server)
{
    server.route(endpoints::Health, [](const Request &) { return Reply::json(QJsonObject{{u"status"_s, u"ok"_s}}); });
}

void registerAuthRoutes(ApiServer &server, AuthService &auth)
{
    server.route(
        endpoints::Register,
        [&auth](const Request &request) {
            ApiError error;
            const auto json = request.jsonBody(&error);
            if (!json) {
                return Reply::error(error);
            }
            JsonReader reader(*json);
            RegisterInput input;
            input.username = reader.requiredString("username"_L1, 1, limits::UsernameMax);
            input.email = reader.requiredString("email"_L1, 3, limits::EmailMax);
            input.password = reader.requiredString("password"_L1, 1, limits::PasswordMaxBytes);
            input.displayName = reader.optionalString("displayName"_L1, limits::DisplayNameMax).value_or(QString());
            if (!reader.ok()) {
                return Reply::error(reader.error());
            }
            return toReply(
                auth.registerUser(input),
                [](const User &user) {
                    return QJsonObject{{u"user"_s, user.toJson()}};
                },
                201);
        },
        ApiServer::Pool::Auth);

    server.route(
        endpoints::Login,
        [&auth](const Request &request) {
            ApiError error;
            const auto json = request.jsonBody(&error);
            if (!json) {
                return Reply::error(error);
            }
            JsonReader reader(*json);
            const QString username = reader.requiredString("username"_L1, 1, limits::UsernameMax);
            const QString password = reader.requiredString("password"_L1, 1, limits::PasswordMaxBytes);
            if (!reader.ok()) {
                return Reply::error(reader.error());
            }
            return toReply(auth.login(username, password, request.clientAddress),
                           [](const AuthTokens &tokens) { return tokens.toJson(); });
        },
        ApiServer::Pool::Auth);

    server.route(endpoints::Refresh, [&auth](const Request &request) {
        ApiError error;
        const auto json = request.jsonBody(&error);
        if (!json) {
            return Reply::error(error);
        }
        JsonReader reader(*json);
        const QString token = reader.requiredString("refreshToken"_L1, 1, limits::TokenMax);
        if (!reader.ok()) {
            return Reply::error(reader.error());
        }
        return toReply(auth.refresh(token), [](const AuthTokens &tokens) { return tokens.toJson(); });
    });

    server.route(endpoints::Logout, [&server, &auth](const Request &request) {
        return withUser(server, request, [&auth](const AuthUser &user) {
            const Result<Done> done = auth.logout(user);
            return done.ok() ? Reply::noContent() : Reply::error(done.error());
        });
    });

    server.route(endpoints::Me, [&server](const Request &request) {
        return withUser(server, request, [](const AuthUser &user) {
            QJsonObject json = User{user.id, user.username, user.displayName, user.role}.toJson();
            json.insert(u"tier"_s, tierCode(user.tier));
            return Reply::json(QJsonObject{{u"user"_s, json}});
        });
    });
}

} // namespace guild::server
