#pragma once

#include <QFile>
#include <QHash>
#include <QList>
#include <QString>

#include <algorithm>
#include <ctime>
#include <unistd.h>

namespace guild::bench {

/// Milliseconds since this process was created (exec, the dynamic loader and Qt's libraries included):
/// what a person waits for, which an in-process timer started in main() cannot see. scripts/bench.sh
/// execs the program from a launcher that puts CLOCK_MONOTONIC's nanoseconds just before the exec in
/// GUILD_BENCH_EXEC_NS; without it, the start time in /proc, which ticks only every 10 ms.
inline double msSinceProcessStart()
{
    bool launched = false;
    const qint64 execNs = qgetenv("GUILD_BENCH_EXEC_NS").toLongLong(&launched);
    if (launched) {
        timespec now{};
        clock_gettime(CLOCK_MONOTONIC, &now);
        return double(qint64(now.tv_sec) * 1'000'000'000 + now.tv_nsec - execNs) / 1e6;
    }
    QFile stat(QStringLiteral("/proc/self/stat"));
    QFile uptime(QStringLiteral("/proc/uptime"));
    if (!stat.open(QIODevice::ReadOnly) || !uptime.open(QIODevice::ReadOnly)) {
        return -1;
    }
    const QByteArray statText = stat.readAll();
    // Fields after the command name (which may hold spaces) start after the last ')'.
    const QList<QByteArray> fields = statText.mid(statText.lastIndexOf(')') + 2).split(' ');
    const double startTicks = fields.value(19).toDouble(); // field 22, starttime
    const double upSeconds = uptime.readAll().split(' ').value(0).toDouble();
    return (upSeconds - startTicks / double(sysconf(_SC_CLK_TCK))) * 1000.0;
}

/// A field of /proc/self/status in MiB ("VmRSS", "RssAnon"), -1 if missing.
inline double statusMiB(const QByteArray &field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) {
        return -1;
    }
    const QByteArray prefix = field + ':';
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(prefix)) {
            return line.mid(prefix.size()).trimmed().split(' ').value(0).toDouble() / 1024.0;
        }
    }
    return -1;
}

/// Resident memory of this process in MiB (VmRSS).
inline double residentMiB()
{
    return statusMiB("VmRSS");
}

/// The part of it that is the process's own (RssAnon): not files mapped in, such as libraries or the
/// cache's pages that SQLite reads through its mapping, which the kernel can drop and read again.
inline double anonymousMiB()
{
    return statusMiB("RssAnon");
}

/// The mappings holding the most resident memory ("[heap]", a library, a font), largest first: where
/// the figure above goes, for docs/performance.md.
inline QList<std::pair<QString, double>> residentByMapping(int top)
{
    QFile smaps(QStringLiteral("/proc/self/smaps"));
    if (!smaps.open(QIODevice::ReadOnly)) {
        return {};
    }
    QHash<QString, double> kib;
    QString current;
    for (const QByteArray &line : smaps.readAll().split('\n')) {
        const QList<QByteArray> words = line.simplified().split(' ');
        if (words.size() >= 5 && words.at(0).contains('-')) {
            current = words.size() >= 6 ? QString::fromUtf8(words.at(5)) : QStringLiteral("[anonymous]");
        } else if (line.startsWith("Rss:")) {
            kib[current] += words.value(1).toDouble();
        }
    }
    QList<std::pair<QString, double>> sorted;
    for (auto it = kib.cbegin(); it != kib.cend(); ++it) {
        sorted.append({it.key(), it.value() / 1024.0});
    }
    std::sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) { return a.second > b.second; });
    return sorted.mid(0, top);
}

} // namespace guild::bench
