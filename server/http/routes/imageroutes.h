#pragma once

#include "routegroup.h"

namespace guild::server {

class ImageLibrary;

/// Pictures in what members write (protocol/endpoints/authoring.h: UploadImage, Image).
class ImageRoutes final : public RouteGroup
{
public:
    explicit ImageRoutes(ImageLibrary &images);
    void attach(ApiServer &server) override;

private:
    ImageLibrary &m_images;
};

} // namespace guild::server
