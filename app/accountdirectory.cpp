#include "accountdirectory.h"

#include "session.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace guild::app {

namespace {
const QString ListKey = u"accounts"_s;
const QString CurrentKey = u"accounts/current"_s;
// Before several communities: the one account, kept under these.
const QString OldServerKey = u"account/server"_s;
const QString OldUserKey = u"account/username"_s;
} // namespace

QString KnownAccount::key() const
{
    return Session::accountKey(server, username);
}

AccountDirectory::AccountDirectory(QSettings &settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{
    const int count = m_settings.beginReadArray(ListKey);
    for (int i = 0; i < count; ++i) {
        m_settings.setArrayIndex(i);
        KnownAccount account{m_settings.value(u"server"_s).toUrl(), m_settings.value(u"username"_s).toString(),
                             m_settings.value(u"name"_s).toString()};
        if (account.server.isValid() && !account.username.isEmpty()) {
            m_accounts.append(account);
        }
    }
    m_settings.endArray();
    m_current = m_settings.value(CurrentKey).toString();
    const QUrl oldServer = m_settings.value(OldServerKey).toUrl();
    const QString oldUser = m_settings.value(OldUserKey).toString();
    if (m_accounts.isEmpty() && oldServer.isValid() && !oldUser.isEmpty()) {
        remember({oldServer, oldUser, oldServer.host()}); // the account an earlier version knew
    }
}

std::optional<KnownAccount> AccountDirectory::current() const
{
    return find(m_current);
}

std::optional<KnownAccount> AccountDirectory::find(const QString &key) const
{
    for (const KnownAccount &account : m_accounts) {
        if (account.key() == key) {
            return account;
        }
    }
    return std::nullopt;
}

void AccountDirectory::remember(const KnownAccount &account)
{
    bool known = false;
    for (KnownAccount &a : m_accounts) {
        if (a.key() == account.key()) {
            a.name = account.name.isEmpty() ? a.name : account.name;
            known = true;
        }
    }
    if (!known) {
        m_accounts.append(account);
    }
    m_current = account.key();
    save();
}

void AccountDirectory::setCurrent(const QString &key)
{
    if (find(key) && key != m_current) {
        m_current = key;
        save();
    }
}

void AccountDirectory::forget(const QString &key)
{
    m_accounts.removeIf([&key](const KnownAccount &a) { return a.key() == key; });
    if (m_current == key) {
        m_current = m_accounts.isEmpty() ? QString() : m_accounts.first().key();
    }
    save();
}

void AccountDirectory::save()
{
    m_settings.beginWriteArray(ListKey, int(m_accounts.size()));
    for (int i = 0; i < m_accounts.size(); ++i) {
        m_settings.setArrayIndex(i);
        m_settings.setValue(u"server"_s, m_accounts[i].server);
        m_settings.setValue(u"username"_s, m_accounts[i].username);
        m_settings.setValue(u"name"_s, m_accounts[i].name);
    }
    m_settings.endArray();
    m_settings.setValue(CurrentKey, m_current);
    // What an earlier version (and the sign-in box) reads: the open one.
    if (const auto open = current()) {
        m_settings.setValue(OldServerKey, open->server);
        m_settings.setValue(OldUserKey, open->username);
    }
    Q_EMIT changed();
}

} // namespace guild::app
