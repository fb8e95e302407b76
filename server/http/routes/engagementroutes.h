#pragma once

#include "routegroup.h"

#include <functional>

namespace guild::server {

class CommunityService;
class PointsService;

/// Points, levels, daily check-ins, the member's time zone and the leaderboard
/// (protocol/endpoints/engagement.h).
class PointsRoutes final : public RouteGroup
{
public:
    explicit PointsRoutes(PointsService &points);
    void attach(ApiServer &server) override;

private:
    PointsService &m_points;
};

/// Q&A: questions with bounties, answers, votes, featured and accepted answers.
class QuestionRoutes final : public RouteGroup
{
public:
    explicit QuestionRoutes(CommunityService &community);
    void attach(ApiServer &server) override;

private:
    CommunityService &m_community;
};

/// Events with RSVPs, and feedback from members to the admins.
class EventRoutes final : public RouteGroup
{
public:
    explicit EventRoutes(CommunityService &community);
    void attach(ApiServer &server) override;

private:
    CommunityService &m_community;
};

/// Only with guild-server --test-clock: moves the server's clock (day-boundary tests); `moved` runs
/// after each move (live sessions look at their deadlines again).
class TestClockRoute final : public RouteGroup
{
public:
    explicit TestClockRoute(std::function<void()> moved);
    void attach(ApiServer &server) override;

private:
    std::function<void()> m_moved;
};

} // namespace guild::server
