#pragma once

#include <QObject>

namespace guild::app {

class ApiClient;

/// Whether the server answered the last request: what the UI's online/offline indicator shows.
class Connectivity final : public QObject
{
    Q_OBJECT
public:
    explicit Connectivity(ApiClient &api, QObject *parent = nullptr);
    bool isOnline() const;

Q_SIGNALS:
    void onlineChanged(bool online);

private:
    ApiClient &m_api;
};

} // namespace guild::app
