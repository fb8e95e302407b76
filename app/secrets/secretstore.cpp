#include "secretstore.h"

#include <QTimer>
#include <qt6keychain/keychain.h>

namespace guild::app {

void MemorySecretStore::write(const QString &key, const QString &secret, Done done)
{
    m_secrets.insert(key, secret);
    QTimer::singleShot(0, this, [done] { done({}); });
}

void MemorySecretStore::read(const QString &key, Read done)
{
    const auto it = m_secrets.constFind(key);
    const std::optional<QString> value = it == m_secrets.cend() ? std::nullopt : std::optional<QString>(*it);
    QTimer::singleShot(0, this, [done, value] { done(value, {}); });
}

void MemorySecretStore::remove(const QString &key, Done done)
{
    m_secrets.remove(key);
    QTimer::singleShot(0, this, [done] { done({}); });
}

KeychainSecretStore::KeychainSecretStore(const QString &service, QObject *parent)
    : SecretStore(parent)
    , m_service(service)
{}

void KeychainSecretStore::write(const QString &key, const QString &secret, Done done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service, this); // auto-deletes when finished
    job->setKey(key);
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, this,
            [done](QKeychain::Job *j) { done(j->error() == QKeychain::NoError ? QString() : j->errorString()); });
    job->start();
}

void KeychainSecretStore::read(const QString &key, Read done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [done](QKeychain::Job *j) {
        auto *reader = static_cast<QKeychain::ReadPasswordJob *>(j);
        if (j->error() == QKeychain::EntryNotFound) {
            done(std::nullopt, {});
        } else if (j->error() != QKeychain::NoError) {
            done(std::nullopt, j->errorString());
        } else {
            done(reader->textData(), {});
        }
    });
    job->start();
}

void KeychainSecretStore::remove(const QString &key, Done done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [done](QKeychain::Job *j) {
        const bool ok = j->error() == QKeychain::NoError || j->error() == QKeychain::EntryNotFound;
        done(ok ? QString() : j->errorString());
    });
    job->start();
}

} // namespace guild::app
