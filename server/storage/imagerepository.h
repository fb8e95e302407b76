#pragma once

#include <QByteArray>
#include <QSqlDatabase>

#include <optional>

namespace guild::server {

/// The pictures members put in what they write (images), by id.
class ImageRepository final
{
public:
    explicit ImageRepository(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    struct Image
    {
        QByteArray contentType;
        QByteArray bytes;
    };

    /// Keeps a picture under id; false when the id is taken (the caller draws another).
    bool insert(qint64 id, qint64 ownerId, const Image &image, qint64 createdAtMs);
    std::optional<Image> find(qint64 id);
    int countOwnedBy(qint64 ownerId);

private:
    QSqlDatabase m_db;
};

} // namespace guild::server
