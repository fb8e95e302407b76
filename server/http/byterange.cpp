#include "byterange.h"

#include <QList>

namespace guild::server {

namespace {

bool parseNumber(const QByteArray &text, qint64 *value)
{
    if (text.isEmpty() || text.size() > 18) {
        return false;
    }
    for (char c : text) {
        if (c < '0' || c > '9') {
            return false;
        }
    }
    *value = text.toLongLong();
    return true;
}

} // namespace

ByteRange ByteRange::parse(const QByteArray &header, qint64 size, qint64 maxLength)
{
    const QByteArray value = header.trimmed();
    if (value.isEmpty() || !value.startsWith("bytes=")) {
        return {}; // absent, or a unit we do not know: ignored, as the RFC asks
    }
    const QByteArray spec = value.mid(6).trimmed();
    if (spec.contains(',')) {
        return {}; // several ranges: we may answer with the whole representation instead
    }
    const qsizetype dash = spec.indexOf('-');
    const ByteRange unsatisfiable{Kind::Unsatisfiable, 0, 0};
    if (dash < 0) {
        return unsatisfiable;
    }
    const QByteArray from = spec.left(dash).trimmed();
    const QByteArray to = spec.mid(dash + 1).trimmed();
    qint64 first = 0;
    qint64 last = size - 1;
    if (from.isEmpty()) {
        qint64 suffix = 0; // "-n": the last n bytes
        if (!parseNumber(to, &suffix) || suffix == 0 || size == 0) {
            return unsatisfiable;
        }
        first = qMax<qint64>(0, size - suffix);
    } else {
        if (!parseNumber(from, &first)) {
            return unsatisfiable;
        }
        if (!to.isEmpty()) {
            qint64 end = 0;
            if (!parseNumber(to, &end) || end < first) {
                return unsatisfiable; // malformed: rejected rather than guessed at
            }
            last = qMin(end, size - 1);
        }
        if (first >= size) {
            return unsatisfiable;
        }
    }
    last = qMin(last, first + maxLength - 1);
    return {Kind::Part, first, last};
}

} // namespace guild::server
