#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace guild::protocol {

/// Decodes strictly: any malformed sequence, overlong form or surrogate yields nullopt instead of U+FFFD.
std::optional<QString> decodeUtf8Strict(const QByteArray &bytes);

} // namespace guild::protocol
