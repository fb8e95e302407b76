#include "moderationservice.h"

#include "chatservice.h"
#include "clock.h"
#include "protocol/errorcodes.h"
#include "storage/auditrepository.h"
#include "storage/database.h"
#include "storage/moderationrepository.h"
#include "storage/notificationrepository.h"
#include "storage/sql.h"

using namespace Qt::StringLiterals;

namespace guild::server {

using namespace protocol;

namespace {

constexpr int QueueMax = 200;

bool isModerator(const AuthUser &user)
{
    return user.canPublish();
}

ApiError moderatorsOnly()
{
    return ApiError::forbidden(errors::Forbidden, u"Only admins and authors moderate."_s);
}

ApiError nothingToReport()
{
    return ApiError::notFound(u"There is nothing to report there."_s);
}

} // namespace

ModerationService::ModerationService(Database &database, ChatService &chat)
    : m_database(database)
    , m_chat(chat)
{}

bool ModerationService::canRead(const AuthUser &reporter, const QString &kind, qint64 id)
{
    if (kind == u"message"_s) {
        return m_chat.readableMessage(reporter, id).ok();
    }
    const std::optional<Tier> required = ModerationRepository(m_database.connection()).requiredTier(kind, id);
    return required && tierCovers(readingTier(reporter.role, reporter.tier), *required);
}

Result<ModerationReport> ModerationService::report(const AuthUser &reporter, const FlagRequest &request)
{
    QSqlDatabase db = m_database.connection();
    ModerationRepository repo(db);
    const std::optional<ReportSubject> subject = repo.subject(request.kind, request.id);
    if (!subject || subject->hidden || !canRead(reporter, request.kind, request.id)) {
        return nothingToReport();
    }
    if (subject->authorId == reporter.id) {
        return ApiError::badRequest(errors::InvalidField, u"You cannot report your own words; edit or delete them."_s);
    }
    const std::optional<qint64> id =
        repo.insert(reporter.id, request.kind, request.id, *subject, request.reason, nowMs());
    if (!id) {
        return ApiError::conflict(errors::Conflict, u"You have reported this already."_s);
    }
    return *repo.find(*id);
}

Result<QList<ModerationReport>> ModerationService::queue(const AuthUser &moderator, bool all)
{
    if (!isModerator(moderator)) {
        return moderatorsOnly();
    }
    return ModerationRepository(m_database.connection()).queue(all, QueueMax);
}

bool ModerationService::hideMessage(qint64 messageId)
{
    const Result<ChangeOutcome> outcome = m_chat.removeByModerator(messageId);
    if (outcome.ok() && outcome.value().changed && m_onMessageHidden) {
        m_onMessageHidden(outcome.value().message);
    }
    return outcome.ok();
}

Result<ModerationReport> ModerationService::resolve(const AuthUser &moderator, qint64 reportId,
                                                    const ResolveRequest &request)
{
    if (!isModerator(moderator)) {
        return moderatorsOnly();
    }
    QSqlDatabase db = m_database.connection();
    ModerationRepository repo(db);
    const std::optional<ModerationReport> report = repo.find(reportId);
    if (!report) {
        return ApiError::notFound(u"No such report."_s);
    }
    if (report->status != u"open"_s) {
        return ApiError::conflict(errors::Conflict, u"This report has been dealt with already."_s);
    }
    const qint64 now = nowMs();
    if (request.action == u"dismiss"_s) {
        sql::Transaction tx(db);
        repo.resolve(reportId, u"dismissed"_s, request.reason, moderator.id, now);
        AuditRepository(db).append({0, moderator.id, moderator.username, u"dismiss-report"_s,
                                    u"%1 %2"_s.arg(report->kind).arg(report->subjectId), request.reason, now});
        tx.commit();
        return *repo.find(reportId);
    }
    // A message is deleted through the chat (its own transaction: the change reaches live sockets and
    // other processes like an author's delete).
    if (report->kind == u"message"_s) {
        hideMessage(report->subjectId);
    }
    sql::Transaction tx(db);
    if (report->kind != u"message"_s) {
        repo.hide(report->kind, report->subjectId, now);
    }
    repo.resolveSubject(report->kind, report->subjectId, u"hidden"_s, request.reason, moderator.id, now);
    // The client words it; the text is the moderator's reason, the kind says what was hidden.
    NotificationRepository(db).notify(report->authorId, u"moderation.hidden."_s + report->kind, request.reason,
                                      report->subjectId, now);
    AuditRepository(db).append({0, moderator.id, moderator.username, u"hide-"_s + report->kind,
                                u"%1 by %2"_s.arg(report->subjectId).arg(report->authorName), request.reason, now});
    tx.commit();
    return *repo.find(reportId);
}

int ModerationService::hideEverythingBy(const AuthUser &admin, qint64 userId, const QString &username)
{
    QSqlDatabase db = m_database.connection();
    ModerationRepository repo(db);
    const QList<qint64> messages = repo.liveMessagesBy(userId);
    int hidden = 0;
    for (qint64 id : messages) {
        hidden += hideMessage(id) ? 1 : 0;
    }
    sql::Transaction tx(db);
    hidden += repo.hideAllBy(userId, nowMs());
    AuditRepository(db).append(
        {0, admin.id, admin.username, u"hide-content"_s, username, u"%1 items hidden"_s.arg(hidden), nowMs()});
    tx.commit();
    return hidden;
}

} // namespace guild::server
