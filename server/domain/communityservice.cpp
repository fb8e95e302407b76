#include "communityservice.h"

#include "authservice.h"
#include "clock.h"
#include "pointsservice.h"
#include "protocol/errorcodes.h"
#include "protocol/limits.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "storage/userrepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace guild::server {

using namespace protocol;
using namespace protocol::engagement;

namespace {

constexpr qsizetype QuestionBodyMax = 32 * 1024;
constexpr int BountyMax = 10000;
constexpr int CapacityMax = 100000;

QDateTime fromMs(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

const QString QuestionColumns =
    u"SELECT q.id, q.asker_id, a.display_name, COALESCE(e.display_name, ''), q.title, q.body, q.bounty, "
    "COALESCE(q.accepted_answer_id, 0), (SELECT COUNT(*) FROM answers x WHERE x.question_id = q.id), q.created_at, "
    "q.required_tier FROM questions q JOIN users a ON a.id = q.asker_id LEFT JOIN users e ON e.id = q.expert_id "_s;

Question readQuestion(const QSqlQuery &q)
{
    Question question{q.value(0).toLongLong(),
                      q.value(1).toLongLong(),
                      q.value(2).toString(),
                      q.value(3).toString(),
                      q.value(4).toString(),
                      q.value(5).toString(),
                      q.value(6).toInt(),
                      q.value(7).toLongLong(),
                      q.value(8).toInt(),
                      fromMs(q.value(9)),
                      {}};
    question.requiredTier = tierFromLevel(q.value(10).toLongLong()).value_or(Tier::Premium);
    return question;
}

/// Authors and admins answer as experts and host events, whatever their own tier.
bool mayRead(const AuthUser &viewer, Tier required)
{
    return viewer.canPublish() || tierCovers(viewer.tier, required);
}

ApiError tierRequired(Tier required, const QString &what)
{
    return ApiError::forbidden(errors::MembershipRequired,
                               u"%1 is for %2 members and above."_s.arg(what, tierCode(required)));
}

const QString AnswerColumns = u"SELECT x.id, x.author_id, u.display_name, x.body, x.score, x.created_at, "
                              "COALESCE(q.accepted_answer_id, 0) = x.id, x.featured FROM answers x JOIN users u ON "
                              "u.id = x.author_id JOIN questions q ON q.id = x.question_id "_s;

Answer readAnswer(const QSqlQuery &q)
{
    return Answer{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toString(),
                  q.value(4).toInt(),      q.value(6).toBool(),     fromMs(q.value(5)),    q.value(7).toBool()};
}

ApiError invalid(const QString &message)
{
    return ApiError::badRequest(errors::InvalidField, message);
}

bool validText(const QString &text, qsizetype max)
{
    return !text.trimmed().isEmpty() && text.size() <= max && !text.contains(QChar(0));
}

} // namespace

CommunityService::CommunityService(Database &database, PointsService &points)
    : m_database(database)
    , m_points(points)
{}

Tier CommunityService::featureTier(const QSqlDatabase &db, const QString &feature)
{
    QSqlQuery q = sql::exec(db, u"SELECT level, features FROM tiers ORDER BY level"_s);
    while (q.next()) {
        const QJsonArray features = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).array();
        if (features.contains(feature)) {
            return tierFromLevel(q.value(0).toLongLong()).value_or(Tier::Premium);
        }
    }
    return Tier::Free;
}

Tier CommunityService::featureTier(const QString &feature)
{
    return featureTier(m_database.connection(), feature);
}

