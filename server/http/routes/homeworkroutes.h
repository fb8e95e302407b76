#pragma once

#include "routegroup.h"

namespace guild::server {

class HomeworkService;

/// Homework handed in and reviewed, and the notifications reviews send (protocol/endpoints/courses.h).
class HomeworkRoutes final : public RouteGroup
{
public:
    explicit HomeworkRoutes(HomeworkService &homework);
    void attach(ApiServer &server) override;

private:
    HomeworkService &m_homework;
};

} // namespace guild::server
