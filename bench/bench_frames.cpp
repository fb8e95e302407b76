// Scrolling and a long session in the real main window, with no server reachable: the feed over a
// cache of 100,000 articles and a chat channel of 100,000 messages, scrolled a page at a time and by
// jumps of the scroll bar; each frame is the GUI thread's work for one scroll step (the events it
// brings, cache pages arriving included, and a full paint of the view). Before the chat's scrolling,
// a session's work compressed: the feed scrolled, 500 articles opened in the reader and 10,000 chat
// messages arriving in the open channel, with the resident memory before and after.
// scripts/bench.sh runs it under Xvfb.
//   bench_frames CACHE   (a cache written by bench_coldstart --seed)
// Prints one line: feed_max_ms= feed_p99_ms= feed_over16= chat_max_ms= chat_p99_ms= chat_over16=
// rss_start_mib= rss_after_mib= anon_start_mib= anon_after_mib= opened=

#include "chathistory.h"
#include "clientharness.h"
#include "processclock.h"
#include "ui/chat/chatpanel.h"
#include "ui/feed/feedpanel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QListView>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace guild;

namespace {

struct Frames
{
    double maxMs = 0;
    double p99Ms = 0;
    int over16 = 0;
};

/// Scroll steps on `view`: a page at a time from the top for `pages` steps, then `jumps` jumps to
/// places chosen with a fixed seed. Each step's time: setting the bar, the events that follow, a paint.
Frames scroll(QListView *view, int pages, int jumps)
{
    QScrollBar *bar = view->verticalScrollBar();
    QRandomGenerator random(17);
    QList<double> times;
    const auto step = [&](int value) {
        QElapsedTimer frame;
        frame.start();
        bar->setValue(value);
        QCoreApplication::processEvents();
        view->viewport()->repaint();
        times.append(double(frame.nsecsElapsed()) / 1e6);
    };
    for (int i = 0; i < pages; ++i) {
        step(qMin(bar->maximum(), bar->value() + bar->pageStep()));
    }
    for (int i = 0; i < jumps; ++i) {
        step(int(random.bounded(bar->maximum() + 1)));
    }
    std::sort(times.begin(), times.end());
    Frames f;
    f.maxMs = times.isEmpty() ? -1 : times.last();
    f.p99Ms = times.isEmpty() ? -1 : times.at(qMin(times.size() - 1, qsizetype(times.size() * 0.99)));
    f.over16 = int(std::count_if(times.cbegin(), times.cend(), [](double t) { return t > 16.0; }));
    return f;
}

/// Runs the event loop until `signal` fires or `ms` pass; false on the timeout.
template <typename Sender, typename Signal>
bool waitFor(Sender *sender, Signal signal, int ms)
{
    QEventLoop loop;
    bool fired = false;
    QObject::connect(sender, signal, &loop, [&] {
        fired = true;
        loop.quit();
    });
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
    return fired;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (QApplication::arguments().size() != 2) {
        std::fprintf(stderr, "usage: bench_frames CACHE\n");
        return 2;
    }
    bench::ClientHarness client;
    client.window.resize(1400, 860);
    client.window.show();
    client.cache.open(QApplication::arguments().at(1), &client.window,
                      [&client](const QString &) { client.feed.reload(); });
    if (!waitFor(&client.model, &models::ArticleFeedModel::dataChanged, 60'000) || client.model.rowCount() < 100'000) {
        std::fprintf(stderr, "bench_frames: the cache did not give 100,000 articles\n");
        return 1;
    }
    client.window.grab();
    const double rssStart = bench::residentMiB();
    const double anonStart = bench::anonymousMiB();

    // The session, compressed: the feed scrolled (below), 500 articles opened one after another (each
    // read from the cache and shown in the reader), then 10,000 messages arriving in the open channel
    // with the view following the newest.
    QListView *feedList = client.window.feedPanel()->list();
    const Frames feed = scroll(feedList, 300, 100);
    int opened = 0;
    for (int i = 0; i < 500; ++i) {
        client.feed.openArticle(100'000 - i * 37);
        opened += waitFor(&client.feed, &app::FeedService::articleOpened, 10'000) ? 1 : 0;
    }
    client.window.showPanel(ui::MainWindow::ChatPage);
    QListView *chatList = client.window.chatPanel()->messageList();
    client.messages.reset(2, {}, {});
    protocol::chat::Message arriving = bench::channelHistory(1).first();
    arriving.channelId = 2;
    for (int i = 0; i < 10'000; ++i) {
        arriving.seq = arriving.id = i + 1;
        arriving.body = u"message %1 arriving while the channel is open"_s.arg(i);
        client.messages.upsert(arriving);
        if (i % 100 == 0) {
            QCoreApplication::processEvents();
            chatList->viewport()->repaint();
        }
    }
    QCoreApplication::processEvents();
    client.window.grab();
    const double rssAfter = bench::residentMiB();
    const double anonAfter = bench::anonymousMiB();
    if (qEnvironmentVariableIsSet("GUILD_BENCH_MAPPINGS")) {
        for (const auto &[mapping, mib] : bench::residentByMapping(12)) {
            std::fprintf(stderr, "%8.1f MiB  %s\n", mib, qPrintable(mapping));
        }
    }

    // Then a channel of 100,000 messages, scrolled like the feed.
    client.messages.reset(1, bench::channelHistory(100'000), {});
    chatList->scrollToBottom();
    client.window.grab();
    const Frames chat = scroll(chatList, 300, 100);

    std::printf("feed_max_ms=%.1f feed_p99_ms=%.1f feed_over16=%d chat_max_ms=%.1f chat_p99_ms=%.1f chat_over16=%d "
                "rss_start_mib=%.1f rss_after_mib=%.1f anon_start_mib=%.1f anon_after_mib=%.1f opened=%d\n",
                feed.maxMs, feed.p99Ms, feed.over16, chat.maxMs, chat.p99Ms, chat.over16, rssStart, rssAfter, anonStart,
                anonAfter, opened);
    return 0;
}
