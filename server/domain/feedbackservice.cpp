#include "feedbackservice.h"

#include "clock.h"
#include "protocol/errorcodes.h"
#include "storage/database.h"
#include "storage/feedbackrepository.h"
#include "storage/notificationrepository.h"
#include "storage/sql.h"

using namespace Qt::StringLiterals;

namespace guild::server {

using namespace protocol;
using namespace protocol::engagement;

namespace {

constexpr qsizetype FeedbackMax = 8000;
constexpr int FeedbackShown = 200;

bool validText(const QString &text)
{
    return !text.trimmed().isEmpty() && text.size() <= FeedbackMax && !text.contains(QChar(0));
}

} // namespace

FeedbackService::FeedbackService(Database &database)
    : m_database(database)
{}

Result<Feedback> FeedbackService::send(const AuthUser &member, const QString &kind, const QString &body)
{
    if ((kind != u"bug"_s && kind != u"idea"_s && kind != u"other"_s) || !validText(body)) {
        return ApiError::badRequest(errors::InvalidField,
                                    u"Feedback is a bug, an idea or other, with 1 to 8000 characters."_s);
    }
    const qint64 now = nowMs();
    const qint64 id = FeedbackRepository(m_database.connection()).insert(member.id, kind, body, now);
    return Feedback{id, member.displayName, kind, body, {}, QDateTime::fromMSecsSinceEpoch(now, Qt::UTC)};
}

Result<QList<Feedback>> FeedbackService::latest(const AuthUser &admin)
{
    if (!admin.isAdmin()) {
        return ApiError::forbidden(errors::Forbidden, u"Only admins read feedback."_s);
    }
    return FeedbackRepository(m_database.connection()).latest(FeedbackShown);
}

Result<QList<Feedback>> FeedbackService::mine(const AuthUser &member)
{
    return FeedbackRepository(m_database.connection()).bySender(member.id, FeedbackShown);
}

Result<Feedback> FeedbackService::answer(const AuthUser &admin, qint64 id, const QString &answer)
{
    if (!admin.isAdmin()) {
        return ApiError::forbidden(errors::Forbidden, u"Only admins answer feedback."_s);
    }
    if (!validText(answer)) {
        return ApiError::badRequest(errors::InvalidField, u"An answer is 1 to 8000 characters."_s);
    }
    QSqlDatabase db = m_database.connection();
    FeedbackRepository repo(db);
    const std::optional<qint64> sender = repo.senderOf(id);
    if (!sender) {
        return ApiError::notFound(u"No such feedback."_s);
    }
    sql::Transaction tx(db);
    const qint64 now = nowMs();
    repo.setAnswer(id, answer, now);
    NotificationRepository(db).notify(*sender, u"feedback.answered"_s, answer.left(200), id, now);
    tx.commit();
    return *repo.find(id);
}

} // namespace guild::server
