#include "secretrepository.h"

#include "sql.h"

using namespace Qt::StringLiterals;

namespace guild::server {

QByteArray SecretRepository::getOrCreate(const QString &name, const QByteArray &fresh)
{
    sql::exec(m_db, u"INSERT INTO server_secrets (name, value) VALUES (?, ?) ON CONFLICT DO NOTHING"_s,
              {name, QString::fromLatin1(fresh.toBase64())});
    return QByteArray::fromBase64(
        sql::scalar(m_db, u"SELECT value FROM server_secrets WHERE name = ?"_s, {name}).toString().toLatin1());
}

} // namespace guild::server
