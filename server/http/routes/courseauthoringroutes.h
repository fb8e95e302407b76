#pragma once

#include "routegroup.h"

namespace guild::server {

class CourseAuthoring;
class VideoUploads;

/// Making courses from the client: drafts, sections, lessons, quizzes, order, and video uploads
/// (protocol/endpoints/authoring.h).
class CourseAuthoringRoutes final : public RouteGroup
{
public:
    CourseAuthoringRoutes(CourseAuthoring &authoring, VideoUploads &uploads);
    void attach(ApiServer &server) override;

private:
    CourseAuthoring &m_authoring;
    VideoUploads &m_uploads;
};

} // namespace guild::server
