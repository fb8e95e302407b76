#include "communityservice.h"

#include "net/apiclient.h"
#include "protocol/endpoints.h"

using namespace Qt::StringLiterals;

namespace guild::app {

using namespace protocol;
using namespace protocol::engagement;

CommunityService::CommunityService(ApiClient &api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{}

void CommunityService::loadQuestions()
{
    m_api.call(endpoints::ListQuestions, {}, this, [this](const ApiResult<QuestionList> &r) {
        if (!r.ok()) {
            Q_EMIT notice(r.message, false);
            return;
        }
        Q_EMIT questionsLoaded(r->items);
    });
}

void CommunityService::openQuestion(qint64 id)
{
    m_api.call(endpoints::GetQuestion, id, {}, this, [this](const ApiResult<QuestionReply> &r) {
        if (r.ok()) {
            Q_EMIT questionOpened(r->value);
        } else {
            Q_EMIT notice(r.message, false);
        }
    });
}

void CommunityService::ask(const QString &title, const QString &body, const QString &expert, int bounty)
{
    AskRequest request;
    request.title = title.trimmed();
    request.body = body;
    request.expert = expert.trimmed();
    request.bounty = bounty;
    m_api.call(endpoints::AskQuestion, request, this, [this](const ApiResult<QuestionReply> &r) {
        if (!r.ok()) {
            Q_EMIT notice(r.message, false);
            return;
        }
        const Question &q = r->value;
        Q_EMIT notice(q.bounty > 0 ? tr("Question posted; %n point(s) held as its bounty.", nullptr, q.bounty)
                                   : tr("Question posted."),
                      true);
        loadQuestions();
        Q_EMIT questionOpened(q);
    });
}

void CommunityService::answer(qint64 questionId, const QString &body)
{
    m_api.call(endpoints::AnswerQuestion, questionId, AnswerRequest{body}, this,
               [this, questionId](const ApiResult<AnswerReply> &r) {
                   if (!r.ok()) {
                       Q_EMIT notice(r.message, false);
                       return;
                   }
                   Q_EMIT notice(tr("Answer posted."), true);
                   Q_EMIT answered(questionId);
                   openQuestion(questionId);
                   loadQuestions(); // its answer count
               });
}

void CommunityService::vote(qint64 questionId, qint64 answerId, int value)
{
    m_api.call(endpoints::VoteAnswer, answerId, VoteRequest{value}, this,
               [this, questionId](const ApiResult<AnswerReply> &r) {
                   if (!r.ok()) {
                       Q_EMIT notice(r.message, false);
                       return;
                   }
                   openQuestion(questionId);
               });
}

void CommunityService::accept(qint64 answerId)
{
    m_api.call(endpoints::AcceptAnswer, answerId, {}, this, [this](const ApiResult<QuestionReply> &r) {
        if (!r.ok()) {
            Q_EMIT notice(r.message, false);
            return;
        }
        Q_EMIT notice(tr("Answer accepted."), true);
        Q_EMIT questionOpened(r->value);
        loadQuestions();
    });
}

void CommunityService::featureAnswer(qint64 questionId, qint64 answerId, bool featured)
{
    m_api.call(endpoints::FeatureAnswer, answerId, FeatureRequest{featured}, this,
               [this, questionId, featured](const ApiResult<AnswerReply> &r) {
                   if (!r.ok()) {
                       Q_EMIT notice(r.message, false);
                       return;
                   }
                   Q_EMIT notice(featured ? tr("The answer is in the digest.") : tr("The answer left the digest."),
                                 true);
                   openQuestion(questionId);
               });
}

void CommunityService::loadMyFeedback()
{
    m_api.call(endpoints::MyFeedback, {}, this, [this](const ApiResult<FeedbackList> &r) {
        if (r.ok()) {
            Q_EMIT myFeedbackLoaded(r->items);
        }
    });
}

void CommunityService::loadEvents()
{
    m_api.call(endpoints::ListEvents, {}, this, [this](const ApiResult<EventList> &r) {
        if (!r.ok()) {
            Q_EMIT notice(r.message, false);
            return;
        }
        scheduleReminders(r->items);
        Q_EMIT eventsLoaded(r->items);
    });
}

void CommunityService::loadPastEvents()
{
    m_api.call(endpoints::ListEvents, EventsRequest{.past = true}, this, [this](const ApiResult<EventList> &r) {
        if (!r.ok()) {
            Q_EMIT notice(r.message, false);
            return;
        }
        Q_EMIT pastEventsLoaded(r->items);
    });
}

void CommunityService::scheduleReminders(const QList<Event> &events)
{
    constexpr qint64 LeadMs = 15 * 60 * 1000;
    constexpr qint64 HorizonMs = 24LL * 3600 * 1000; // further out, the next refresh schedules it
    m_reminders.clear();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const Event &e : events) {
        const qint64 startsIn = e.startsAt.toMSecsSinceEpoch() - now;
        // A locked event (the tier lapsed after the RSVP) has no join link to remind of.
        if (!e.going || e.locked || m_reminded.contains(e.id) || startsIn <= 0 || startsIn > HorizonMs) {
            continue;
        }
        auto timer = std::make_unique<QTimer>();
        timer->setSingleShot(true);
        connect(timer.get(), &QTimer::timeout, this, [this, e] {
            if (!m_reminded.contains(e.id)) {
                m_reminded.insert(e.id);
                Q_EMIT eventStartingSoon(e);
            }
        });
        timer->start(static_cast<int>(qMax<qint64>(0, startsIn - LeadMs)));
        m_reminders.push_back(std::move(timer));
    }
}

void CommunityService::rsvp(qint64 eventId, bool going)
{
    m_api.call(endpoints::Rsvp, eventId, RsvpRequest{going}, this, [this, going](const ApiResult<EventReply> &r) {
        if (!r.ok()) {
            Q_EMIT notice(r.message, false);
            return;
        }
        Q_EMIT notice(going ? tr("You are going. See you there!") : tr("Your seat is given back."), true);
        loadEvents();
    });
}

void CommunityService::saveEvent(qint64 eventId, const EventInput &input)
{
    const auto done = [this, eventId](const ApiResult<EventReply> &r) {
        if (!r.ok()) {
            Q_EMIT notice(r.message, false);
            return;
        }
        Q_EMIT notice(eventId > 0 ? tr("Event saved; members going keep their seats.") : tr("Event scheduled."), true);
        loadEvents();
    };
    if (eventId > 0) {
        m_api.call(endpoints::UpdateEvent, eventId, input, this, done);
    } else {
        m_api.call(endpoints::CreateEvent, input, this, done);
    }
}

void CommunityService::sendFeedback(const QString &kind, const QString &body)
{
    m_api.call(endpoints::SendFeedback, FeedbackRequest{kind, body}, this, [this](const ApiResult<FeedbackReply> &r) {
        Q_EMIT notice(r.ok() ? tr("Thank you: the admins will read it and answer you.") : r.message, r.ok());
        if (r.ok()) {
            loadMyFeedback();
        }
    });
}

void CommunityService::promoteThread(qint64 messageId, const QString &title)
{
    m_api.call(endpoints::PromoteToQuestion, messageId, PromoteToQuestionRequest{title.trimmed()}, this,
               [this](const ApiResult<QuestionReply> &r) {
                   if (!r.ok()) {
                       Q_EMIT notice(r.message, false);
                       return;
                   }
                   Q_EMIT notice(tr("The thread is now a question in Q&A."), true);
                   loadQuestions();
                   Q_EMIT questionOpened(r->value);
               });
}

} // namespace guild::app