Result<Question> CommunityService::ask(const AuthUser &member, const QString &title, const QString &body,
                                       const QString &expertUsername, int bounty, std::optional<Tier> requiredTier)
{
    if (!validText(title, limits::TitleMax) || !validText(body, QuestionBodyMax) || bounty < 0 || bounty > BountyMax) {
        return invalid(u"A question needs a title (1 to %1), a body (1 to %2) and a bounty of 0 to %3 points."_s
                           .arg(limits::TitleMax)
                           .arg(QuestionBodyMax)
                           .arg(BountyMax));
    }
    QSqlDatabase db = m_database.connection();
    const Tier qaTier = featureTier(db, u"qa"_s);
    if (!mayRead(member, qaTier)) {
        return tierRequired(qaTier, u"Q&A with experts"_s);
    }
    if (requiredTier && !member.canPublish()) {
        return ApiError::forbidden(errors::Forbidden, u"Only authors and admins choose who may read a question."_s);
    }
    const Tier tier = requiredTier.value_or(qaTier);
    QVariant expert = sql::nullInt();
    if (!expertUsername.trimmed().isEmpty()) {
        const auto found = UserRepository(db).findByUsername(expertUsername.trimmed().toLower());
        if (!found || found->user.id == member.id) {
            return ApiError::notFound(u"No other member is called '%1'."_s.arg(expertUsername.left(32)));
        }
        expert = found->user.id;
    }
    sql::Transaction tx(db);
    const qint64 now = nowMs();
    const qint64 id = sql::scalar(db,
                                  u"INSERT INTO questions (asker_id, expert_id, title, body, bounty, created_at, "
                                  "required_tier) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
                                  {member.id, expert, title.trimmed(), body, bounty, now, static_cast<int>(tier)})
                          .toLongLong();
    if (bounty > 0 && !m_points.move(db, member.id, u"bounty_held"_s, -bounty, id, now)) {
        return ApiError::conflict(
            errors::NotEnoughPoints,
            u"You have %1 points; the bounty needs %2."_s.arg(PointsService::balance(db, member.id)).arg(bounty));
    }
    tx.commit();
    return question(member, id);
}

QList<Question> CommunityService::questions(const AuthUser &viewer, int limit)
{
    QSqlQuery q = sql::exec(m_database.connection(), QuestionColumns + u"ORDER BY q.id DESC LIMIT ?"_s, {limit});
    QList<Question> list;
    while (q.next()) {
        Question question = readQuestion(q);
        if (!mayRead(viewer, question.requiredTier)) {
            question.locked = true;
            question.body.clear();
        }
        list.append(question);
    }
    return list;
}

Result<Question> CommunityService::question(const AuthUser &viewer, qint64 id)
{
    QSqlDatabase db = m_database.connection();
    QSqlQuery q = sql::exec(db, QuestionColumns + u"WHERE q.id = ?"_s, {id});
    if (!q.next()) {
        return ApiError::notFound(u"No such question."_s);
    }
    Question question = readQuestion(q);
    q.finish();
    if (!mayRead(viewer, question.requiredTier)) {
        return tierRequired(question.requiredTier, u"This question"_s);
    }
    QSqlQuery a = sql::exec(db, AnswerColumns + u"WHERE x.question_id = ? ORDER BY x.score DESC, x.id"_s, {id});
    while (a.next()) {
        question.answers.append(readAnswer(a));
    }
    return question;
}

Result<Answer> CommunityService::answer(const AuthUser &member, qint64 questionId, const QString &body)
{
    if (!validText(body, QuestionBodyMax)) {
        return invalid(u"An answer is 1 to %1 characters."_s.arg(QuestionBodyMax));
    }
    QSqlDatabase db = m_database.connection();
    const QVariant required = sql::scalar(db, u"SELECT required_tier FROM questions WHERE id = ?"_s, {questionId});
    if (!required.isValid()) {
        return ApiError::notFound(u"No such question."_s);
    }
    if (const Tier tier = tierFromLevel(required.toLongLong()).value_or(Tier::Premium); !mayRead(member, tier)) {
        return tierRequired(tier, u"This question"_s);
    }
    sql::Transaction tx(db);
    const qint64 now = nowMs();
    const qint64 id = sql::scalar(db,
                                  u"INSERT INTO answers (question_id, author_id, body, created_at) VALUES (?, ?, ?, ?) "
                                  "RETURNING id"_s,
                                  {questionId, member.id, body, now})
                          .toLongLong();
    m_points.award(db, member.id, u"answer"_s, id, now);
    PointsService::grantBadge(db, member.id, u"first_answer"_s, now);
    tx.commit();
    QSqlQuery q = sql::exec(db, AnswerColumns + u"WHERE x.id = ?"_s, {id});
    q.next();
    return readAnswer(q);
}

