#pragma once

#include "protocol/contract.h"

#include <QDateTime>
#include <QUrlQuery>

// Reports of members' content and the moderation queue that answers them (admins and authors).
// docs/api.md, "Moderation".
namespace guild::protocol {

/// What can be reported: "comment", "answer", "question", "message".
QStringList reportKinds();

/// A member flags something they read for the moderators.
struct FlagRequest
{
    QString kind;
    qint64 id = 0;
    QString reason;

    QJsonObject toJson() const;
    static std::optional<FlagRequest> fromJson(const QJsonObject &json, ApiError *error);
};

/// One report as the queue shows it: what, whose, why, and what became of it.
struct ModerationReport
{
    qint64 id = 0;
    QString kind;
    qint64 subjectId = 0;
    QString excerpt; ///< the start of the reported text, as it was when reported
    QString authorName;
    qint64 authorId = 0;
    QString reporterName;
    QString reason;
    QString status; ///< "open", "hidden", "dismissed"
    QString resolution;
    QString resolvedBy;
    QDateTime createdAt;

    QJsonObject toJson() const;
    static std::optional<ModerationReport> fromJson(const QJsonObject &json);
};

/// The queue: open reports (oldest first), or every report (newest first).
struct QueueRequest
{
    bool all = false;

    QUrlQuery toQuery() const;
    static std::optional<QueueRequest> fromQuery(const QUrlQuery &query, ApiError *error);
};

/// What a moderator does with a report: hide the content (the author is told why) or dismiss it.
struct ResolveRequest
{
    QString action; ///< "hide" or "dismiss"
    QString reason;

    QJsonObject toJson() const;
    static std::optional<ResolveRequest> fromJson(const QJsonObject &json, ApiError *error);
};

using ModerationReportReply = One<ModerationReport, "report">;
using ModerationReportList = ListOf<ModerationReport, "reports">;

} // namespace guild::protocol
