#include "compressedtext.h"

#include "search/sqliteconnection.h"

#include <QtEndian>

#include <lz4.h>
#include <lz4hc.h>
#include <sqlite3.h>

namespace guild::app::compressedtext {

namespace {

enum Tag : char
{
    Plain = 0,
    Lz4 = 1
};
constexpr qsizetype SizeField = 4;
// Shorter text rarely shrinks and is read often (titles of tiny posts): kept as it is.
constexpr qsizetype SmallestWorthCompressing = 96;
// Far above any article the server accepts; a damaged size field must not allocate gigabytes.
constexpr quint32 LargestText = 64 * 1024 * 1024;

void packFunction(sqlite3_context *context, int, sqlite3_value **values)
{
    if (sqlite3_value_type(values[0]) == SQLITE_NULL) {
        sqlite3_result_null(context);
        return;
    }
    const auto *text = reinterpret_cast<const char *>(sqlite3_value_text(values[0]));
    const int length = sqlite3_value_bytes(values[0]);
    const QByteArray packed = pack(QByteArrayView(text, length));
    sqlite3_result_blob(context, packed.constData(), int(packed.size()), SQLITE_TRANSIENT);
}

void unpackFunction(sqlite3_context *context, int, sqlite3_value **values)
{
    switch (sqlite3_value_type(values[0])) {
    case SQLITE_NULL:
        sqlite3_result_null(context);
        return;
    case SQLITE_TEXT: // written before the bodies were packed, or by hand: text is text
        sqlite3_result_value(context, values[0]);
        return;
    default:
        break;
    }
    const auto *data = static_cast<const char *>(sqlite3_value_blob(values[0]));
    const std::optional<QByteArray> text = unpack(QByteArrayView(data, sqlite3_value_bytes(values[0])));
    if (!text) {
        // A damaged body reads as not cached: the reader fetches it again rather than failing the page.
        sqlite3_result_null(context);
        return;
    }
    sqlite3_result_text(context, text->constData(), int(text->size()), SQLITE_TRANSIENT);
}

} // namespace

QByteArray pack(QByteArrayView utf8)
{
    QByteArray out;
    if (utf8.size() >= SmallestWorthCompressing && utf8.size() <= LargestText) {
        const int bound = LZ4_compressBound(int(utf8.size()));
        out.resize(1 + SizeField + bound);
        out[0] = Lz4;
        qToLittleEndian<quint32>(quint32(utf8.size()), out.data() + 1);
        const int written =
            LZ4_compress_HC(utf8.data(), out.data() + 1 + SizeField, int(utf8.size()), bound, LZ4HC_CLEVEL_DEFAULT);
        if (written > 0 && 1 + SizeField + written < 1 + utf8.size()) {
            out.truncate(1 + SizeField + written);
            return out;
        }
    }
    out.resize(1 + utf8.size());
    out[0] = Plain;
    std::copy(utf8.begin(), utf8.end(), out.begin() + 1);
    return out;
}

std::optional<QByteArray> unpack(QByteArrayView packed)
{
    if (packed.isEmpty()) {
        return std::nullopt;
    }
    if (packed[0] == Plain) {
        return packed.sliced(1).toByteArray();
    }
    if (packed[0] != Lz4 || packed.size() < 1 + SizeField) {
        return std::nullopt;
    }
    const quint32 size = qFromLittleEndian<quint32>(packed.data() + 1);
    if (size > LargestText) {
        return std::nullopt;
    }
    QByteArray text(qsizetype(size), Qt::Uninitialized);
    const int read =
        LZ4_decompress_safe(packed.data() + 1 + SizeField, text.data(), int(packed.size() - 1 - SizeField), int(size));
    if (read != int(size)) {
        return std::nullopt;
    }
    return text;
}

bool registerFunctions(QSqlDatabase &db)
{
    sqlite3 *connection = search::sqliteConnection(db);
    // Deterministic and innocuous: the schema's generated column may call them.
    const int flags = SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS;
    return connection &&
           sqlite3_create_function_v2(connection, "guild_pack", 1, flags, nullptr, packFunction, nullptr, nullptr,
                                      nullptr) == SQLITE_OK &&
           sqlite3_create_function_v2(connection, "guild_unpack", 1, flags, nullptr, unpackFunction, nullptr, nullptr,
                                      nullptr) == SQLITE_OK;
}

} // namespace guild::app::compressedtext
