// A client that only writes, for tst_clientfaults to kill: it opens a cache and fills the chat outbox,
// the usage outbox and the article cache one committed write after another, printing "committed <n>"
// after each, until it is killed mid-write.
//
//   cachewriter CACHE_PATH CHANNEL_ID PREFIX
#include "storage/articlecache.h"
#include "storage/chatstore.h"
#include "storage/localcache.h"
#include "storage/usageoutbox.h"

#include <QCoreApplication>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace guild;

namespace {

void writeNext(app::LocalCache &cache, QObject *context, qint64 channel, const QString &prefix, int n)
{
    cache.run<bool>(
        context,
        [channel, prefix, n](QSqlDatabase &db) {
            const QDateTime now = QDateTime::currentDateTimeUtc();
            const QString id = u"%1-%2"_s.arg(prefix).arg(n);
            bool ok = app::ChatStore(db).enqueue({id, channel, id, 0, now});
            protocol::analytics::UsageEvent event;
            event.id = id;
            event.kind = protocol::analytics::EventKind::Like;
            event.at = now;
            ok = ok && app::UsageOutbox(db).add({event});
            if (ok && n % 4 == 0) {
                // Now and then a page of articles: large writes that grow the WAL while the kill comes.
                protocol::SyncPage page;
                for (int i = 0; i < 8; ++i) {
                    protocol::Article a;
                    a.id = 1000000 + (n * 8 + i) % 400;
                    a.title = u"Killed mid-write %1"_s.arg(a.id);
                    a.summary = u"A summary"_s;
                    a.body = QString(u"内存与线程 memory and threads "_s).repeated(60);
                    a.hasBody = true;
                    a.publishedAt = now;
                    a.updatedAt = now;
                    page.upserts.append(a);
                }
                page.nextToken = QString::number(n);
                ok = app::ArticleCache(db).applySyncPage(page);
            }
            return ok;
        },
        [&cache, context, channel, prefix, n](bool ok) {
            if (!ok) {
                std::fprintf(stderr, "write %d failed\n", n);
                QCoreApplication::exit(1);
                return;
            }
            std::printf("committed %d\n", n);
            std::fflush(stdout);
            writeNext(cache, context, channel, prefix, n + 1);
        });
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4) {
        std::fprintf(stderr, "usage: cachewriter CACHE_PATH CHANNEL_ID PREFIX\n");
        return 2;
    }
    app::LocalCache cache;
    QObject context;
    cache.open(args[1], &context, [&](const QString &error) {
        if (!error.isEmpty()) {
            std::fprintf(stderr, "cannot open the cache: %s\n", qPrintable(error));
            QCoreApplication::exit(1);
            return;
        }
        writeNext(cache, &context, args[2].toLongLong(), args[3], 0);
    });
    return app.exec();
}
