#include "scratchdatabase.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace guild::test {

namespace {

bool openAdmin(QSqlDatabase *db)
{
    static const QString name = u"guild-test-pg-admin"_s;
    const QUrl url(qEnvironmentVariable("GUILD_TEST_PG_URL"));
    *db = QSqlDatabase::contains(name) ? QSqlDatabase::database(name) : QSqlDatabase::addDatabase(u"QPSQL"_s, name);
    db->setHostName(url.host());
    db->setPort(url.port(5432));
    db->setUserName(url.userName());
    db->setPassword(url.password());
    db->setDatabaseName(url.path().mid(1));
    return db->isOpen() || db->open();
}

} // namespace

bool ScratchDatabase::wanted()
{
    return qEnvironmentVariable("GUILD_TEST_DATABASE") == u"postgres"_s;
}

bool ScratchDatabase::create()
{
    if (!m_url.isEmpty()) {
        return true;
    }
    if (qEnvironmentVariableIsEmpty("GUILD_TEST_PG_URL")) {
        qWarning("GUILD_TEST_DATABASE=postgres but GUILD_TEST_PG_URL is not set; run ./scripts/test.sh");
        return false;
    }
    QSqlDatabase admin;
    if (!openAdmin(&admin)) {
        qWarning() << "cannot reach PostgreSQL:" << admin.lastError().text();
        return false;
    }
    m_name = u"guild_t_"_s + QUuid::createUuid().toString(QUuid::Id128).left(16);
    QSqlQuery q(admin);
    // Database names cannot be bound; this one is generated above from hex digits only.
    if (!q.exec(u"CREATE DATABASE "_s + m_name)) {
        qWarning() << "CREATE DATABASE failed:" << q.lastError().text();
        m_name.clear();
        return false;
    }
    QUrl url(qEnvironmentVariable("GUILD_TEST_PG_URL"));
    url.setPath(u'/' + m_name);
    m_url = url.toString();
    return true;
}

ScratchDatabase::~ScratchDatabase()
{
    if (m_name.isEmpty()) {
        return;
    }
    QSqlDatabase admin;
    if (openAdmin(&admin)) {
        QSqlQuery q(admin);
        q.exec(u"DROP DATABASE IF EXISTS "_s + m_name + u" WITH (FORCE)"_s);
    }
}

} // namespace guild::test
