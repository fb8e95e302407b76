#include "communityservice.h"

#include "keptreads.h"
#include "net/apiclient.h"
#include "protocol/endpoints.h"
#include "writeoutbox.h"

#include <QTimer>

using namespace Qt::StringLiterals;

namespace guild::app {

using namespace protocol;
using namespace protocol::engagement;

namespace {

using Outcome = WriteOutbox::Outcome;

const QString QuestionKind = u"question"_s;
const QString AnswerKind = u"answer"_s;
const QString AnswerVoteKind = u"answer-vote"_s;
const QString RsvpKind = u"rsvp"_s;
const QString FeedbackKind = u"feedback"_s;
// Kept reads (KeptReads); LeaseGuard forgets the Q&A and events ones when paid content closes.
const QString QuestionsKey = u"questions"_s;
const QString QuestionKeyPrefix = u"question:"_s;
const QString EventsKey = u"events"_s;

} // namespace

CommunityService::CommunityService(ApiClient &api, LocalCache &cache, WriteOutbox &outbox, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_cache(cache)
    , m_outbox(outbox)
{
    connect(&m_outbox, &WriteOutbox::queued, this, [this](const PendingWrite &w) {
        if (w.kind == AnswerKind) {
            Q_EMIT pendingAnswersChanged(w.subjectId);
        }
    });
    // A refused question, answer or feedback stays in the outbox with its text (the member retries or
    // discards it there); a refused vote or RSVP is given up at once: the button is the retry.
    m_outbox.handle(QuestionKind, this, [this](const PendingWrite &, const Outcome &outcome) {
        if (const auto q = WriteOutbox::answerOf(endpoints::AskQuestion, outcome)) {
            Q_EMIT notice(q->value.bounty > 0
                              ? tr("Question posted; %n point(s) held as its bounty.", nullptr, q->value.bounty)
                              : tr("Question posted."),
                          true);
            loadQuestions();
            Q_EMIT questionOpened(q->value);
        } else if (outcome.kind == Outcome::Kind::Refused) {
            Q_EMIT notice(outcome.message, false);
        }
    });
    m_outbox.handle(AnswerKind, this, [this](const PendingWrite &w, const Outcome &outcome) {
        Q_EMIT pendingAnswersChanged(w.subjectId);
        if (outcome.kind == Outcome::Kind::Delivered) {
            Q_EMIT notice(tr("Answer posted."), true);
            Q_EMIT answered(w.subjectId);
            openQuestion(w.subjectId);
            loadQuestions(); // its answer count
        } else if (outcome.kind == Outcome::Kind::Refused) {
            Q_EMIT notice(outcome.message, false);
        }
    });
    m_outbox.handle(AnswerVoteKind, this, [this](const PendingWrite &w, const Outcome &outcome) {
        if (outcome.kind == Outcome::Kind::Refused) {
            Q_EMIT notice(outcome.message, false);
            m_outbox.discard(w.id);
        } else if (outcome.kind == Outcome::Kind::Delivered) {
            openQuestion(w.subjectId);
        }
    });
    m_outbox.handle(RsvpKind, this, [this](const PendingWrite &w, const Outcome &outcome) {
        if (outcome.kind == Outcome::Kind::Refused) {
            Q_EMIT notice(outcome.message, false);
            m_outbox.discard(w.id);
            loadEvents();
        } else if (outcome.kind == Outcome::Kind::Delivered) {
            ApiError unreadable;
            const auto request = RsvpRequest::fromJson(w.request(), &unreadable);
            const bool going = request && request->going;
            Q_EMIT notice(going ? tr("You are going. See you there!") : tr("Your seat is given back."), true);
            loadEvents();
        }
    });
    m_outbox.handle(FeedbackKind, this, [this](const PendingWrite &, const Outcome &outcome) {
        if (outcome.kind == Outcome::Kind::Delivered) {
            Q_EMIT notice(tr("Thank you: the admins will read it and answer you."), true);
            loadMyFeedback();
        } else if (outcome.kind == Outcome::Kind::Refused) {
            Q_EMIT notice(outcome.message, false);
        }
    });
}

QList<models::PendingWrite> CommunityService::pendingAnswers(qint64 questionId) const
{
    return m_outbox.writesAbout(AnswerKind, questionId);
}

template <typename E>
void CommunityService::write(const E &endpoint, const QString &target, const typename E::Request &request,
                             const QString &kind, qint64 subjectId, const QString &queue)
{
    if (auto refused = m_outbox.add(endpoint, target, request, {queue, kind, subjectId})) {
        // Asynchronous, like every answer: the caller connects before it hears back.
        QTimer::singleShot(0, this, [this, message = *refused] { Q_EMIT notice(message, false); });
        return;
    }
    if (!m_api.isOnline()) {
        Q_EMIT notice(tr("Saved. It goes to the server when Guild is back online."), true);
    }
}

void CommunityService::noteKept(const QDateTime &keptAt)
{
    if (keptAt.isValid()) {
        Q_EMIT notice(KeptReads::asOf(keptAt), true);
    }
}

void CommunityService::loadQuestions()
{
    m_api.call(endpoints::ListQuestions, {}, this, [this](const ApiResult<QuestionList> &r) {
        KeptReads::settle<QuestionList>(
            m_cache, this, QuestionsKey, r,
            [this](const QuestionList &questions, const QDateTime &keptAt) {
                Q_EMIT questionsLoaded(questions.items);
                noteKept(keptAt);
            },
            [this](const QString &message) { Q_EMIT notice(message, false); });
    });
}

void CommunityService::openQuestion(qint64 id)
{
    m_api.call(endpoints::GetQuestion, id, {}, this, [this, id](const ApiResult<QuestionReply> &r) {
        KeptReads::settle<QuestionReply>(
            m_cache, this, QuestionKeyPrefix + QString::number(id), r,
            [this](const QuestionReply &question, const QDateTime &keptAt) {
                Q_EMIT questionOpened(question.value);
                noteKept(keptAt);
            },
            [this](const QString &message) { Q_EMIT notice(message, false); });
    });
}

void CommunityService::ask(const QString &title, const QString &body, const QString &expert, int bounty)
{
    AskRequest request;
    request.title = title.trimmed();
    request.body = body;
    request.expert = expert.trimmed();
    request.bounty = bounty;
    write(endpoints::AskQuestion, endpoints::AskQuestion.url(), request, QuestionKind, 0, u"questions"_s);
}

void CommunityService::answer(qint64 questionId, const QString &body)
{
    write(endpoints::AnswerQuestion, endpoints::AnswerQuestion.url(questionId), AnswerRequest{body}, AnswerKind,
          questionId, u"question:"_s + QString::number(questionId));
}

void CommunityService::vote(qint64 questionId, qint64 answerId, int value)
{
    write(endpoints::VoteAnswer, endpoints::VoteAnswer.url(answerId), VoteRequest{value}, AnswerVoteKind, questionId,
          u"question:"_s + QString::number(questionId));
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
        KeptReads::settle<FeedbackList>(
            m_cache, this, u"my-feedback"_s, r,
            [this](const FeedbackList &feedback, const QDateTime &) { Q_EMIT myFeedbackLoaded(feedback.items); });
    });
}

