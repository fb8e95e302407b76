// Guild's cold start as a member meets it, one process per run: from process creation (exec, the
// loader, Qt's libraries, read from /proc) to the main window painted with the first page of a cached
// feed, with no server reachable; and the resident memory then. scripts/bench.sh runs it several times
// next to bench_minimalqt (a bare QListView of as many rows) and reports the ratio.
//   bench_coldstart --seed CACHE N   writes a cache of N articles (once)
//   bench_coldstart CACHE            prints "painted_ms=… rss_mib=…" and exits

#include "clientharness.h"
#include "processclock.h"
#include "protocol/types.h"
#include "storage/articlecache.h"
#include "support/cachewait.h"

#include <QApplication>
#include <QEventLoop>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace guild;

namespace {

int seed(const QString &path, int count)
{
    app::LocalCache cache;
    if (!test::openCache(cache, path).isEmpty()) {
        return 1;
    }
    for (int start = 0; start < count; start += 5000) {
        protocol::SyncPage page;
        for (int i = start; i < qMin(count, start + 5000); ++i) {
            protocol::Article a;
            a.id = i + 1;
            a.title = u"Cached article %1: a title of the usual length for a post"_s.arg(i);
            a.summary = u"Summary of article %1, a sentence or two as authors write them."_s.arg(i);
            a.authorName = u"李老师 (Author)"_s;
            a.tags = {u"cpp"_s, u"qt"_s};
            a.body = u"Body of article %1. "_s.arg(i).repeated(40);
            a.hasBody = true;
            a.publishedAt = QDateTime::fromMSecsSinceEpoch(1'700'000'000'000LL + qint64(i) * 60'000, Qt::UTC);
            a.updatedAt = a.publishedAt;
            page.upserts.append(a);
        }
        page.nextToken = u"1.%1.1"_s.arg(qMin(count, start + 5000));
        const auto written = test::runOnCache<bool>(
            cache, [page](QSqlDatabase &db) { return app::ArticleCache(db).applySyncPage(page); }, 120'000);
        if (!written || !*written) {
            return 1;
        }
    }
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QStringList args = QApplication::arguments();
    if (args.size() == 4 && args.at(1) == u"--seed"_s) {
        return seed(args.at(2), args.at(3).toInt());
    }
    if (args.size() != 2) {
        std::fprintf(stderr, "usage: bench_coldstart --seed CACHE N | bench_coldstart CACHE\n");
        return 2;
    }
    bench::ClientHarness client;
    client.window.resize(1200, 800);
    client.window.show();
    client.cache.open(args.at(1), &client.window, [&client](const QString &) { client.feed.reload(); });
    QEventLoop loop;
    QObject::connect(&client.model, &models::ArticleFeedModel::dataChanged, &loop, &QEventLoop::quit);
    QTimer::singleShot(60'000, &loop, &QEventLoop::quit); // a cache that never answers is a failed run
    loop.exec();                                          // until the first page has come from the cache
    if (client.model.articleAt(0) == nullptr) {
        return 1;
    }
    client.window.grab(); // one full paint with the rows in it
    std::printf("painted_ms=%.1f rss_mib=%.1f\n", bench::msSinceProcessStart(), bench::residentMiB());
    if (qEnvironmentVariableIsSet("GUILD_BENCH_MAPPINGS")) {
        for (const auto &[mapping, mib] : bench::residentByMapping(15)) {
            std::printf("%8.1f MiB  %s\n", mib, qPrintable(mapping));
        }
    }
    return 0;
}
