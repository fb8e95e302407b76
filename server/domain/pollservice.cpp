#include "pollservice.h"

#include "articleservice.h"
#include "clock.h"
#include "protocol/errorcodes.h"
#include "storage/database.h"
#include "storage/pollrepository.h"
#include "storage/sql.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace guild::server {

using namespace protocol;

namespace {

ApiError noPoll()
{
    return ApiError::notFound(u"This article has no poll."_s);
}

} // namespace

PollService::PollService(Database &database, ArticleService &articles)
    : m_database(database)
    , m_articles(articles)
{}

Result<Poll> PollService::poll(const AuthUser &viewer, qint64 articleId)
{
    if (auto readable = m_articles.requireReadable(viewer, articleId); !readable.ok()) {
        return readable.error();
    }
    const auto poll = PollRepository(m_database.connection()).find(articleId, viewer.id, nowMs());
    if (!poll) {
        return noPoll();
    }
    return *poll;
}

Result<Poll> PollService::vote(const AuthUser &viewer, qint64 articleId, const QList<int> &choices)
{
    if (auto readable = m_articles.requireReadable(viewer, articleId); !readable.ok()) {
        return readable.error();
    }
    QSqlDatabase db = m_database.connection();
    sql::Transaction tx(db);
    PollRepository polls(db);
    const qint64 now = nowMs();
    const auto poll = polls.find(articleId, viewer.id, now);
    if (!poll) {
        return noPoll();
    }
    if (poll->closed) {
        return ApiError::conflict(errors::PollClosed, u"This poll has closed."_s);
    }
    const QSet<int> distinct(choices.cbegin(), choices.cend());
    const bool inRange =
        std::all_of(choices.cbegin(), choices.cend(), [&](int c) { return c >= 0 && c < poll->options.size(); });
    if (!inRange || distinct.size() != choices.size() || (!poll->multiple && choices.size() > 1)) {
        return ApiError::badRequest(
            errors::InvalidField,
            poll->multiple ? u"'choices' are distinct option numbers from 0 to %1."_s.arg(poll->options.size() - 1)
                           : u"'choices' holds one option number from 0 to %1."_s.arg(poll->options.size() - 1));
    }
    polls.replaceVote(articleId, viewer.id, choices, now);
    tx.commit();
    return *polls.find(articleId, viewer.id, now);
}

} // namespace guild::server
