#include "imagelibrary.h"

#include "clock.h"
#include "pictures.h"
#include "protocol/errorcodes.h"
#include "protocol/limits.h"
#include "protocol/pictures.h"
#include "storage/database.h"
#include "storage/imagerepository.h"
#include "storage/sql.h"

#include <sodium.h>

using namespace Qt::StringLiterals;

namespace guild::server {

using protocol::ApiError;

namespace {
qint64 randomId()
{
    quint64 bits = 0;
    randombytes_buf(&bits, sizeof bits);
    const qint64 id = qint64(bits & ((quint64(1) << 53) - 1));
    return id > 0 ? id : 1;
}
} // namespace

ImageLibrary::ImageLibrary(Database &database)
    : m_database(database)
{}

Result<protocol::ImageReply> ImageLibrary::upload(const AuthUser &member, const QByteArray &bytes)
{
    if (bytes.isEmpty()) {
        return ApiError::badRequest(protocol::errors::InvalidField, u"Send the picture's bytes."_s);
    }
    if (auto refused = pictures::refusal(bytes, protocol::limits::ImageBytesMax)) {
        return *refused;
    }
    QSqlDatabase db = m_database.connection();
    sql::Transaction tx(db);
    ImageRepository repo(db);
    if (repo.countOwnedBy(member.id) >= protocol::limits::ImagesPerMemberMax) {
        return ApiError::conflict(
            protocol::errors::Conflict,
            u"You have %1 pictures on the server, the most one can keep."_s.arg(protocol::limits::ImagesPerMemberMax));
    }
    const ImageRepository::Image image{protocol::pictureType(bytes), bytes};
    qint64 id = randomId();
    while (!repo.insert(id, member.id, image, nowMs())) {
        id = randomId();
    }
    tx.commit();
    return protocol::ImageReply{id};
}

Result<std::pair<QByteArray, QByteArray>> ImageLibrary::image(const AuthUser &, qint64 id)
{
    const auto found = ImageRepository(m_database.connection()).find(id);
    if (!found) {
        return ApiError::notFound(u"No such picture."_s);
    }
    return std::pair{found->bytes, found->contentType};
}

} // namespace guild::server
