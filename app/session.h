#pragma once

#include "protocol/api/accounts.h"
#include "protocol/types.h"

#include <QObject>
#include <QUrl>

namespace guild::app {

class ApiClient;
class SecretStore;

/// Who is signed in to which server. Signs in with a password or resumes with the refresh token from
/// the keychain; keeps that token in the keychain as it rotates. If the keychain cannot be used it says
/// so and holds the token for this run only: nothing secret is ever written to disk in plain text.
class Session final : public QObject
{
    Q_OBJECT
public:
    enum class State
    {
        SignedOut,
        SigningIn,
        SignedIn
    };
    Q_ENUM(State)

    Session(ApiClient &api, SecretStore &secrets, QObject *parent = nullptr);

    void signIn(const QUrl &server, const QString &username, const QString &password);
    /// Creates the account on `server`, then signs in with it (signedIn, or signInFailed with the
    /// server's reason: a name taken, say).
    void signUp(const QUrl &server, const protocol::RegisterRequest &request);
    /// A forgotten password: asks `server` to mail a one-time code to the account `login` names
    /// (answers with recoveryDone, whether or not the account exists, or recoveryFailed).
    void requestResetCode(const QUrl &server, const QString &login);
    /// Sets a new password with a code from the mail or an admin (recoveryDone or recoveryFailed).
    void resetPassword(const QUrl &server, const QString &code, const QString &newPassword);
    /// Resumes the last session on `server` as `username` from the stored refresh token, if any.
    void resume(const QUrl &server, const QString &username);
    /// The same, knowing who the member was when last signed in (their role, from the cache): the
    /// window shows their panels at once, offline too, until the server says otherwise.
    void resume(const QUrl &server, const QString &username, const protocol::User &lastKnown);
    void signOut();

    State state() const { return m_state; }
    const protocol::User &user() const { return m_user; }
    QUrl server() const { return m_server; }
    /// Stable key for this account on this server: names its keychain entry and its cache directory.
    QString accountKey() const;
    static QString accountKey(const QUrl &server, const QString &username);

Q_SIGNALS:
    void stateChanged(guild::app::Session::State state);
    void signedIn(const guild::protocol::User &user);
    void signInFailed(const QString &message, bool networkFailure);
    void recoveryDone();
    void recoveryFailed(const QString &message);
    /// The keychain could not be used; the member should know the session will not survive a restart.
    void keychainUnavailable(const QString &message);
    void signedOut();

private:
    void setState(State state);
    void storeRefreshToken(const QString &token);
    void completeSignIn(const protocol::User &user);

    ApiClient &m_api;
    SecretStore &m_secrets;
    State m_state = State::SignedOut;
    protocol::User m_user;
    QUrl m_server;
    bool m_keychainWorks = true;
};

} // namespace guild::app
