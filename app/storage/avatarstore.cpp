#include "avatarstore.h"

#include "cachesql.h"

using namespace Qt::StringLiterals;

namespace guild::app {

std::optional<AvatarStore::Picture> AvatarStore::find(qint64 memberId)
{
    auto q = cachesql::query(m_db, u"SELECT image, fetched_at FROM avatars WHERE member_id = ?"_s, {memberId});
    if (!q || !q->next()) {
        return std::nullopt;
    }
    return Picture{q->value(0).toByteArray(), QDateTime::fromSecsSinceEpoch(q->value(1).toLongLong(), Qt::UTC)};
}

bool AvatarStore::save(qint64 memberId, const Picture &picture)
{
    // NULL rather than an empty blob for "no picture", as the schema says.
    const QVariant image =
        picture.bytes.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray)) : QVariant(picture.bytes);
    return cachesql::run(
        m_db,
        u"INSERT INTO avatars (member_id, image, fetched_at) VALUES (?, ?, ?) "
        u"ON CONFLICT (member_id) DO UPDATE SET image = excluded.image, fetched_at = excluded.fetched_at"_s,
        {memberId, image, picture.fetchedAt.toSecsSinceEpoch()});
}

} // namespace guild::app
