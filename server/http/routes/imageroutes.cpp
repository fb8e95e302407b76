#include "imageroutes.h"

#include "domain/imagelibrary.h"
#include "http/handle.h"
#include "protocol/endpoints/authoring.h"

namespace guild::server {

using namespace protocol;

ImageRoutes::ImageRoutes(ImageLibrary &images)
    : m_images(images)
{}

void ImageRoutes::attach(ApiServer &server)
{
    handle(server, endpoints::UploadImage,
           [this](const Call &call) { return m_images.upload(call.user(), call.http.body); });
    handle(server, endpoints::Image, [this](const Call &call) {
        const auto image = m_images.image(call.user(), call.id);
        // A picture never changes under its id: clients may keep it as long as they like.
        return image.ok() ? Reply::bytes(image.value().first, image.value().second) : Reply::error(image.error());
    });
}

} // namespace guild::server