Result<Answer> CommunityService::vote(const AuthUser &member, qint64 answerId, int value)
{
    if (value < -1 || value > 1) {
        return invalid(u"'value' is 1, -1 or 0."_s);
    }
    if (const Result<qint64> question = readableQuestionOf(member, answerId); !question.ok()) {
        return question.error();
    }
    QSqlDatabase db = m_database.connection();
    sql::Transaction tx(db);
    sql::exec(db, u"DELETE FROM answer_votes WHERE answer_id = ? AND user_id = ?"_s, {answerId, member.id});
    if (value != 0) {
        sql::exec(db, u"INSERT INTO answer_votes (answer_id, user_id, value) VALUES (?, ?, ?)"_s,
                  {answerId, member.id, value});
    }
    sql::exec(db,
              u"UPDATE answers SET score = (SELECT COALESCE(SUM(value), 0) FROM answer_votes WHERE answer_id = ?) "
              "WHERE id = ?"_s,
              {answerId, answerId});
    tx.commit();
    QSqlQuery q = sql::exec(db, AnswerColumns + u"WHERE x.id = ?"_s, {answerId});
    q.next();
    return readAnswer(q);
}

Result<Answer> CommunityService::feature(const AuthUser &member, qint64 answerId, bool featured)
{
    if (!member.canPublish()) {
        return ApiError::forbidden(errors::Forbidden, u"Only authors and admins choose the digest."_s);
    }
    if (const Result<qint64> question = readableQuestionOf(member, answerId); !question.ok()) {
        return question.error();
    }
    QSqlDatabase db = m_database.connection();
    if (sql::exec(db, u"UPDATE answers SET featured = ? WHERE id = ?"_s, {featured ? 1 : 0, answerId})
            .numRowsAffected() == 0) {
        return ApiError::notFound(u"No such answer."_s);
    }
    QSqlQuery q = sql::exec(db, AnswerColumns + u"WHERE x.id = ?"_s, {answerId});
    q.next();
    return readAnswer(q);
}

Result<qint64> CommunityService::readableQuestionOf(const AuthUser &member, qint64 answerId)
{
    QSqlQuery q = sql::exec(m_database.connection(),
                            u"SELECT q.id, q.required_tier FROM answers x JOIN questions q ON q.id = x.question_id "
                            "WHERE x.id = ?"_s,
                            {answerId});
    if (!q.next()) {
        return ApiError::notFound(u"No such answer."_s);
    }
    const qint64 questionId = q.value(0).toLongLong();
    const Tier tier = tierFromLevel(q.value(1).toLongLong()).value_or(Tier::Premium);
    q.finish();
    if (!mayRead(member, tier)) {
        return tierRequired(tier, u"This question"_s);
    }
    return questionId;
}

Result<Question> CommunityService::accept(const AuthUser &member, qint64 answerId)
{
    if (const Result<qint64> question = readableQuestionOf(member, answerId); !question.ok()) {
        return question.error();
    }
    QSqlDatabase db = m_database.connection();
    QSqlQuery a = sql::exec(db,
                            u"SELECT x.question_id, x.author_id, q.asker_id, q.bounty FROM answers x "
                            "JOIN questions q ON q.id = x.question_id WHERE x.id = ?"_s,
                            {answerId});
    if (!a.next()) {
        return ApiError::notFound(u"No such answer."_s);
    }
    const qint64 questionId = a.value(0).toLongLong();
    const qint64 author = a.value(1).toLongLong();
    const int bounty = a.value(3).toInt();
    const qint64 asker = a.value(2).toLongLong();
    // A statement left open holds an SQLite read snapshot, and a write transaction begun on top of an
    // old snapshot fails at once instead of waiting its turn.
    a.finish();
    if (asker != member.id) {
        return ApiError::forbidden(errors::Forbidden, u"Only the asker accepts an answer."_s);
    }
    if (author == member.id) {
        return invalid(u"Your own answer cannot be the accepted one."_s);
    }
    sql::Transaction tx(db);
    // The conditional update is the whole guard: of concurrent accepts, exactly one changes the row.
    const bool won = sql::exec(db,
                               u"UPDATE questions SET accepted_answer_id = ? WHERE id = ? AND accepted_answer_id "
                               "IS NULL"_s,
                               {answerId, questionId})
                         .numRowsAffected() > 0;
    if (!won) {
        return ApiError::conflict(errors::AlreadyAccepted, u"An answer has been accepted already."_s);
    }
    const qint64 now = nowMs();
    if (bounty > 0) {
        m_points.move(db, author, u"bounty"_s, bounty, questionId, now);
    }
    m_points.award(db, author, u"accepted_answer"_s, answerId, now);
    tx.commit();
    return question(member, questionId);
}

