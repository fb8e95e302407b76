#pragma once

#include "protocol/apierror.h"

#include <QByteArray>

#include <optional>

// Pictures members send (their own face, a course's cover): PNG or JPEG by their first bytes
// (protocol::pictureType), within a size, kept as base64 text so they travel with an export like every
// other column.
namespace guild::server::pictures {

/// Why `image` cannot be kept (413 over `maxBytes`, 415 not a PNG or JPEG), or nullopt. Empty is fine:
/// it removes the picture.
std::optional<protocol::ApiError> refusal(const QByteArray &image, qsizetype maxBytes);

} // namespace guild::server::pictures
