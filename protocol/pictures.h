#pragma once

#include <QByteArray>

namespace guild::protocol {

/// The type of a picture members send (a face, a course's cover) by its first bytes: "image/png",
/// "image/jpeg", or empty for anything else. The client labels its uploads with it; the server
/// accepts and serves by it.
QByteArray pictureType(const QByteArray &image);

} // namespace guild::protocol
