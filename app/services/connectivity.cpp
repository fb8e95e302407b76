#include "connectivity.h"

#include "net/apiclient.h"

namespace guild::app {

Connectivity::Connectivity(ApiClient &api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{
    connect(&m_api, &ApiClient::onlineChanged, this, &Connectivity::onlineChanged);
}

bool Connectivity::isOnline() const
{
    return m_api.isOnline();
}

} // namespace guild::app
