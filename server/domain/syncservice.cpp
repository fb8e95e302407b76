#include "syncservice.h"

#include "articleservice.h"
#include "clock.h"
#include "protocol/errorcodes.h"
#include "storage/articlerepository.h"
#include "storage/database.h"
#include "storage/sql.h"

#include <QHash>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace guild::server {

using namespace protocol;

SyncService::SyncService(Database &database)
    : m_database(database)
{}

Result<SyncPage> SyncService::changes(const AuthUser &viewer, const QString &since, int limit)
{
    qint64 seq = 0;
    SyncPage page;
    if (!since.isEmpty()) {
        static const QRegularExpression tokenPattern(u"^1\\.(\\d{1,18})\\.(\\d)$"_s);
        const auto match = tokenPattern.match(since);
        if (!match.hasMatch()) {
            return ApiError::badRequest(errors::InvalidCursor, u"The sync token is not one this server issued."_s);
        }
        seq = match.captured(1).toLongLong();
        if (match.captured(2).toInt() != static_cast<int>(viewer.tier)) {
            page.reset = true;
            seq = 0;
        }
    }
    ArticleRepository repo(m_database.connection());
    {
        // Scheduled articles whose time has come are announced before the log is read.
        sql::Transaction tx(m_database.connection());
        if (repo.publishDue(nowMs()) > 0) {
            tx.commit();
        }
    }
    const QList<ChangeRow> changes = repo.changesSince(seq, limit);
    QList<qint64> ids;
    for (const ChangeRow &change : changes) {
        ids.append(change.entityId);
    }
    QList<ArticleRow> rows = repo.findMany(ids);
    repo.fillViewerState(rows, viewer.id);
    QHash<qint64, Article> byId;
    for (ArticleRow &row : rows) {
        ArticleService::applyAccess(row.article, viewer.tier);
        byId.insert(row.article.id, row.article);
    }
    for (const ChangeRow &change : changes) {
        if (const auto it = byId.constFind(change.entityId); it != byId.cend()) {
            page.upserts.append(*it);
        } else {
            page.deletedArticleIds.append(change.entityId);
        }
        seq = change.seq;
    }
    page.hasMore = changes.size() == limit;
    // An upper bound (a later change may supersede one counted here): enough for "about N left".
    page.remaining = page.hasMore ? std::max<qint64>(0, repo.lastChangeSeq() - seq) : 0;
    page.nextToken = u"1.%1.%2"_s.arg(seq).arg(static_cast<int>(viewer.tier));
    return page;
}

} // namespace guild::server
