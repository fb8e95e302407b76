#include "elsewheresearch.h"

#include "search/fts5tokenizer.h"
#include "storage/articlecache.h"
#include "storage/compressedtext.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QPointer>
#include <QSqlDatabase>
#include <QThreadPool>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace guild::app {

QList<models::SearchHit> ElsewhereSearch::searchFile(const OtherCommunity &community, const QString &words,
                                                     const models::SearchFilter &filter, int limit)
{
    QList<models::SearchHit> hits;
    if (!QFileInfo::exists(community.cachePath)) {
        return hits;
    }
    const QString name = u"guild-elsewhere-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(community.cachePath);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=1000"_s);
        if (db.open() && search::registerTokenizer(db) && compressedtext::registerFunctions(db)) {
            hits = ArticleCache(db).hits(words, limit, filter);
            for (models::SearchHit &hit : hits) {
                hit.community = community.key;
                hit.communityName = community.name;
                hit.title = community.name + u" · "_s + hit.title;
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
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
