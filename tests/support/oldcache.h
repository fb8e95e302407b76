#pragma once

#include "storage/articlecache.h"
#include "storage/cachemigrator.h"
#include "storage/chatstore.h"

#include <QSqlDatabase>
#include <QSqlQuery>

// A client cache as the version before Guild's tokenizer left it, for the tests of what the upgrade
// does with it (the search indexes filled in the background).
namespace guild::test {

/// The last schema before Guild's tokenizer (trigram indexes, built at once).
inline constexpr int CacheBeforeTokenizer = 8;

inline protocol::Article article(qint64 id, const QString &body)
{
    protocol::Article a;
    a.id = id;
    a.title = QStringLiteral("笔记 %1").arg(id);
    a.summary = QStringLiteral("摘要");
    a.body = body;
    a.hasBody = true;
    a.publishedAt = QDateTime::fromMSecsSinceEpoch(1000 * id, Qt::UTC);
    a.updatedAt = a.publishedAt;
    return a;
}

/// Writes a cache file at CacheBeforeTokenizer holding `articles` articles about 线程 and `messages`
/// chat messages about 协程.
inline bool writeCacheBeforeTokenizer(const QString &path, int articles, int messages)
{
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
        db.setDatabaseName(path);
        ok = db.open() && app::CacheMigrator(db).migrate(CacheBeforeTokenizer).isEmpty();
        // As that version wrote them (today's ArticleCache writes today's schema).
        QSqlQuery insert(db);
        ok =
            ok &&
            insert.prepare(QStringLiteral(
                "INSERT INTO articles (id, title, summary, body, author, tags, required_tier, locked, likes, comments, "
                "liked_by_me, published_at, updated_at) VALUES (?, ?, ?, ?, '', '', 0, 0, 0, 0, 0, ?, ?)"));
        for (int i = 1; ok && i <= articles; ++i) {
            const protocol::Article a = article(i, QStringLiteral("线程第 %1 篇").arg(i));
            for (const QVariant &v :
                 {QVariant(a.id), QVariant(a.title), QVariant(a.summary), QVariant(a.body),
                  QVariant(a.publishedAt.toMSecsSinceEpoch()), QVariant(a.updatedAt.toMSecsSinceEpoch())}) {
                insert.addBindValue(v);
            }
            ok = insert.exec();
        }
        insert.finish();
        QList<protocol::chat::Message> batch;
        for (int i = 1; i <= messages; ++i) {
            protocol::chat::Message m;
            m.id = i;
            m.channelId = 1;
            m.seq = i;
            m.clientId = QString::number(i);
            m.senderId = 1;
            m.senderName = QStringLiteral("小明");
            m.body = QStringLiteral("协程消息 %1").arg(i);
            m.createdAt = QDateTime::fromMSecsSinceEpoch(1000 * i, Qt::UTC);
            batch.append(m);
        }
        ok = ok && app::ChatStore(db).storeMessages(batch);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("old"));
    return ok;
}

} // namespace guild::test
