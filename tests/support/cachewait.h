#pragma once

#include "storage/localcache.h"

#include <QTest>

#include <optional>

namespace guild::test {

/// Runs `work` on the cache's worker thread and waits for its result on this thread (QTRY, no sleep).
template <typename R>
std::optional<R> runOnCache(app::LocalCache &cache, std::function<R(QSqlDatabase &)> work, int timeoutMs = 10000)
{
    QObject context;
    std::optional<R> result;
    cache.run<R>(&context, std::move(work), [&result](R value) { result = std::move(value); });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, timeoutMs)) {
        qWarning("cache job timed out");
    }
    return result;
}

/// Opens `path` and waits; returns the error text (empty on success).
inline QString openCache(app::LocalCache &cache, const QString &path)
{
    QObject context;
    std::optional<QString> error;
    cache.open(path, &context, [&error](const QString &e) { error = e; });
    if (!QTest::qWaitFor([&] { return error.has_value(); }, 10000)) {
        return QStringLiteral("timed out");
    }
    return *error;
}

} // namespace guild::test
