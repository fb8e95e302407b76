#include "snapshotstore.h"

#include "cachesql.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace guild::app {

bool SnapshotStore::saveJson(const QString &key, const QJsonObject &json)
{
    return cachesql::run(m_db,
                         u"INSERT INTO snapshots (key, json, saved_at) VALUES (?, ?, ?) "
                         "ON CONFLICT(key) DO UPDATE SET json = excluded.json, saved_at = excluded.saved_at"_s,
                         {key, QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)),
                          QDateTime::currentMSecsSinceEpoch()});
}

bool SnapshotStore::remove(const QString &key)
{
    return cachesql::run(m_db, u"DELETE FROM snapshots WHERE key = ?"_s, {key});
}

bool SnapshotStore::removeStartingWith(const QStringList &prefixes)
{
    bool ok = true;
    for (const QString &prefix : prefixes) {
        // substr, not LIKE: a key's underscores and percent signs are not patterns.
        ok = ok && cachesql::run(m_db, u"DELETE FROM snapshots WHERE substr(key, 1, ?) = ?"_s, {prefix.size(), prefix});
    }
    return ok;
}

std::optional<Snapshot<QJsonObject>> SnapshotStore::loadJson(const QString &key)
{
    auto q = cachesql::query(m_db, u"SELECT json, saved_at FROM snapshots WHERE key = ?"_s, {key});
    if (!q || !q->next()) {
        return std::nullopt;
    }
    const QJsonDocument doc = QJsonDocument::fromJson(q->value(0).toString().toUtf8());
    if (!doc.isObject()) {
        return std::nullopt;
    }
    return Snapshot<QJsonObject>{doc.object(), QDateTime::fromMSecsSinceEpoch(q->value(1).toLongLong(), Qt::UTC)};
}

} // namespace guild::app
