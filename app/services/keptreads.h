#pragma once

#include "net/apiclient.h"
#include "storage/localcache.h"
#include "storage/snapshotstore.h"

#include <QCoreApplication>
#include <QDateTime>

#include <functional>

namespace guild::app {

/// Reads a member can make offline: each answer the server gives is kept in the cache (SnapshotStore)
/// under a key naming what was read (`questions`, `question:7`, `comments:42`), and when the server
/// cannot be reached the kept answer stands in, with when it was kept. A 403 or 404 (closed, gone)
/// forgets it. Included by services' .cpp files only: the UI never sees the cache.
class KeptReads final
{
    Q_DECLARE_TR_FUNCTIONS(KeptReads)
public:
    /// The server's answer or, offline, the kept one (`keptAt` valid) goes to `shown`; otherwise the
    /// message goes to `failed`. Called from inside the ApiClient callback, with its result.
    template <typename Reply>
    static void settle(LocalCache &cache, QObject *context, const QString &key, const ApiResult<Reply> &result,
                       std::function<void(const Reply &, const QDateTime &keptAt)> shown,
                       std::function<void(const QString &message)> failed = {})
    {
        if (result.ok()) {
            cache.run<bool>(
                context, [key, reply = *result](QSqlDatabase &db) { return SnapshotStore(db).save(key, reply); },
                [](bool) {});
            shown(*result, {});
            return;
        }
        if (!result.networkFailure) {
            if (result.status == 403 || result.status == 404) {
                cache.run<bool>(
                    context, [key](QSqlDatabase &db) { return SnapshotStore(db).remove(key); }, [](bool) {});
            }
            if (failed) {
                failed(result.message);
            }
            return;
        }
        cache.run<std::optional<Snapshot<Reply>>>(
            context, [key](QSqlDatabase &db) { return SnapshotStore(db).load<Reply>(key); },
            [shown = std::move(shown), failed = std::move(failed),
             message = result.message](const std::optional<Snapshot<Reply>> &kept) {
                if (kept) {
                    shown(kept->value, kept->savedAt);
                } else if (failed) {
                    failed(message);
                }
            });
    }

    /// What a panel says when it shows a kept answer.
    static QString asOf(const QDateTime &keptAt)
    {
        return tr("You are offline: this is what the server showed on %1.")
            .arg(QLocale().toString(keptAt.toLocalTime(), QLocale::ShortFormat));
    }
};

} // namespace guild::app
