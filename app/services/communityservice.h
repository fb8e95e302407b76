#pragma once

#include "models/pendingwrite.h"
#include "protocol/api/engagement.h"
#include "protocol/engagement.h"

#include <QObject>
#include <QSet>
#include <QTimer>

#include <memory>
#include <vector>

namespace guild::app {

class ApiClient;
class LocalCache;
class WriteOutbox;

/// Q&A (技术答疑), events and feedback for the UI. Points-bearing actions (a bounty, an accepted
/// answer) and seats are decided by the server; every request ends in a result or a message. What a
/// member writes (questions, answers, votes, RSVPs, feedback) goes through the write outbox, so it is
/// kept and sent when the server can be reached.
class CommunityService final : public QObject
{
    Q_OBJECT
public:
    CommunityService(ApiClient &api, LocalCache &cache, WriteOutbox &outbox, QObject *parent = nullptr);

    void loadQuestions();
    void openQuestion(qint64 id);
    void ask(const QString &title, const QString &body, const QString &expert, int bounty);
    void answer(qint64 questionId, const QString &body);
    void vote(qint64 questionId, qint64 answerId, int value);
    void accept(qint64 answerId);
    /// Authors and admins: an answer into the digest (精华) or out of it; the question reloads.
    void featureAnswer(qint64 questionId, qint64 answerId, bool featured);
    /// What the member sent as feedback, with the admins' answers; answers with myFeedbackLoaded.
    void loadMyFeedback();
    void loadEvents();
    /// The events already held; answers with pastEventsLoaded.
    void loadPastEvents();
    void rsvp(qint64 eventId, bool going);
    /// Authors and admins: a new event, or changes to one (`eventId` > 0); the list reloads.
    void saveEvent(qint64 eventId, const protocol::EventInput &input);
    void sendFeedback(const QString &kind, const QString &body);
    /// Authors and admins: the chat thread of `messageId` becomes a question with its replies as answers.
    void promoteThread(qint64 messageId, const QString &title);
    /// The member's answers to `questionId` the server does not have yet (waiting, or refused with why).
    QList<models::PendingWrite> pendingAnswers(qint64 questionId) const;

Q_SIGNALS:
    void questionsLoaded(const QList<guild::protocol::engagement::Question> &questions);
    void questionOpened(const guild::protocol::engagement::Question &question);
    void eventsLoaded(const QList<guild::protocol::engagement::Event> &events);
    /// Events already held, latest first.
    void pastEventsLoaded(const QList<guild::protocol::engagement::Event> &events);
    void myFeedbackLoaded(const QList<guild::protocol::engagement::Feedback> &feedback);
    void notice(const QString &message, bool ok);
    /// The member's answer to a question was posted.
    void answered(qint64 questionId);
    /// The member's answers on their way to `questionId` changed (one queued, refused, sent or discarded).
    void pendingAnswersChanged(qint64 questionId);
    /// An event the member is going to starts within 15 minutes (said once per event).
    void eventStartingSoon(const guild::protocol::engagement::Event &event);

private:
    void scheduleReminders(const QList<protocol::engagement::Event> &events);

    /// Queues a write; a refusal before sending (invalid input) becomes a notice, as an answer would.
    template <typename E>
    void write(const E &endpoint, const QString &target, const typename E::Request &request, const QString &kind,
               qint64 subjectId, const QString &queue);

    /// Says that what shows is the kept answer (when `keptAt` is valid).
    void noteKept(const QDateTime &keptAt);

    ApiClient &m_api;
    LocalCache &m_cache;
    WriteOutbox &m_outbox;
    std::vector<std::unique_ptr<QTimer>> m_reminders;
    QSet<qint64> m_reminded;
};

} // namespace guild::app
