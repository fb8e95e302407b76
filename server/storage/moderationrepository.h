#pragma once

#include "protocol/api/reports.h"
#include "protocol/tier.h"

#include <QSqlDatabase>

#include <optional>

namespace guild::server {

/// Reported content as the moderators see it: whose it is and what it said.
struct ReportSubject
{
    qint64 authorId = 0;
    QString text;
    bool hidden = false; ///< hidden by a moderator, or (messages) deleted
};

/// Reports, and the hiding of comments, questions and answers (messages are ChatRepository's).
class ModerationRepository final
{
public:
    explicit ModerationRepository(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    /// The comment, question, answer or message `id`, if it exists.
    std::optional<ReportSubject> subject(const QString &kind, qint64 id);
    /// The tier a reader needs for a comment (its article's), question or answer (its question's).
    std::optional<protocol::Tier> requiredTier(const QString &kind, qint64 id);
    /// False when this member has reported this already.
    std::optional<qint64> insert(qint64 reporterId, const QString &kind, qint64 subjectId, const ReportSubject &subject,
                                 const QString &reason, qint64 now);
    std::optional<protocol::ModerationReport> find(qint64 id);
    QList<protocol::ModerationReport> queue(bool all, int limit);
    /// Closes every open report of the subject with the same outcome.
    void resolveSubject(const QString &kind, qint64 subjectId, const QString &status, const QString &resolution,
                        qint64 moderatorId, qint64 now);
    void resolve(qint64 reportId, const QString &status, const QString &resolution, qint64 moderatorId, qint64 now);

    /// Hides a comment, question or answer (a comment also leaves its article's count).
    void hide(const QString &kind, qint64 id, qint64 now);
    /// Hides every comment, question and answer by `userId`; answers how many.
    int hideAllBy(qint64 userId, qint64 now);
    /// Ids of the member's chat messages not yet deleted.
    QList<qint64> liveMessagesBy(qint64 userId);

private:
    QSqlDatabase m_db;
};

} // namespace guild::server
