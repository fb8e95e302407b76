#pragma once

#include "authuser.h"
#include "protocol/engagement.h"
#include "result.h"

#include <optional>

namespace guild::server {

class Database;
class PointsService;

/// Q&A (技术答疑) with points bounties. A bounty moves inside one transaction guarded by a conditional
/// update, so concurrent accepts cannot pay twice. Q&A is a benefit of a tier: each question needs one
/// (by default the first tier whose catalogue entry lists "qa"), checked on every path.
class QuestionService final
{
public:
    QuestionService(Database &database, PointsService &points);

    /// The tier that first includes `feature` ("qa", "events") in the catalogue; Free when none does.
    protocol::Tier featureTier(const QString &feature);

    /// `bounty` points are held from the asker until an answer is accepted. `requiredTier` (authors and
    /// admins only) overrides the catalogue's tier for Q&A.
    Result<protocol::engagement::Question> ask(const AuthUser &member, const QString &title, const QString &body,
                                               const QString &expertUsername, int bounty,
                                               std::optional<protocol::Tier> requiredTier = std::nullopt);
    /// Every question; those above the viewer's tier keep their title and lose their body.
    QList<protocol::engagement::Question> questions(const AuthUser &viewer, int limit);
    Result<protocol::engagement::Question> question(const AuthUser &viewer, qint64 id);
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
    /// answers, readable from `requiredTier` up; once per thread (409 conflict after).
    Result<protocol::engagement::Question> importThread(const AuthUser &promoter, qint64 askerId, const QString &title,
                                                        const QString &body, const QList<ImportedAnswer> &answers,
                                                        qint64 sourceMessageId, protocol::Tier requiredTier);

    /// The question an answer belongs to, if the member may read it.
    Result<qint64> readableQuestionOf(const AuthUser &member, qint64 answerId);

private:
    Database &m_database;
    PointsService &m_points;
};

} // namespace guild::server
