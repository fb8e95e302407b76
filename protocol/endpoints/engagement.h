#pragma once

#include "protocol/endpoint.h"

// Engagement: points, check-ins, the leaderboard, Q&A, events and feedback.
namespace guild::protocol::endpoints {

inline constexpr Route MyStanding{HttpMethod::Get, QLatin1StringView("/api/v1/me/standing"), Access::Bearer,
                                  "Points, level, badges, check-in streak"};
inline constexpr Route MyPoints{HttpMethod::Get, QLatin1StringView("/api/v1/me/points"), Access::Bearer,
                                "The points ledger, newest first"};
inline constexpr Route CheckIn{HttpMethod::Post, QLatin1StringView("/api/v1/me/checkin"), Access::Bearer,
                               "The daily check-in, with an optional note"};
inline constexpr Route MyCheckins{HttpMethod::Get, QLatin1StringView("/api/v1/me/checkins"), Access::Bearer,
                                  "Days checked in during a month"};
inline constexpr Route SetTimezone{HttpMethod::Post, QLatin1StringView("/api/v1/me/timezone"), Access::Bearer,
                                   "The caller's time zone (days and streaks follow it)"};
inline constexpr Route Leaderboard{HttpMethod::Get, QLatin1StringView("/api/v1/leaderboard"), Access::Bearer,
                                   "Top members by points, this week or all time"};
inline constexpr Route ListQuestions{HttpMethod::Get, QLatin1StringView("/api/v1/questions"), Access::Bearer,
                                     "Q&A questions, newest first"};
inline constexpr Route AskQuestion{HttpMethod::Post, QLatin1StringView("/api/v1/questions"), Access::Bearer,
                                   "Ask, optionally of an expert, optionally with a bounty"};
inline constexpr Route GetQuestion{HttpMethod::Get, QLatin1StringView("/api/v1/questions/{id}"), Access::Bearer,
                                   "A question with its answers"};
inline constexpr Route AnswerQuestion{HttpMethod::Post, QLatin1StringView("/api/v1/questions/{id}/answers"),
                                      Access::Bearer, "Answer a question"};
inline constexpr Route VoteAnswer{HttpMethod::Post, QLatin1StringView("/api/v1/answers/{id}/vote"), Access::Bearer,
                                  "Vote an answer up or down"};
inline constexpr Route AcceptAnswer{HttpMethod::Post, QLatin1StringView("/api/v1/answers/{id}/accept"), Access::Bearer,
                                    "Accept an answer (the asker, once)"};
inline constexpr Route FeatureAnswer{HttpMethod::Post, QLatin1StringView("/api/v1/answers/{id}/feature"),
                                     Access::Bearer, "Put an answer in the digest, or take it out (authors, admins)"};
inline constexpr Route ListEvents{HttpMethod::Get, QLatin1StringView("/api/v1/events"), Access::Bearer,
                                  "Upcoming events with the caller's RSVP"};
inline constexpr Route CreateEvent{HttpMethod::Post, QLatin1StringView("/api/v1/events"), Access::Bearer,
                                   "Schedule an event (authors, admins)"};
inline constexpr Route Rsvp{HttpMethod::Post, QLatin1StringView("/api/v1/events/{id}/rsvp"), Access::Bearer,
                            "Go, or give the seat back"};
inline constexpr Route SendFeedback{HttpMethod::Post, QLatin1StringView("/api/v1/feedback"), Access::Bearer,
                                    "Send feedback or a bug report"};
inline constexpr Route ListFeedback{HttpMethod::Get, QLatin1StringView("/api/v1/admin/feedback"), Access::Bearer,
                                    "Read feedback (admins)"};
inline constexpr Route AnswerFeedback{HttpMethod::Post, QLatin1StringView("/api/v1/admin/feedback/{id}/answer"),
                                      Access::Bearer, "Answer feedback (admins; the member is notified)"};

} // namespace guild::protocol::endpoints