Result<Question> CommunityService::importThread(const AuthUser &promoter, qint64 askerId, const QString &title,
                                                const QString &body, const QList<ImportedAnswer> &answers,
                                                qint64 sourceMessageId, Tier requiredTier)
{
    QSqlDatabase db = m_database.connection();
    sql::Transaction tx(db);
    // The unique source makes a second promotion of the same thread insert nothing.
    const QVariant id =
        sql::scalar(db,
                    u"INSERT INTO questions (asker_id, title, body, bounty, created_at, "
                    "source_message_id, required_tier) VALUES (?, ?, ?, 0, ?, ?, ?) "
                    "ON CONFLICT (source_message_id) DO NOTHING RETURNING id"_s,
                    {askerId, title.trimmed(), body, nowMs(), sourceMessageId, static_cast<int>(requiredTier)});
    if (!id.isValid()) {
        return ApiError::conflict(errors::Conflict, u"This thread is a question already."_s);
    }
    for (const ImportedAnswer &a : answers) {
        sql::exec(db, u"INSERT INTO answers (question_id, author_id, body, created_at) VALUES (?, ?, ?, ?)"_s,
                  {id, a.authorId, a.body, a.createdAtMs});
    }
    tx.commit();
    return question(promoter, id.toLongLong());
}

std::optional<Event> CommunityService::event(qint64 id, const AuthUser &viewer)
{
    QSqlQuery q = sql::exec(m_database.connection(),
                            u"SELECT e.id, e.title, e.description, e.starts_at, e.timezone, e.capacity, e.attending, "
                            "e.join_url, EXISTS (SELECT 1 FROM rsvps r WHERE r.event_id = e.id AND r.user_id = ?), "
                            "e.required_tier FROM events e WHERE e.id = ?"_s,
                            {viewer.id, id});
    if (!q.next()) {
        return std::nullopt;
    }
    Event e{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
            fromMs(q.value(3)),      q.value(4).toString(), q.value(5).toInt(),
            q.value(6).toInt(),      q.value(8).toBool(),   q.value(7).toString()};
    e.requiredTier = tierFromLevel(q.value(9).toLongLong()).value_or(Tier::Premium);
    if (!mayRead(viewer, e.requiredTier)) {
        e.locked = true;
        e.joinUrl.clear();
    }
    return e;
}

Result<Event> CommunityService::createEvent(const AuthUser &member, const Event &e, std::optional<Tier> requiredTier)
{
    if (!member.canPublish()) {
        return ApiError::forbidden(errors::Forbidden, u"Only authors and admins schedule events."_s);
    }
    const QUrl join(e.joinUrl);
    if (!validText(e.title, limits::TitleMax) || e.description.size() > QuestionBodyMax || !e.startsAt.isValid() ||
        !QTimeZone(e.timezone.toLatin1()).isValid() || e.capacity < 1 || e.capacity > CapacityMax ||
        join.scheme() != u"https"_s || !join.isValid() || join.host().isEmpty()) {
        return invalid(u"An event needs a title, startsAt (ISO time), an IANA timezone, a capacity of 1 to %1 and "
                       "an https joinUrl."_s.arg(CapacityMax));
    }
    QSqlDatabase db = m_database.connection();
    const Tier tier = requiredTier.value_or(featureTier(db, u"events"_s));
    const qint64 id =
        sql::scalar(db,
                    u"INSERT INTO events (title, description, starts_at, timezone, capacity, join_url, "
                    "created_by, created_at, required_tier) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
                    {e.title.trimmed(), e.description.isNull() ? u""_s : e.description, e.startsAt.toMSecsSinceEpoch(),
                     e.timezone, e.capacity, e.joinUrl, member.id, nowMs(), static_cast<int>(tier)})
            .toLongLong();
    return *event(id, member);
}

QList<Event> CommunityService::events(const AuthUser &member)
{
    QSqlQuery q = sql::exec(m_database.connection(),
                            u"SELECT id FROM events WHERE starts_at >= ? ORDER BY starts_at, id LIMIT 100"_s,
                            {nowMs() - 3600LL * 1000});
    QList<qint64> ids;
    while (q.next()) {
        ids.append(q.value(0).toLongLong());
    }
    // Read in full first: on PostgreSQL rows stream, and a nested query would cut the list short.
    QList<Event> list;
    for (qint64 id : std::as_const(ids)) {
        if (auto e = event(id, member)) {
            list.append(*e);
        }
    }
    return list;
}

