#pragma once

#include "protocol/engagement.h"

#include <QObject>

namespace guild::app {

class ApiClient;

/// Q&A (技术答疑), events and feedback for the UI. Points-bearing actions (a bounty, an accepted
/// answer) and seats are decided by the server; every request ends in a result or a message.
class CommunityService final : public QObject
{
    Q_OBJECT
public:
    explicit CommunityService(ApiClient &api, QObject *parent = nullptr);

    void loadQuestions();
    void openQuestion(qint64 id);
    void ask(const QString &title, const QString &body, const QString &expert, int bounty);
    void answer(qint64 questionId, const QString &body);
    void vote(qint64 questionId, qint64 answerId, int value);
    void accept(qint64 answerId);
    void loadEvents();
    void rsvp(qint64 eventId, bool going);
    void sendFeedback(const QString &kind, const QString &body);

Q_SIGNALS:
    void questionsLoaded(const QList<guild::protocol::engagement::Question> &questions);
    void questionOpened(const guild::protocol::engagement::Question &question);
    void eventsLoaded(const QList<guild::protocol::engagement::Event> &events);
    void notice(const QString &message, bool ok);

private:
    ApiClient &m_api;
};

} // namespace guild::app
