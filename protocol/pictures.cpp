#include "pictures.h"

namespace guild::protocol {

QByteArray pictureType(const QByteArray &image)
{
    if (image.startsWith(QByteArray::fromHex("89504e470d0a1a0a"))) {
        return QByteArrayLiteral("image/png");
    }
    if (image.startsWith(QByteArray::fromHex("ffd8ff"))) {
        return QByteArrayLiteral("image/jpeg");
    }
    return {};
}

} // namespace guild::protocol
