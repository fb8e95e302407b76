#pragma once

#include "protocol/api/moderation.h"

#include <QObject>

namespace guild::app {

class ApiClient;

/// The member's own account from the client: password, display name, and the devices signed in.
/// Refusals come back as messages (notice); nothing is kept offline.
class ProfileService final : public QObject
{
    Q_OBJECT
public:
    explicit ProfileService(ApiClient &api, QObject *parent = nullptr);

    void changePassword(const QString &current, const QString &replacement);
    void changeDisplayName(const QString &displayName);
    /// A PNG or JPEG already made small (at most 64 KiB); empty removes the picture.
    void setAvatar(const QByteArray &image);
    /// The member's own picture; answers with avatarLoaded (empty when there is none).
    void loadAvatar();
    void loadSessions();
    /// Signs the device whose login is `id` out (not this one: use signOutEverywhere or sign out).
    void endSession(const QString &id);
    /// Every device, this one included: answers with signedOutEverywhere.
    void signOutEverywhere();

Q_SIGNALS:
    void sessionsLoaded(const QList<guild::protocol::DeviceSession> &sessions);
    void passwordChanged();
    void displayNameChanged(const QString &displayName);
    void avatarLoaded(const QByteArray &image);
    /// The server took the member's new picture (empty: removed).
    void avatarChanged(const QByteArray &image);
    void signedOutEverywhere();
    void notice(const QString &message, bool ok);

private:
    ApiClient &m_api;
};

} // namespace guild::app
