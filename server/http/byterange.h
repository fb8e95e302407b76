#pragma once

#include <QByteArray>
#include <QtGlobal>

namespace guild::server {

/// What a Range header asks of a file (RFC 9110 §14): one range of bytes, all of it, or nothing
/// that can be served.
struct ByteRange
{
    enum class Kind
    {
        Whole,        ///< no Range header, another unit, or several ranges: answer 200 with everything
        Part,         ///< answer 206 with [first, last]
        Unsatisfiable ///< answer 416 with "Content-Range: bytes */size"
    };
    Kind kind = Kind::Whole;
    qint64 first = 0;
    qint64 last = 0; ///< inclusive

    qint64 length() const { return last - first + 1; }

    /// Parses `header` for a file of `size` bytes; a part is cut to at most `maxLength` bytes (the
    /// client asks again for the rest, as media players and our downloader do).
    static ByteRange parse(const QByteArray &header, qint64 size, qint64 maxLength);
};

} // namespace guild::server