Result<Event> CommunityService::rsvp(const AuthUser &member, qint64 eventId, bool going)
{
    QSqlDatabase db = m_database.connection();
    const auto seen = event(eventId, member);
    if (!seen) {
        return ApiError::notFound(u"No such event."_s);
    }
    if (seen->locked) {
        return tierRequired(seen->requiredTier, u"This event"_s);
    }
    sql::Transaction tx(db);
    const qint64 now = nowMs();
    if (going) {
        const bool added = sql::exec(db,
                                     u"INSERT INTO rsvps (event_id, user_id, created_at) VALUES (?, ?, ?) "
                                     "ON CONFLICT DO NOTHING"_s,
                                     {eventId, member.id, now})
                               .numRowsAffected() > 0;
        // A seat is taken only while one is free; concurrent RSVPs queue on the event's row.
        if (added &&
            sql::exec(db, u"UPDATE events SET attending = attending + 1 WHERE id = ? AND attending < capacity"_s,
                      {eventId})
                    .numRowsAffected() == 0) {
            return ApiError::conflict(errors::EventFull, u"This event is full."_s);
        }
    } else if (sql::exec(db, u"DELETE FROM rsvps WHERE event_id = ? AND user_id = ?"_s, {eventId, member.id})
                   .numRowsAffected() > 0) {
        sql::exec(db, u"UPDATE events SET attending = attending - 1 WHERE id = ?"_s, {eventId});
    }
    tx.commit();
    return *event(eventId, member);
}

Result<Feedback> CommunityService::sendFeedback(const AuthUser &member, const QString &kind, const QString &body)
{
    if ((kind != u"bug"_s && kind != u"idea"_s && kind != u"other"_s) || !validText(body, 8000)) {
        return invalid(u"Feedback is a bug, an idea or other, with 1 to 8000 characters."_s);
    }
    QSqlDatabase db = m_database.connection();
    const qint64 id = sql::scalar(db,
                                  u"INSERT INTO feedback (user_id, kind, body, created_at) VALUES (?, ?, ?, ?) "
                                  "RETURNING id"_s,
                                  {member.id, kind, body, nowMs()})
                          .toLongLong();
    return Feedback{id, member.displayName, kind, body, {}, QDateTime::fromMSecsSinceEpoch(nowMs(), Qt::UTC)};
}

Result<QList<Feedback>> CommunityService::feedback(const AuthUser &admin)
{
    if (!admin.isAdmin()) {
        return ApiError::forbidden(errors::Forbidden, u"Only admins read feedback."_s);
    }
    QSqlQuery q = sql::exec(m_database.connection(),
                            u"SELECT f.id, u.display_name, f.kind, f.body, f.answer, f.created_at FROM feedback f "
                            "JOIN users u ON u.id = f.user_id ORDER BY f.id DESC LIMIT 200"_s);
    QList<Feedback> list;
    while (q.next()) {
        list.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                     q.value(4).toString(), fromMs(q.value(5))});
    }
    return list;
}

Result<Feedback> CommunityService::answerFeedback(const AuthUser &admin, qint64 id, const QString &answer)
{
    if (!admin.isAdmin()) {
        return ApiError::forbidden(errors::Forbidden, u"Only admins answer feedback."_s);
    }
    if (!validText(answer, 8000)) {
        return invalid(u"An answer is 1 to 8000 characters."_s);
    }
    QSqlDatabase db = m_database.connection();
    const QVariant member = sql::scalar(db, u"SELECT user_id FROM feedback WHERE id = ?"_s, {id});
    if (!member.isValid()) {
        return ApiError::notFound(u"No such feedback."_s);
    }
    sql::Transaction tx(db);
    const qint64 now = nowMs();
    sql::exec(db, u"UPDATE feedback SET answer = ?, answered_at = ? WHERE id = ?"_s, {answer, now, id});
    sql::exec(db,
              u"INSERT INTO notifications (user_id, kind, text, subject_id, created_at) VALUES (?, "
              "'feedback.answered', ?, ?, ?)"_s,
              {member, answer.left(200), id, now});
    tx.commit();
    const Result<QList<Feedback>> all = feedback(admin);
    for (const Feedback &f : all.value()) {
        if (f.id == id) {
            return f;
        }
    }
    return ApiError::notFound(u"No such feedback."_s);
}

} // namespace guild::server
