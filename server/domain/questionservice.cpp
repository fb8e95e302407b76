#include "questionservice.h"

#include "clock.h"
#include "pointsservice.h"
#include "protocol/limits.h"
#include "storage/database.h"
#include "storage/questionrepository.h"
#include "storage/sql.h"
#include "storage/tierrepository.h"
#include "storage/userrepository.h"
#include "tieraccess.h"

using namespace Qt::StringLiterals;

namespace guild::server {

using namespace protocol;
using namespace protocol::engagement;

namespace {

constexpr qsizetype QuestionBodyMax = 32 * 1024;
constexpr int BountyMax = 10000;

ApiError invalid(const QString &message)
{
    return ApiError::badRequest(errors::InvalidField, message);
}

bool validText(const QString &text, qsizetype max)
{
    return !text.trimmed().isEmpty() && text.size() <= max && !text.contains(QChar(0));
}

} // namespace

QuestionService::QuestionService(Database &database, PointsService &points)
    : m_database(database)
    , m_points(points)
{}

Tier QuestionService::featureTier(const QString &feature)
{
    return TierRepository(m_database.connection()).featureTier(feature);
}

Result<Question> QuestionService::ask(const AuthUser &member, const QString &title, const QString &body,
                                      const QString &expertUsername, int bounty, std::optional<Tier> requiredTier)
{
    if (!validText(title, limits::TitleMax) || !validText(body, QuestionBodyMax) || bounty < 0 || bounty > BountyMax) {
        return invalid(u"A question needs a title (1 to %1), a body (1 to %2) and a bounty of 0 to %3 points."_s
                           .arg(limits::TitleMax)
                           .arg(QuestionBodyMax)
                           .arg(BountyMax));
    }
    QSqlDatabase db = m_database.connection();
    const Tier qaTier = TierRepository(db).featureTier(u"qa"_s);
    if (!mayRead(member, qaTier)) {
        return tierRequired(qaTier, u"Q&A with experts"_s);
    }
    if (requiredTier && !member.canPublish()) {
        return ApiError::forbidden(errors::Forbidden, u"Only authors and admins choose who may read a question."_s);
    }
    QuestionRepository::NewQuestion draft{member.id, 0, title.trimmed(), body, bounty, requiredTier.value_or(qaTier),
                                          0};
    if (!expertUsername.trimmed().isEmpty()) {
        const auto found = UserRepository(db).findByUsername(expertUsername.trimmed().toLower());
        if (!found || found->user.id == member.id) {
            return ApiError::notFound(u"No other member is called '%1'."_s.arg(expertUsername.left(32)));
        }
        draft.expertId = found->user.id;
    }
    sql::Transaction tx(db);
    const qint64 now = nowMs();
    const qint64 id = QuestionRepository(db).insert(draft, now);
    if (bounty > 0 && !m_points.move(db, member.id, u"bounty_held"_s, -bounty, id, now)) {
        return ApiError::conflict(
            errors::NotEnoughPoints,
            u"You have %1 points; the bounty needs %2."_s.arg(PointsService::balance(db, member.id)).arg(bounty));
    }
    tx.commit();
    return question(member, id);
}

QList<Question> QuestionService::questions(const AuthUser &viewer, int limit)
{
    QList<Question> list = QuestionRepository(m_database.connection()).latest(limit);
    for (Question &question : list) {
        if (!mayRead(viewer, question.requiredTier)) {
            question.locked = true;
            question.body.clear();
        }
    }
    return list;
}

Result<Question> QuestionService::question(const AuthUser &viewer, qint64 id)
{
    QuestionRepository repo(m_database.connection());
    std::optional<Question> question = repo.find(id);
    if (!question) {
        return ApiError::notFound(u"No such question."_s);
    }
    if (!mayRead(viewer, question->requiredTier)) {
        return tierRequired(question->requiredTier, u"This question"_s);
    }
    question->answers = repo.answersTo(id);
    return *question;
}

Result<Answer> QuestionService::answer(const AuthUser &member, qint64 questionId, const QString &body)
{
    if (!validText(body, QuestionBodyMax)) {
        return invalid(u"An answer is 1 to %1 characters."_s.arg(QuestionBodyMax));
    }
    QSqlDatabase db = m_database.connection();
    QuestionRepository repo(db);
    const std::optional<Tier> tier = repo.requiredTier(questionId);
    if (!tier) {
        return ApiError::notFound(u"No such question."_s);
    }
    if (!mayRead(member, *tier)) {
        return tierRequired(*tier, u"This question"_s);
    }
    sql::Transaction tx(db);
    const qint64 now = nowMs();
    const qint64 id = repo.insertAnswer(questionId, member.id, body, now);
    m_points.award(db, member.id, u"answer"_s, id, now);
    PointsService::grantBadge(db, member.id, u"first_answer"_s, now);
    tx.commit();
    return *repo.answer(id);
}

Result<Answer> QuestionService::vote(const AuthUser &member, qint64 answerId, int value)
{
    if (value < -1 || value > 1) {
        return invalid(u"'value' is 1, -1 or 0."_s);
    }
    if (const Result<qint64> question = readableQuestionOf(member, answerId); !question.ok()) {
        return question.error();
    }
    QSqlDatabase db = m_database.connection();
    QuestionRepository repo(db);
    sql::Transaction tx(db);
    repo.setVote(answerId, member.id, value);
    tx.commit();
    return *repo.answer(answerId);
}

Result<Answer> QuestionService::feature(const AuthUser &member, qint64 answerId, bool featured)
{
    if (!member.canPublish()) {
        return ApiError::forbidden(errors::Forbidden, u"Only authors and admins choose the digest."_s);
    }
    if (const Result<qint64> question = readableQuestionOf(member, answerId); !question.ok()) {
        return question.error();
    }
    QuestionRepository repo(m_database.connection());
    if (!repo.setFeatured(answerId, featured)) {
        return ApiError::notFound(u"No such answer."_s);
    }
    return *repo.answer(answerId);
}

Result<qint64> QuestionService::readableQuestionOf(const AuthUser &member, qint64 answerId)
{
    const auto context = QuestionRepository(m_database.connection()).contextOf(answerId);
    if (!context) {
        return ApiError::notFound(u"No such answer."_s);
    }
    if (!mayRead(member, context->requiredTier)) {
        return tierRequired(context->requiredTier, u"This question"_s);
    }
    return context->questionId;
}

Result<Question> QuestionService::accept(const AuthUser &member, qint64 answerId)
{
    QSqlDatabase db = m_database.connection();
    QuestionRepository repo(db);
    const auto context = repo.contextOf(answerId);
    if (!context) {
        return ApiError::notFound(u"No such answer."_s);
    }
    if (!mayRead(member, context->requiredTier)) {
        return tierRequired(context->requiredTier, u"This question"_s);
    }
    if (context->askerId != member.id) {
        return ApiError::forbidden(errors::Forbidden, u"Only the asker accepts an answer."_s);
    }
    if (context->authorId == member.id) {
        return invalid(u"Your own answer cannot be the accepted one."_s);
    }
    sql::Transaction tx(db);
    if (!repo.accept(context->questionId, answerId)) {
        return ApiError::conflict(errors::AlreadyAccepted, u"An answer has been accepted already."_s);
    }
    const qint64 now = nowMs();
    if (context->bounty > 0) {
        m_points.move(db, context->authorId, u"bounty"_s, context->bounty, context->questionId, now);
    }
    m_points.award(db, context->authorId, u"accepted_answer"_s, answerId, now);
    tx.commit();
    return question(member, context->questionId);
}

Result<Question> QuestionService::importThread(const AuthUser &promoter, qint64 askerId, const QString &title,
                                               const QString &body, const QList<ImportedAnswer> &answers,
                                               qint64 sourceMessageId, Tier requiredTier)
{
    QSqlDatabase db = m_database.connection();
    QuestionRepository repo(db);
    sql::Transaction tx(db);
    const auto id =
        repo.insertFromThread({askerId, 0, title.trimmed(), body, 0, requiredTier, sourceMessageId}, nowMs());
    if (!id) {
        return ApiError::conflict(errors::Conflict, u"This thread is a question already."_s);
    }
    for (const ImportedAnswer &a : answers) {
        repo.insertAnswer(*id, a.authorId, a.body, a.createdAtMs);
    }
    tx.commit();
    return question(promoter, *id);
}

} // namespace guild::server
