#include "engagementroutes.h"

#include "domain/clock.h"
#include "domain/eventservice.h"
#include "domain/feedbackservice.h"
#include "domain/pointsservice.h"
#include "domain/questionservice.h"
#include "http/handle.h"
#include "protocol/endpoints/engagement.h"
#include "protocol/endpoints/testing.h"

#include <QDateTime>

namespace guild::server {

using namespace protocol;
using namespace protocol::engagement;

namespace {

constexpr int LedgerShown = 200;
constexpr int QuestionsShown = 100;

} // namespace

PointsRoutes::PointsRoutes(PointsService &points)
    : m_points(points)
{}

void PointsRoutes::attach(ApiServer &server)
{
    handle(server, endpoints::MyStanding, [this](const Call &call) { return m_points.standing(call.user()); });
    handle(server, endpoints::MyPoints,
           [this](const Call &call) { return Result<QList<PointsEntry>>(m_points.ledger(call.user(), LedgerShown)); });
    handle(server, endpoints::CheckIn,
           [this](const Call &call, const CheckInRequest &r) { return m_points.checkIn(call.user(), r.note); });
    handle(server, endpoints::MyCheckins,
           [this](const Call &call, const CheckinsRequest &r) { return m_points.checkins(call.user(), r.month); });
    handle(server, endpoints::SetTimezone, [this](const Call &call, const TimezoneRequest &r) {
        return m_points.setTimezone(call.user(), r.timezone);
    });
    handle(server, endpoints::Leaderboard,
           [this](const Call &, const LeaderboardRequest &r) { return m_points.leaderboard(r.period); });
}

QuestionRoutes::QuestionRoutes(QuestionService &questions)
    : m_questions(questions)
{}

void QuestionRoutes::attach(ApiServer &server)
{
    handle(server, endpoints::ListQuestions, [this](const Call &call) {
        return Result<QList<Question>>(m_questions.questions(call.user(), QuestionsShown));
    });
    handle(server, endpoints::AskQuestion, [this](const Call &call, const AskRequest &r) {
        return m_questions.ask(call.user(), r.title, r.body, r.expert, r.bounty, r.requiredTier);
    });
    handle(server, endpoints::GetQuestion,
           [this](const Call &call) { return m_questions.question(call.user(), call.id); });
    handle(server, endpoints::AnswerQuestion, [this](const Call &call, const AnswerRequest &r) {
        return m_questions.answer(call.user(), call.id, r.body);
    });
    handle(server, endpoints::VoteAnswer,
           [this](const Call &call, const VoteRequest &r) { return m_questions.vote(call.user(), call.id, r.value); });
    handle(server, endpoints::FeatureAnswer, [this](const Call &call, const FeatureRequest &r) {
        return m_questions.feature(call.user(), call.id, r.featured);
    });
    handle(server, endpoints::AcceptAnswer,
           [this](const Call &call) { return m_questions.accept(call.user(), call.id); });
}

EventRoutes::EventRoutes(EventService &events, FeedbackService &feedback)
    : m_events(events)
    , m_feedback(feedback)
{}

void EventRoutes::attach(ApiServer &server)
{
    handle(server, endpoints::ListEvents, [this](const Call &call, const EventsRequest &r) {
        return Result<QList<Event>>(m_events.events(call.user(), r.past));
    });
    const auto eventOf = [](const EventInput &r) {
        Event event;
        event.title = r.title;
        event.description = r.description;
        event.startsAt = r.startsAt;
        event.timezone = r.timezone;
        event.capacity = r.capacity;
        event.joinUrl = r.joinUrl;
        return event;
    };
    handle(server, endpoints::CreateEvent, [this, eventOf](const Call &call, const EventInput &r) {
        return m_events.createEvent(call.user(), eventOf(r), r.requiredTier);
    });
    handle(server, endpoints::UpdateEvent, [this, eventOf](const Call &call, const EventInput &r) {
        return m_events.updateEvent(call.user(), call.id, eventOf(r), r.requiredTier);
    });
    handle(server, endpoints::Rsvp,
           [this](const Call &call, const RsvpRequest &r) { return m_events.rsvp(call.user(), call.id, r.going); });
    handle(server, endpoints::SendFeedback,
           [this](const Call &call, const FeedbackRequest &r) { return m_feedback.send(call.user(), r.kind, r.body); });
    handle(server, endpoints::ListFeedback, [this](const Call &call) { return m_feedback.latest(call.user()); });
    handle(server, endpoints::MyFeedback, [this](const Call &call) { return m_feedback.mine(call.user()); });
    handle(server, endpoints::AnswerFeedback, [this](const Call &call, const FeedbackAnswerRequest &r) {
        return m_feedback.answer(call.user(), call.id, r.answer);
    });
}

TestClockRoute::TestClockRoute(std::function<void()> moved)
    : m_moved(std::move(moved))
{}

void TestClockRoute::attach(ApiServer &server)
{
    handle(server, endpoints::TestClock, [this](const Call &, const ClockRequest &r) {
        setClockOffset(r.nowMs - QDateTime::currentMSecsSinceEpoch());
        m_moved();
        return Result<qint64>(nowMs());
    });
}

} // namespace guild::server
