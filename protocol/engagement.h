#pragma once

#include "tier.h"

#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

#include <optional>

// Membership purchases and engagement (points, check-ins, badges, Q&A, events, feedback): the values of
// the routes api.md lists under "Membership and engagement".
namespace guild::protocol::engagement {

struct Payment
{
    qint64 id = 0;
    QString sessionId;
    Tier tier = Tier::Free;
    QString period; ///< "month" or "year"
    qint64 amountCents = 0;
    QString currency;
    QString status; ///< "pending", "paid"
    QDateTime createdAt;
    QDateTime paidAt;
    qint64 courseId = 0; ///< set for a course bought on its own (tier and period then mean nothing)
    QString courseTitle;

    QJsonObject toJson() const;
    static std::optional<Payment> fromJson(const QJsonObject &json);
};

struct PointsEntry
{
    QString action;
    int points = 0;
    QString day;
    QDateTime createdAt;

    QJsonObject toJson() const;
    static std::optional<PointsEntry> fromJson(const QJsonObject &json);
};

/// The member's standing: points, level, badges, and the check-in streak.
struct Standing
{
    qint64 points = 0;
    int level = 1;
    qint64 nextLevelAt = 0;
    QStringList badges;
    int streak = 0;
    bool checkedInToday = false;

    QJsonObject toJson() const;
    static std::optional<Standing> fromJson(const QJsonObject &json);
};

struct LeaderboardEntry
{
    qint64 userId = 0;
    QString name;
    qint64 points = 0;

    QJsonObject toJson() const;
    static std::optional<LeaderboardEntry> fromJson(const QJsonObject &json);
};

struct Answer
{
    qint64 id = 0;
    qint64 authorId = 0;
    QString authorName;
    QString body;
    int score = 0;
    bool accepted = false;
    QDateTime createdAt;
    /// In the digest (精华), chosen by an author.
    bool featured = false;

    QJsonObject toJson() const;
    static std::optional<Answer> fromJson(const QJsonObject &json);
};

struct Question
{
    qint64 id = 0;
    qint64 askerId = 0;
    QString askerName;
    QString expertName;
    QString title;
    QString body;
    int bounty = 0;
    qint64 acceptedAnswerId = 0;
    int answerCount = 0;
    QDateTime createdAt;
    QList<Answer> answers; ///< only on the question's own page
    /// Reading, answering and voting need this tier (Q&A is a benefit of a tier).
    Tier requiredTier = Tier::Member;
    /// Above the viewer's tier: listed with its title, without its body.
    bool locked = false;

    QJsonObject toJson() const;
    static std::optional<Question> fromJson(const QJsonObject &json);
};

struct Event
{
    qint64 id = 0;
    QString title;
    QString description;
    QDateTime startsAt;
    QString timezone;
    int capacity = 0;
    int attending = 0;
    bool going = false;
    QString joinUrl; ///< empty when locked
    /// Taking a seat and the join link need this tier (live sessions are a benefit of a tier).
    Tier requiredTier = Tier::Premium;
    /// Above the viewer's tier: listed so members know it is on, without the join link.
    bool locked = false;

    QJsonObject toJson() const;
    static std::optional<Event> fromJson(const QJsonObject &json);
};

struct Feedback
{
    qint64 id = 0;
    QString memberName;
    QString kind;
    QString body;
    QString answer;
    QDateTime createdAt;

    QJsonObject toJson() const;
    static std::optional<Feedback> fromJson(const QJsonObject &json);
};

} // namespace guild::protocol::engagement
