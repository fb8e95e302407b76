#include "pictures.h"

#include "protocol/errorcodes.h"
#include "protocol/pictures.h"

using namespace Qt::StringLiterals;

namespace guild::server::pictures {

std::optional<protocol::ApiError> refusal(const QByteArray &image, qsizetype maxBytes)
{
    if (image.size() > maxBytes) {
        return protocol::ApiError{413, QString(protocol::errors::PayloadTooLarge),
                                  u"A picture is at most %1 KiB: make it smaller."_s.arg(maxBytes / 1024)};
    }
    if (!image.isEmpty() && protocol::pictureType(image).isEmpty()) {
        return protocol::ApiError{415, QString(protocol::errors::UnsupportedMediaType),
                                  u"A picture is a PNG or a JPEG."_s};
    }
    return std::nullopt;
}

} // namespace guild::server::pictures
