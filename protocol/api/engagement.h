#pragma once

#include "protocol/contract.h"
#include "protocol/engagement.h"

// Bodies of the engagement routes: points and check-ins, Q&A, events and feedback.
namespace guild::protocol {

struct CheckInRequest
{
    QString note;

    QJsonObject toJson() const;
    static std::optional<CheckInRequest> fromJson(const QJsonObject &json, ApiError *error);
};

/// GET /me/checkins: the days of one month ("YYYY-MM"; empty: this month).
struct CheckinsRequest
{
    QString month;

    QUrlQuery toQuery() const;
    static std::optional<CheckinsRequest> fromQuery(const QUrlQuery &query, ApiError *error);
};

/// The member's time zone (IANA id), for the day boundary of check-ins.
struct TimezoneRequest
{
    QString timezone;

    QJsonObject toJson() const;
    static std::optional<TimezoneRequest> fromJson(const QJsonObject &json, ApiError *error);
};

/// GET /leaderboard: week, month or all.
struct LeaderboardRequest
{
    QString period = QStringLiteral("week");

    QUrlQuery toQuery() const;
    static std::optional<LeaderboardRequest> fromQuery(const QUrlQuery &query, ApiError *error);
};

struct AskRequest
{
    QString title;
    QString body;
    QString expert; ///< a username to ask in particular; empty: anyone
    int bounty = 0;
    std::optional<Tier> requiredTier; ///< unset: the Q&A tier

    QJsonObject toJson() const;
    static std::optional<AskRequest> fromJson(const QJsonObject &json, ApiError *error);
};

/// An answer to a question, or an admin's answer to feedback (`answer`).
struct AnswerRequest
{
    QString body;

    QJsonObject toJson() const;
    static std::optional<AnswerRequest> fromJson(const QJsonObject &json, ApiError *error);
};

/// Up (1), down (-1) or neither (0).
struct VoteRequest
{
    int value = 0;

    QJsonObject toJson() const;
    static std::optional<VoteRequest> fromJson(const QJsonObject &json, ApiError *error);
};

struct FeatureRequest
{
    bool featured = false;

    QJsonObject toJson() const;
    static std::optional<FeatureRequest> fromJson(const QJsonObject &json, ApiError *error);
};

/// A new event: Event's fields that its organiser sets.
struct EventInput
{
    QString title;
    QString description;
    QDateTime startsAt;
    QString timezone;
    int capacity = 0; ///< 0: no limit
    QString joinUrl;
    std::optional<Tier> requiredTier; ///< unset: the events tier

    QJsonObject toJson() const;
    static std::optional<EventInput> fromJson(const QJsonObject &json, ApiError *error);
};

struct RsvpRequest
{
    bool going = true;

    QJsonObject toJson() const;
    static std::optional<RsvpRequest> fromJson(const QJsonObject &json, ApiError *error);
};

struct FeedbackRequest
{
    QString kind; ///< bug, idea or other
    QString body;

    QJsonObject toJson() const;
    static std::optional<FeedbackRequest> fromJson(const QJsonObject &json, ApiError *error);
};

struct FeedbackAnswerRequest
{
    QString answer;

    QJsonObject toJson() const;
    static std::optional<FeedbackAnswerRequest> fromJson(const QJsonObject &json, ApiError *error);
};

using StandingReply = One<engagement::Standing, "standing">;
using LedgerList = ListOf<engagement::PointsEntry, "ledger">;
using DayList = ListOf<QString, "days">;
using TimezoneReply = One<QString, "timezone">;
using LeaderList = ListOf<engagement::LeaderboardEntry, "leaders">;
using QuestionReply = One<engagement::Question, "question">;
using QuestionList = ListOf<engagement::Question, "questions">;
using AnswerReply = One<engagement::Answer, "answer">;
using EventReply = One<engagement::Event, "event">;
using EventList = ListOf<engagement::Event, "events">;

/// Which events: the upcoming ones (and those started in the last hour), soonest first, or with
/// `past` the ones already held, latest first.
struct EventsRequest
{
    bool past = false;

    QUrlQuery toQuery() const;
    static std::optional<EventsRequest> fromQuery(const QUrlQuery &query, ApiError *error);
};
using FeedbackReply = One<engagement::Feedback, "feedback">;
using FeedbackList = ListOf<engagement::Feedback, "feedback">;

} // namespace guild::protocol
