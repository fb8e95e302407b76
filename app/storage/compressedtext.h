#pragma once

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>

#include <optional>

// Article bodies kept compressed in the offline cache (LZ4, about 0.7 of their size on the
// community's Chinese and English text) behind SQL functions, so the schema can read them as text:
// `body` is a virtual column computing guild_unpack(body_z), and the search index, its snippets and
// the reader read it as before. LZ4 because a search inflates up to 2,000 bodies a keystroke (under
// 1 ms; zlib would take 10; docs/performance.md).
namespace guild::app::compressedtext {

/// Registers guild_pack(text) -> blob and guild_unpack(blob) -> text on this SQLite connection.
bool registerFunctions(QSqlDatabase &db);

/// The stored form: a tag byte, then the UTF-8 as it is (tag 0) or its LZ4 block after the 32-bit
/// little-endian size of the UTF-8 (tag 1), whichever is smaller.
QByteArray pack(QByteArrayView utf8);
/// The UTF-8 a packed value holds; nullopt when it is not one pack() made (a damaged file).
std::optional<QByteArray> unpack(QByteArrayView packed);

} // namespace guild::app::compressedtext
