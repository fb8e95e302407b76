#pragma once

#include "authuser.h"
#include "protocol/engagement.h"
#include "result.h"

namespace guild::server {

class Database;
class PointsService;

/// Q&A (技术答疑) with points bounties, events with RSVPs up to their capacity, and feedback to the
/// admins. Money-like things (bounties, seats) change inside one transaction each, guarded by a
/// conditional update, so concurrent requests cannot pay twice or overfill an event.
class CommunityService final
{
public:
    CommunityService(Database &database, PointsService &points);

    /// `bounty` points are held from the asker until an answer is accepted.
    Result<protocol::engagement::Question> ask(const AuthUser &member, const QString &title, const QString &body,
                                               const QString &expertUsername, int bounty);
    QList<protocol::engagement::Question> questions(int limit);
    Result<protocol::engagement::Question> question(qint64 id);
    Result<protocol::engagement::Answer> answer(const AuthUser &member, qint64 questionId, const QString &body);
    /// +1, -1, or 0 to take a vote back.
    Result<protocol::engagement::Answer> vote(const AuthUser &member, qint64 answerId, int value);
    /// Authors and admins put an answer in the digest (精华), or take it out.
    Result<protocol::engagement::Answer> feature(const AuthUser &member, qint64 answerId, bool featured);
    /// The asker accepts one answer, once: the bounty goes to its author.
    Result<protocol::engagement::Question> accept(const AuthUser &member, qint64 answerId);

    struct ImportedAnswer
    {
        qint64 authorId;
        QString body;
        qint64 createdAtMs;
    };
    /// A chat thread becomes a question (asked by the thread's first author) with its replies as
    /// answers; once per thread (409 conflict after).
    Result<protocol::engagement::Question> importThread(qint64 askerId, const QString &title, const QString &body,
                                                        const QList<ImportedAnswer> &answers, qint64 sourceMessageId);

    /// Authors and admins.
    Result<protocol::engagement::Event> createEvent(const AuthUser &member, const protocol::engagement::Event &event);
    QList<protocol::engagement::Event> events(const AuthUser &member);
    Result<protocol::engagement::Event> rsvp(const AuthUser &member, qint64 eventId, bool going);

    Result<protocol::engagement::Feedback> sendFeedback(const AuthUser &member, const QString &kind,
                                                        const QString &body);
    Result<QList<protocol::engagement::Feedback>> feedback(const AuthUser &admin);
    Result<protocol::engagement::Feedback> answerFeedback(const AuthUser &admin, qint64 id, const QString &answer);

private:
    std::optional<protocol::engagement::Event> event(qint64 id, qint64 viewerId);

    Database &m_database;
    PointsService &m_points;
};

} // namespace guild::server
