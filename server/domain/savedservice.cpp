#include "savedservice.h"

#include "articleservice.h"
#include "chatservice.h"
#include "clock.h"
#include "courseservice.h"
#include "protocol/errorcodes.h"
#include "questionservice.h"
#include "storage/database.h"
#include "storage/savedrepository.h"
#include "storage/sql.h"

using namespace Qt::StringLiterals;

namespace guild::server {

using namespace protocol;

namespace {

constexpr qsizetype TitleMax = 120;

ApiError badKey(const QString &what)
{
    return ApiError::badRequest(errors::InvalidField, what);
}

bool hasNul(const QString &text)
{
    return text.contains(QChar(0));
}

} // namespace

SavedService::SavedService(Database &database, Sources sources)
    : m_database(database)
    , m_sources(sources)
{}

Result<SavedService::Subject> SavedService::readable(const AuthUser &member, SavedKind kind, qint64 id)
{
    switch (kind) {
    case SavedKind::Article: {
        const Result<Article> article = m_sources.articles.article(member, id);
        if (!article.ok()) {
            return article.error();
        }
        return Subject{article.value().title};
    }
    case SavedKind::Lesson: {
        const Result<course::Lesson> lesson = m_sources.courses.lesson(member, id);
        if (!lesson.ok()) {
            return lesson.error();
        }
        return Subject{lesson.value().title, lesson.value().courseId};
    }
    case SavedKind::Message: {
        const Result<chat::Message> message = m_sources.chat.readableMessage(member, id);
        if (!message.ok()) {
            return message.error();
        }
        const chat::Message &m = message.value();
        return Subject{QString(m.senderName + u": "_s + m.body.simplified().left(TitleMax)), m.channelId, m.seq};
    }
    case SavedKind::Answer: {
        const Result<qint64> questionId = m_sources.questions.readableQuestionOf(member, id);
        if (!questionId.ok()) {
            return questionId.error();
        }
        const Result<engagement::Question> question = m_sources.questions.question(member, questionId.value());
        if (!question.ok()) {
            return question.error();
        }
        return Subject{question.value().title, questionId.value()};
    }
    }
    return ApiError::notFound(u"Nothing to save."_s);
}

Result<SavedItems> SavedService::all(const AuthUser &member)
{
    return SavedRepository(m_database.connection()).all(member.id, limits::SavedMax);
}

Result<Bookmark> SavedService::putBookmark(const AuthUser &member, const QString &key)
{
    const auto parsed = parseBookmarkKey(key);
    if (!parsed) {
        return badKey(u"A bookmark is named kind-id: article-42, lesson-7, message-9 or answer-3."_s);
    }
    const auto [kind, subjectId] = *parsed;
    const Result<Subject> subject = readable(member, kind, subjectId);
    if (!subject.ok()) {
        return subject.error();
    }
    QSqlDatabase db = m_database.connection();
    sql::Transaction tx(db);
    SavedRepository repo(db);
    if (!repo.hasBookmark(member.id, kind, subjectId) && repo.bookmarkCount(member.id) >= limits::SavedMax) {
        return ApiError::conflict(
            errors::Conflict,
            u"You have %1 bookmarks, the most one can keep. Remove some first."_s.arg(limits::SavedMax));
    }
    const Subject &s = subject.value();
    const Bookmark stored = repo.putBookmark(member.id, {kind, subjectId, s.title, s.containerId, s.position,
                                                         QDateTime::fromMSecsSinceEpoch(nowMs(), Qt::UTC)});
    tx.commit();
    return stored;
}

Result<Done> SavedService::removeBookmark(const AuthUser &member, const QString &key)
{
    const auto parsed = parseBookmarkKey(key);
    if (!parsed) {
        return badKey(u"A bookmark is named kind-id: article-42, lesson-7, message-9 or answer-3."_s);
    }
    SavedRepository(m_database.connection()).removeBookmark(member.id, parsed->first, parsed->second);
    return Done{};
}

Result<Highlight> SavedService::putHighlight(const AuthUser &member, const QString &key, const HighlightInput &input)
{
    if (!validHighlightKey(key)) {
        return badKey(u"A highlight's key is 8 to 64 letters, digits and dashes."_s);
    }
    if (hasNul(input.quote) || hasNul(input.note)) {
        return badKey(u"A highlight's text cannot hold NUL characters."_s);
    }
    const Result<Subject> subject = readable(member, input.kind, input.subjectId);
    if (!subject.ok()) {
        return subject.error();
    }
    QSqlDatabase db = m_database.connection();
    sql::Transaction tx(db);
    SavedRepository repo(db);
    if (!repo.hasHighlight(member.id, key) && repo.highlightCount(member.id) >= limits::SavedMax) {
        return ApiError::conflict(
            errors::Conflict,
            u"You have %1 highlights, the most one can keep. Remove some first."_s.arg(limits::SavedMax));
    }
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(nowMs(), Qt::UTC);
    const Highlight stored =
        repo.putHighlight(member.id, {key, input.kind, input.subjectId, subject.value().title,
                                      subject.value().containerId, input.quote, input.note, input.start, now, now});
    tx.commit();
    return stored;
}

Result<Done> SavedService::removeHighlight(const AuthUser &member, const QString &key)
{
    if (!validHighlightKey(key)) {
        return badKey(u"A highlight's key is 8 to 64 letters, digits and dashes."_s);
    }
    SavedRepository(m_database.connection()).removeHighlight(member.id, key);
    return Done{};
}

} // namespace guild::server
