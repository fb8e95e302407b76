#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace guild::models {

/// One of the member's writes waiting for the server, as it will be sent (services/writeoutbox.h).
struct PendingWrite
{
    enum class State
    {
        Waiting = 0,
        Refused = 1
    };

    qint64 id = 0;
    /// The conversation it belongs to ("article:42"): a queue is sent in order, one write at a time.
    QString queue;
    /// What it is ("comment", "like", …): the service that queued it handles its answer.
    QString kind;
    /// What it is about (the article, question or event) and its title when queued, to show it by.
    qint64 subjectId = 0;
    QString subjectTitle;
    QByteArray method;
    QString path;
    QByteArray body;
    QByteArray idempotencyKey;
    State state = State::Waiting;
    /// Why the server refused it (State::Refused), translated when it was refused.
    QString error;
    int attempts = 0;
    QDateTime queuedAt;

    /// The request's JSON body (empty for a body-less route), for the contract's fromJson.
    QJsonObject request() const;
    /// The member's own words in it, to show it by: a comment's, answer's or feedback's text, or a
    /// question's title; empty for a like, a vote or an RSVP.
    QString text() const;
};

} // namespace guild::models
