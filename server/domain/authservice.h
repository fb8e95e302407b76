#pragma once

#include "authuser.h"
#include "protocol/api/accounts.h"
#include "result.h"
#include "tokencache.h"

namespace guild::server {

class AccountEvents;
class Database;
class LoginThrottle;
class PasswordHasher;

struct AuthConfig
{
    int accessTtlSeconds = 15 * 60;
    int refreshTtlDays = 30;
};

/// Accounts and sessions: registration, login, refresh-token rotation with reuse detection, logout,
/// and turning a bearer token into the caller.
class AuthService final
{
public:
    AuthService(Database &database, PasswordHasher &hasher, LoginThrottle &throttle, const AccountEvents &events,
                AuthConfig config);

    /// A new account under the registration rules; `role` other than member only from the admin tools.
    Result<protocol::User> registerUser(protocol::RegisterRequest input, protocol::Role role = protocol::Role::Member);
    /// The registration rules for a password (length), or an invalid_field error.
    static std::optional<protocol::ApiError> checkPassword(const QString &password);
    Result<protocol::AuthTokens> login(const QString &username, const QString &password, const QString &clientAddress);
    Result<protocol::AuthTokens> refresh(const QString &refreshToken);
    Result<Done> logout(const AuthUser &caller);
    Result<AuthUser> authenticate(const QString &accessToken);
    /// Removes expired tokens; run periodically.
    int purgeExpiredTokens();

    static bool isValidUsername(const QString &username);

private:
    protocol::AuthTokens issueTokens(const protocol::User &user, const QString &family);

    Database &m_database;
    PasswordHasher &m_hasher;
    LoginThrottle &m_throttle;
    const AccountEvents &m_events;
    AuthConfig m_config;
    TokenCache m_tokens;
};

} // namespace guild::server
