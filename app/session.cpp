#include "session.h"

#include "net/apiclient.h"
#include "protocol/endpoints.h"
#include "secrets/secretstore.h"

#include <QCryptographicHash>

using namespace Qt::StringLiterals;

namespace guild::app {

using namespace protocol;

Session::Session(ApiClient &api, SecretStore &secrets, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_secrets(secrets)
{
    connect(&m_api, &ApiClient::tokensRotated, this, &Session::storeRefreshToken);
    connect(&m_api, &ApiClient::sessionExpired, this, [this] {
        m_secrets.remove(accountKey(), [](const QString &) {});
        m_user = {};
        setState(State::SignedOut);
        Q_EMIT signedOut();
    });
}

QString Session::accountKey(const QUrl &server, const QString &username)
{
    const QByteArray identity =
        server.adjusted(QUrl::StripTrailingSlash).toString().toUtf8() + '\n' + username.toLower().toUtf8();
    return QString::fromLatin1(QCryptographicHash::hash(identity, QCryptographicHash::Sha256).toHex().left(32));
}

QString Session::accountKey() const
{
    return accountKey(m_server, m_user.username);
}

void Session::setState(State state)
{
    if (m_state != state) {
        m_state = state;
        Q_EMIT stateChanged(state);
    }
}

void Session::signIn(const QUrl &server, const QString &username, const QString &password)
{
    m_server = server;
    m_api.setBaseUrl(server);
    m_api.clearTokens();
    setState(State::SigningIn);
    m_api.call(endpoints::Login, LoginRequest{username, password}, this, [this](const ApiResult<AuthTokens> &tokens) {
        if (!tokens.ok()) {
            setState(State::SignedOut);
            Q_EMIT signInFailed(tokens.message, tokens.networkFailure);
            return;
        }
        m_api.setTokens(tokens->accessToken, tokens->refreshToken);
        m_user = tokens->user;
        storeRefreshToken(tokens->refreshToken);
        completeSignIn(tokens->user);
    });
}

void Session::signUp(const QUrl &server, const RegisterRequest &request)
{
    m_server = server;
    m_api.setBaseUrl(server);
    m_api.clearTokens();
    setState(State::SigningIn);
    m_api.call(endpoints::Register, request, this, [this, server, request](const ApiResult<UserReply> &made) {
        if (!made.ok()) {
            setState(State::SignedOut);
            Q_EMIT signInFailed(made.message, made.networkFailure);
            return;
        }
        signIn(server, made->value.username, request.password);
    });
}

void Session::requestResetCode(const QUrl &server, const QString &login)
{
    m_api.setBaseUrl(server);
    m_api.call(endpoints::ForgotPassword, ForgotRequest{login.trimmed()}, this, [this](const ApiResult<NoContent> &r) {
        if (r.ok()) {
            Q_EMIT recoveryDone();
        } else {
            Q_EMIT recoveryFailed(r.message);
        }
    });
}

void Session::resetPassword(const QUrl &server, const QString &code, const QString &newPassword)
{
    m_api.setBaseUrl(server);
    m_api.call(endpoints::ResetPassword, ResetRequest{code.trimmed(), newPassword}, this,
               [this](const ApiResult<NoContent> &r) {
                   if (r.ok()) {
                       Q_EMIT recoveryDone();
                   } else {
                       Q_EMIT recoveryFailed(r.message);
                   }
               });
}

void Session::resume(const QUrl &server, const QString &username)
{
    resume(server, username, User{0, username, username, Role::Member});
}

void Session::resume(const QUrl &server, const QString &username, const User &lastKnown)
{
    m_server = server;
    m_api.setBaseUrl(server);
    m_user = lastKnown.username == username ? lastKnown : User{0, username, username, Role::Member};
    setState(State::SigningIn);
    m_secrets.read(accountKey(), [this](const std::optional<QString> &token, const QString &error) {
        if (!error.isEmpty()) {
            m_keychainWorks = false;
            Q_EMIT keychainUnavailable(tr("The system keychain is not available (%1). You will need to sign in "
                                          "each time Guild starts.")
                                           .arg(error));
        }
        if (!token) {
            setState(State::SignedOut);
            Q_EMIT signInFailed(QString(), false);
            return;
        }
        m_api.setTokens(QString(), *token);
        // /me with no access token answers 401, which makes ApiClient refresh and replay.
        m_api.call(endpoints::Me, {}, this, [this](const ApiResult<CurrentUserReply> &me) {
            if (!me.ok()) {
                if (!me.networkFailure) {
                    setState(State::SignedOut);
                }
                Q_EMIT signInFailed(me.message, me.networkFailure);
                return;
            }
            m_user = me->value.user;
            completeSignIn(m_user);
        });
    });
}

void Session::completeSignIn(const User &user)
{
    setState(State::SignedIn);
    Q_EMIT signedIn(user);
}

void Session::storeRefreshToken(const QString &token)
{
    if (!m_keychainWorks) {
        return;
    }
    m_secrets.write(accountKey(), token, [this](const QString &error) {
        if (!error.isEmpty()) {
            m_keychainWorks = false;
            Q_EMIT keychainUnavailable(tr("The system keychain is not available (%1). You will need to sign in "
                                          "each time Guild starts.")
                                           .arg(error));
        }
    });
}

void Session::signOut()
{
    if (m_api.hasSession()) {
        m_api.call(endpoints::Logout, {}, this, [](const ApiResult<NoContent> &) {});
    }
    m_secrets.remove(accountKey(), [](const QString &) {});
    m_api.clearTokens();
    m_user = {};
    setState(State::SignedOut);
    Q_EMIT signedOut();
}

} // namespace guild::app
