#include "picturestore.h"

#include "cachesql.h"

using namespace Qt::StringLiterals;

namespace guild::app {

std::optional<PictureStore::Picture> PictureStore::find(const QString &kind, qint64 id)
{
    auto q = cachesql::query(m_db, u"SELECT image, fetched_at FROM pictures WHERE kind = ? AND subject_id = ?"_s,
                             {kind, id});
    if (!q || !q->next()) {
        return std::nullopt;
    }
    return Picture{q->value(0).toByteArray(), QDateTime::fromSecsSinceEpoch(q->value(1).toLongLong(), Qt::UTC)};
}

bool PictureStore::save(const QString &kind, qint64 id, const Picture &picture)
{
    // NULL rather than an empty blob for "no picture", as the schema says.
    const QVariant image =
        picture.bytes.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray)) : QVariant(picture.bytes);
    return cachesql::run(m_db,
                         u"INSERT INTO pictures (kind, subject_id, image, fetched_at) VALUES (?, ?, ?, ?) "
                         u"ON CONFLICT (kind, subject_id) DO UPDATE SET image = excluded.image, "
                         u"fetched_at = excluded.fetched_at"_s,
                         {kind, id, image, picture.fetchedAt.toSecsSinceEpoch()});
}

bool PictureStore::trim(const QString &kind, qint64 maxBytes)
{
    return cachesql::run(m_db,
                         u"DELETE FROM pictures WHERE kind = ? AND subject_id IN (SELECT subject_id FROM ("
                         u"SELECT subject_id, SUM(COALESCE(LENGTH(image), 0)) OVER (ORDER BY fetched_at DESC, "
                         u"subject_id DESC) AS running FROM pictures WHERE kind = ?) WHERE running > ?)"_s,
                         {kind, kind, maxBytes});
}

} // namespace guild::app
