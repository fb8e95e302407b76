#pragma once

#include "routegroup.h"

#include <functional>

namespace guild::server {

class EventService;
class FeedbackService;
class QuestionService;
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
    explicit QuestionRoutes(QuestionService &questions);
    void attach(ApiServer &server) override;

private:
    QuestionService &m_questions;
};

/// Events with RSVPs, and feedback from members to the admins.
class EventRoutes final : public RouteGroup
{
public:
    EventRoutes(EventService &events, FeedbackService &feedback);
    void attach(ApiServer &server) override;

private:
    EventService &m_events;
    FeedbackService &m_feedback;
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
