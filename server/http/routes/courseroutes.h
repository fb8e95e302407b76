#pragma once

#include "routegroup.h"

namespace guild::server {

class CourseService;
class MediaSigner;

/// The course catalogue, lessons, quizzes, signed video links and the videos themselves, and
/// certificates (protocol/endpoints/courses.h; homework is HomeworkRoutes').
class CourseRoutes final : public RouteGroup
{
public:
    CourseRoutes(CourseService &courses, const MediaSigner &signer);
    void attach(ApiServer &server) override;

private:
    CourseService &m_courses;
    const MediaSigner &m_signer;
};

} // namespace guild::server
