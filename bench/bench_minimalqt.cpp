// The baseline for the client's cold start and memory: the least a Qt Widgets program can do with a
// long list: a QListView over 100,000 rows, shown and painted once, and nothing else. Prints
// "painted_ms=… rss_mib=…" (from process creation, read from /proc) and exits.

#include "processclock.h"

#include <QApplication>
#include <QListView>
#include <QStringListModel>
#include <QTimer>

#include <cstdio>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QStringList rows;
    rows.reserve(100'000);
    for (int i = 0; i < 100'000; ++i) {
        rows.append(QStringLiteral("Cached article %1").arg(i));
    }
    QStringListModel model(rows);
    QListView view;
    view.setModel(&model);
    view.setUniformItemSizes(true); // what any list of this length needs; without it Qt measures every row
    view.resize(1200, 800);
    view.show();
    view.grab(); // one full paint with the rows in it
    std::printf("painted_ms=%.1f rss_mib=%.1f\n", guild::bench::msSinceProcessStart(), guild::bench::residentMiB());
    return 0;
}
