#pragma once

#include "protocol/endpoint.h"

// Engagement: points, check-ins, the leaderboard, Q&A, events and feedback.
namespace guild::protocol::endpoints {

inline constexpr Route MyStanding{HttpMethod::Get, QLatin1StringView("/api/v1/me/standing"), Access::Bearer,
                                  QLatin1StringView("Points, level, badges, check-in streak")};
inline constexpr Route MyPoints{HttpMethod::Get, QLatin1StringView("/api/v1/me/points"), Access::Bearer,
                                QLatin1StringView("The points ledger, newest first")};
inline constexpr Route CheckIn{HttpMethod::Post, QLatin1StringView("/api/v1/me/checkin"), Access::Bearer,
                               QLatin1StringView("The daily check-in, with an optional note")};
inline constexpr Route MyCheckins{HttpMethod::Get, QLatin1StringView("/api/v1/me/checkins"), Access::Bearer,
                                  QLatin1StringView("Days checked in during a month")};
inline constexpr Route SetTimezone{HttpMethod::Post, QLatin1StringView("/api/v1/me/timezone"), Access::Bearer,
                                   QLatin1StringView("The caller's time zone (days and streaks follow it)")};
inline constexpr Route Leaderboard{HttpMethod::Get, QLatin1StringView("/api/v1/leaderboard"), Access::Bearer,
                                   QLatin1StringView("Top members by points, this week or all time")};
inline constexpr Route ListQuestions{HttpMethod::Get, QLatin1StringView("/api/v1/questions"), Access::Bearer,
                                     QLatin1StringView("Q&A questions, newest first")};
inline constexpr Route AskQuestion{HttpMethod::Post, QLatin1StringView("/api/v1/questions"), Access::Bearer,
                                   QLatin1StringView("Ask, optionally of an expert, optionally with a bounty")};
inline constexpr Route GetQuestion{HttpMethod::Get, QLatin1StringView("/api/v1/questions/{id}"), Access::Bearer,
                                   QLatin1StringView("A question with its answers")};
inline constexpr Route AnswerQuestion{HttpMethod::Post, QLatin1StringView("/api/v1/questions/{id}/answers"),
                                      Access::Bearer, QLatin1StringView("Answer a question")};
inline constexpr Route VoteAnswer{HttpMethod::Post, QLatin1StringView("/api/v1/answers/{id}/vote"), Access::Bearer,
                                  QLatin1StringView("Vote an answer up or down")};
inline constexpr Route AcceptAnswer{HttpMethod::Post, QLatin1StringView("/api/v1/answers/{id}/accept"), Access::Bearer,
                                    QLatin1StringView("Accept an answer (the asker, once)")};
inline constexpr Route FeatureAnswer{
    HttpMethod::Post, QLatin1StringView("/api/v1/answers/{id}/feature"), Access::Bearer,
    QLatin1StringView("Put an answer in the digest, or take it out (authors, admins)")};
inline constexpr Route ListEvents{HttpMethod::Get, QLatin1StringView("/api/v1/events"), Access::Bearer,
                                  QLatin1StringView("Upcoming events with the caller's RSVP")};
inline constexpr Route CreateEvent{HttpMethod::Post, QLatin1StringView("/api/v1/events"), Access::Bearer,
                                   QLatin1StringView("Schedule an event (authors, admins)")};
inline constexpr Route Rsvp{HttpMethod::Post, QLatin1StringView("/api/v1/events/{id}/rsvp"), Access::Bearer,
                            QLatin1StringView("Go, or give the seat back")};
inline constexpr Route SendFeedback{HttpMethod::Post, QLatin1StringView("/api/v1/feedback"), Access::Bearer,
                                    QLatin1StringView("Send feedback or a bug report")};
inline constexpr Route ListFeedback{HttpMethod::Get, QLatin1StringView("/api/v1/admin/feedback"), Access::Bearer,
                                    QLatin1StringView("Read feedback (admins)")};
inline constexpr Route AnswerFeedback{HttpMethod::Post, QLatin1StringView("/api/v1/admin/feedback/{id}/answer"),
                                      Access::Bearer,
                                      QLatin1StringView("Answer feedback (admins; the member is notified)")};

} // namespace guild::protocol::endpoints
