#pragma once

#include "storage/articlerepository.h"

#include <QHash>
#include <QMutex>
#include <QString>

#include <functional>
#include <optional>

namespace guild::server {

/// Feed pages' rows as the database gave them, the same for every member (the paywall and the member's
/// likes are applied to a copy per request), kept per query. Every change to what a page shows moves the
/// database's feed version in its own transaction (triggers, migration 034), whichever process made it;
/// each request reads the version first, and a new one drops everything kept. Bounded by an estimate of
/// the memory its rows take (their text): past that, it starts again empty.
class FeedCache final
{
public:
    explicit FeedCache(qsizetype budgetBytes = 16 << 20);

    /// The rows kept for `query` under `version`; a version other than the kept one drops them all.
    std::optional<QList<ArticleRow>> find(const QString &query, qint64 version);
    /// Keeps rows read after `version` was read; kept only if no other version has been seen since.
    void keep(const QString &query, const QList<ArticleRow> &rows, qint64 version);

    /// The rows kept for `query` under `version`, or else what `read` gives (read after the version was,
    /// by the caller), kept.
    QList<ArticleRow> findOrRead(const QString &query, qint64 version, const std::function<QList<ArticleRow>()> &read);

    /// What `rows` take in memory, roughly: their text, and a fixed part per row.
    static qsizetype estimatedBytes(const QList<ArticleRow> &rows);

private:
    qsizetype m_budgetBytes;
    qsizetype m_bytes = 0;
    QMutex m_mutex;
    qint64 m_version = -1;
    QHash<QString, QList<ArticleRow>> m_pages;
};

} // namespace guild::server