void CommunityService::loadEvents()
{
    m_api.call(endpoints::ListEvents, {}, this, [this](const ApiResult<EventList> &r) {
        KeptReads::settle<EventList>(
            m_cache, this, EventsKey, r,
            [this](const EventList &events, const QDateTime &keptAt) {
                scheduleReminders(events.items); // reminders come offline too
                Q_EMIT eventsLoaded(events.items);
                noteKept(keptAt);
            },
            [this](const QString &message) { Q_EMIT notice(message, false); });
    });
}

void CommunityService::loadPastEvents()
{
    m_api.call(endpoints::ListEvents, EventsRequest{.past = true}, this, [this](const ApiResult<EventList> &r) {
        KeptReads::settle<EventList>(
            m_cache, this, EventsKey + u":past"_s, r,
            [this](const EventList &events, const QDateTime &keptAt) {
                Q_EMIT pastEventsLoaded(events.items);
                noteKept(keptAt);
            },
            [this](const QString &message) { Q_EMIT notice(message, false); });
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
    write(endpoints::Rsvp, endpoints::Rsvp.url(eventId), RsvpRequest{going}, RsvpKind, eventId,
          u"event:"_s + QString::number(eventId));
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
    write(endpoints::SendFeedback, endpoints::SendFeedback.url(), FeedbackRequest{kind, body}, FeedbackKind, 0,
          u"feedback"_s);
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
