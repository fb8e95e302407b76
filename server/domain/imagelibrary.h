#pragma once

#include "authuser.h"
#include "protocol/api/authoring.h"
#include "result.h"

namespace guild::server {

class Database;

/// Pictures members put in what they write (articles, lessons, answers): PNG or JPEG, within a size,
/// kept under a random id. The id is the capability: any signed-in member who has it (from the Markdown
/// of something they can read) sees the picture, as with a link; ids are 53 random bits, so they are not
/// found by counting.
class ImageLibrary final
{
public:
    explicit ImageLibrary(Database &database);

    Result<protocol::ImageReply> upload(const AuthUser &member, const QByteArray &bytes);
    /// The picture's bytes and type.
    Result<std::pair<QByteArray, QByteArray>> image(const AuthUser &viewer, qint64 id);

private:
    Database &m_database;
};

} // namespace guild::server
