#include "elsewheresearch.h"

#include "storage/articlecache.h"
#include "storage/readonlycache.h"

#include <QCoreApplication>
#include <QPointer>
#include <QThreadPool>

using namespace Qt::StringLiterals;

namespace guild::app {

QList<models::SearchHit> ElsewhereSearch::searchFile(const OtherCommunity &community, const QString &words,
                                                     const models::SearchFilter &filter, int limit)
{
    QList<models::SearchHit> hits;
    readOnlyCache(community.cachePath, [&](QSqlDatabase &db) { hits = ArticleCache(db).hits(words, limit, filter); });
    for (models::SearchHit &hit : hits) {
        hit.community = community.key;
        hit.title = community.name + u" · "_s + hit.title;
    }
    return hits;
}

void ElsewhereSearch::search(const QString &words, const models::SearchFilter &filter, int perCommunity)
{
    const quint64 generation = ++*m_latest;
    if (m_communities.isEmpty() || words.trimmed().isEmpty() || !filter.wantsArticles()) {
        return;
    }
    QThreadPool::globalInstance()->start([self = QPointer<ElsewhereSearch>(this), communities = m_communities, words,
                                          filter, perCommunity, generation, latest = m_latest] {
        QList<models::SearchHit> hits;
        for (const OtherCommunity &community : communities) {
            if (generation != latest->load()) {
                return; // typed over
            }
            hits += searchFile(community, words, filter, perCommunity);
        }
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, words, hits, generation, latest] {
                if (self && generation == latest->load()) {
                    Q_EMIT self->found(words, hits);
                }
            },
            Qt::QueuedConnection);
    });
}

} // namespace guild::app
