#pragma once

#include "protocol/api/engagement.h"

// Engagement: points, check-ins, the leaderboard, Q&A, events and feedback.
namespace guild::protocol::endpoints {

inline constexpr Endpoint<NoRequest, StandingReply> MyStanding{
    {HttpMethod::Get, QLatin1StringView("/api/v1/me/standing"), Access::Bearer,
     "Points, level, badges, check-in streak"}};
inline constexpr Endpoint<NoRequest, LedgerList> MyPoints{
    {HttpMethod::Get, QLatin1StringView("/api/v1/me/points"), Access::Bearer, "The points ledger, newest first"}};
inline constexpr Endpoint<CheckInRequest, StandingReply, 201> CheckIn{
    {HttpMethod::Post, QLatin1StringView("/api/v1/me/checkin"), Access::Bearer,
     "The daily check-in, with an optional note"}};
inline constexpr Endpoint<CheckinsRequest, DayList> MyCheckins{
    {HttpMethod::Get, QLatin1StringView("/api/v1/me/checkins"), Access::Bearer, "Days checked in during a month"}};
inline constexpr Endpoint<TimezoneRequest, TimezoneReply> SetTimezone{
    {HttpMethod::Post, QLatin1StringView("/api/v1/me/timezone"), Access::Bearer,
     "The caller's time zone (days and streaks follow it)"}};
inline constexpr Endpoint<LeaderboardRequest, LeaderList> Leaderboard{
    {HttpMethod::Get, QLatin1StringView("/api/v1/leaderboard"), Access::Bearer,
     "Top members by points, this week or all time"}};
inline constexpr Endpoint<NoRequest, QuestionList> ListQuestions{
    {HttpMethod::Get, QLatin1StringView("/api/v1/questions"), Access::Bearer, "Q&A questions, newest first"}};
inline constexpr Endpoint<AskRequest, QuestionReply, 201> AskQuestion{
    {HttpMethod::Post, QLatin1StringView("/api/v1/questions"), Access::Bearer,
     "Ask, optionally of an expert, optionally with a bounty"}};
inline constexpr Endpoint<NoRequest, QuestionReply> GetQuestion{
    {HttpMethod::Get, QLatin1StringView("/api/v1/questions/{id}"), Access::Bearer, "A question with its answers"}};
inline constexpr Endpoint<AnswerRequest, AnswerReply, 201> AnswerQuestion{
    {HttpMethod::Post, QLatin1StringView("/api/v1/questions/{id}/answers"), Access::Bearer, "Answer a question"}};
inline constexpr Endpoint<VoteRequest, AnswerReply> VoteAnswer{
    {HttpMethod::Post, QLatin1StringView("/api/v1/answers/{id}/vote"), Access::Bearer, "Vote an answer up or down"}};
inline constexpr Endpoint<NoRequest, QuestionReply> AcceptAnswer{
    {HttpMethod::Post, QLatin1StringView("/api/v1/answers/{id}/accept"), Access::Bearer,
     "Accept an answer (the asker, once)"}};
inline constexpr Endpoint<FeatureRequest, AnswerReply> FeatureAnswer{
    {HttpMethod::Post, QLatin1StringView("/api/v1/answers/{id}/feature"), Access::Bearer,
     "Put an answer in the digest, or take it out (authors, admins)"}};
inline constexpr Endpoint<EventsRequest, EventList> ListEvents{
    {HttpMethod::Get, QLatin1StringView("/api/v1/events"), Access::Bearer,
     "Upcoming events with the caller's RSVP, or past ones with ?past=true"}};
inline constexpr Endpoint<EventInput, EventReply, 201> CreateEvent{
    {HttpMethod::Post, QLatin1StringView("/api/v1/events"), Access::Bearer, "Schedule an event (authors, admins)"}};
inline constexpr Endpoint<EventInput, EventReply> UpdateEvent{
    {HttpMethod::Patch, QLatin1StringView("/api/v1/events/{id}"), Access::Bearer,
     "Change an event: time, time zone, capacity, join link, tier (its author, admins)"}};
inline constexpr Endpoint<RsvpRequest, EventReply> Rsvp{
    {HttpMethod::Post, QLatin1StringView("/api/v1/events/{id}/rsvp"), Access::Bearer, "Go, or give the seat back"}};
inline constexpr Endpoint<FeedbackRequest, FeedbackReply, 201> SendFeedback{
    {HttpMethod::Post, QLatin1StringView("/api/v1/feedback"), Access::Bearer, "Send feedback or a bug report"}};
inline constexpr Endpoint<NoRequest, FeedbackList> MyFeedback{{HttpMethod::Get,
                                                               QLatin1StringView("/api/v1/me/feedback"), Access::Bearer,
                                                               "The caller's feedback with the admins' answers"}};
inline constexpr Endpoint<NoRequest, FeedbackList> ListFeedback{
    {HttpMethod::Get, QLatin1StringView("/api/v1/admin/feedback"), Access::Bearer, "Read feedback (admins)"}};
inline constexpr Endpoint<FeedbackAnswerRequest, FeedbackReply> AnswerFeedback{
    {HttpMethod::Post, QLatin1StringView("/api/v1/admin/feedback/{id}/answer"), Access::Bearer,
     "Answer feedback (admins; the member is notified)"}};

} // namespace guild::protocol::endpoints
