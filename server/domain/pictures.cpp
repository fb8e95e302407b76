#include "pictures.h"

#include "protocol/errorcodes.h"

using namespace Qt::StringLiterals;

namespace guild::server::pictures {

QByteArray type(const QByteArray &image)
{
    if (image.startsWith(QByteArray::fromHex("89504e470d0a1a0a"))) {
        return QByteArrayLiteral("image/png");
    }
    if (image.startsWith(QByteArray::fromHex("ffd8ff"))) {
        return QByteArrayLiteral("image/jpeg");
    }
    return {};
}

std::optional<protocol::ApiError> refusal(const QByteArray &image, qsizetype maxBytes)
{
    if (image.size() > maxBytes) {
        return protocol::ApiError{413, QString(protocol::errors::PayloadTooLarge),
                                  u"A picture is at most %1 KiB: make it smaller."_s.arg(maxBytes / 1024)};
    }
    if (!image.isEmpty() && type(image).isEmpty()) {
        return protocol::ApiError{415, QString(protocol::errors::UnsupportedMediaType),
                                  u"A picture is a PNG or a JPEG."_s};
    }
    return std::nullopt;
}

} // namespace guild::server::pictures
