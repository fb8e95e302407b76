#include "imagerepository.h"

#include "sql.h"

using namespace Qt::StringLiterals;

namespace guild::server {

bool ImageRepository::insert(qint64 id, qint64 ownerId, const Image &image, qint64 createdAtMs)
{
    if (sql::scalar(m_db, u"SELECT COUNT(*) FROM images WHERE id = ?"_s, {id}).toLongLong() > 0) {
        return false;
    }
    sql::exec(m_db,
              u"INSERT INTO images (id, owner_id, content_type, data, bytes, created_at) VALUES (?, ?, ?, ?, ?, ?)"_s,
              {id, ownerId, QString::fromLatin1(image.contentType), QString::fromLatin1(image.bytes.toBase64()),
               qint64(image.bytes.size()), createdAtMs});
    return true;
}

std::optional<ImageRepository::Image> ImageRepository::find(qint64 id)
{
    QSqlQuery q = sql::exec(m_db, u"SELECT content_type, data FROM images WHERE id = ?"_s, {id});
    if (!q.next()) {
        return std::nullopt;
    }
    return Image{q.value(0).toString().toLatin1(), QByteArray::fromBase64(q.value(1).toString().toLatin1())};
}

int ImageRepository::countOwnedBy(qint64 ownerId)
{
    return sql::scalar(m_db, u"SELECT COUNT(*) FROM images WHERE owner_id = ?"_s, {ownerId}).toInt();
}

} // namespace guild::server
